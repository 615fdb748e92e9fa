//! The v1 export as flat data for `objects.js`, which builds the plain
//! JavaScript objects in one call.
//!
//! What it does: writes every string of a [`FileV1`] once into one text (a
//! string table: short strings such as kinds, statuses, units, speakers and
//! reasons are stored once however often they occur) and every number and
//! string index, in the order `buildFile` reads them, into one `f64` array.
//!
//! Why: serde-wasm-bindgen crosses the wasm boundary once per field and per
//! string (about 80 ms for the 23k annotations of 1 MB of news), and going
//! through JSON text needs the text written, decoded and parsed (about 50 ms);
//! this needs one string decode and two typed arrays.
//!
//! Example: `{"kind": "figure", "start": 4, ...}` becomes the data
//! `[.., 3, 4, ..]` where table entry 3 is `figure`.
//!
//! Numbers are those the JSON file holds: an `f32` (confidence, score) is
//! written in its shortest decimal form and read back as `f64` (0.7, not
//! 0.699999988079071), and a non-finite number is `null`, as serde_json
//! writes it. The layout, in order (`s` = string index, -1 for null or a
//! left-out key; `n` = number, NaN for null):
//!
//! - file: `s` format, `n` version, `s` document id, `s` title, `s` text,
//!   `n` length, `n` annotation count, then each annotation;
//! - annotation: `s` id, `s` kind, `n` start, `n` end, `s` text, `s` origin,
//!   `s` status, `n` confidence, `n` detail flags (1 figure, 2 quote,
//!   4 claim, 8 entity), then the details present, in that order;
//! - figure: `n` value, `n` value_high, `s` qualifier, `s` unit, `s` kind,
//!   `s` display, `s` iso;
//! - quote: `s` style, `s` speaker, `s` speaker_mention, span, `s` cue, span,
//!   `s` marks, where a span is `n` 0 (null) or `n` 1, `n` start, `n` end;
//! - claim: `n` score, `s` kind, `n` reason count, `s` each reason;
//! - entity: `s` name, `s` entity_kind.

use lede_core::export::json::{AnnotationV1, FileV1, SpanV1};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A [`FileV1`] as `buildFile`'s three arguments.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Flat {
    /// Every string of the table, concatenated.
    pub blob: String,
    /// Where each string of the table ends in `blob`, in UTF-16 units.
    pub ends: Vec<u32>,
    /// Numbers and string indices, in the order `buildFile` reads them.
    pub data: Vec<f64>,
}

/// Strings up to this many bytes are looked up in the table before being
/// added (they are the ones that repeat); longer ones are added directly.
const SHORT: usize = 32;

/// No string: null, or a key that is left out.
const NONE: f64 = -1.0;

/// FNV-1a: the table's keys are short strings, hashed once each.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

struct Writer<'a> {
    flat: Flat,
    /// Index of each short string already in the table.
    short: HashMap<&'a str, u32, BuildHasherDefault<Fnv>>,
    /// Length of `blob` in UTF-16 units.
    utf16: usize,
}

impl<'a> Writer<'a> {
    fn str(&mut self, s: &'a str) {
        if s.len() <= SHORT {
            if let Some(&i) = self.short.get(s) {
                self.flat.data.push(f64::from(i));
                return;
            }
        }
        let i = self.flat.ends.len() as u32;
        self.flat.blob.push_str(s);
        self.utf16 += if s.is_ascii() {
            s.len()
        } else {
            s.encode_utf16().count()
        };
        self.flat.ends.push(self.utf16 as u32);
        if s.len() <= SHORT {
            self.short.insert(s, i);
        }
        self.flat.data.push(f64::from(i));
    }

    fn opt_str(&mut self, s: &'a Option<String>) {
        match s {
            Some(s) => self.str(s),
            None => self.flat.data.push(NONE),
        }
    }

    fn num(&mut self, x: f64) {
        self.flat
            .data
            .push(if x.is_finite() { x } else { f64::NAN });
    }

    fn opt_num(&mut self, x: Option<f64>) {
        self.num(x.unwrap_or(f64::NAN));
    }

    /// An `f32` as the JSON file holds it: its shortest decimal form.
    fn f32(&mut self, x: f32) {
        let value = if x.is_finite() {
            ryu::Buffer::new()
                .format_finite(x)
                .parse()
                .unwrap_or(f64::NAN)
        } else {
            f64::NAN
        };
        self.flat.data.push(value);
    }

    fn count(&mut self, n: usize) {
        self.flat.data.push(n as f64);
    }

    fn span(&mut self, span: Option<SpanV1>) {
        match span {
            Some(s) => self.flat.data.extend([1.0, s.start as f64, s.end as f64]),
            None => self.flat.data.push(0.0),
        }
    }

    fn annotation(&mut self, a: &'a AnnotationV1) {
        self.str(&a.id);
        self.str(&a.kind);
        self.count(a.start);
        self.count(a.end);
        self.str(&a.text);
        self.str(&a.origin);
        self.str(&a.status);
        self.f32(a.confidence);
        let flags = u8::from(a.figure.is_some())
            | u8::from(a.quote.is_some()) << 1
            | u8::from(a.claim.is_some()) << 2
            | u8::from(a.entity.is_some()) << 3;
        self.flat.data.push(f64::from(flags));
        if let Some(f) = &a.figure {
            self.opt_num(f.value);
            self.opt_num(f.value_high);
            self.str(&f.qualifier);
            self.opt_str(&f.unit);
            self.str(&f.kind);
            self.str(&f.display);
            self.opt_str(&f.iso);
        }
        if let Some(q) = &a.quote {
            self.str(&q.style);
            self.opt_str(&q.speaker);
            self.opt_str(&q.speaker_mention);
            self.span(q.speaker_span);
            self.opt_str(&q.cue);
            self.span(q.cue_span);
            self.opt_str(&q.marks);
        }
        if let Some(c) = &a.claim {
            self.f32(c.score);
            self.str(&c.kind);
            self.count(c.reasons.len());
            for reason in &c.reasons {
                self.str(reason);
            }
        }
        if let Some(e) = &a.entity {
            self.str(&e.name);
            self.str(&e.entity_kind);
        }
    }
}

/// Flattens `file` for `buildFile`.
pub fn flatten(file: &FileV1) -> Flat {
    let mut w = Writer {
        flat: Flat {
            blob: String::with_capacity(file.document.text.len() * 2),
            ends: Vec::new(),
            data: Vec::with_capacity(16 + file.annotations.len() * 16),
        },
        short: HashMap::default(),
        utf16: 0,
    };
    w.str(&file.format);
    w.num(f64::from(file.version));
    w.str(&file.document.id);
    w.opt_str(&file.document.title);
    w.str(&file.document.text);
    w.count(file.document.length);
    w.count(file.annotations.len());
    for a in &file.annotations {
        w.annotation(a);
    }
    w.flat
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{extract_file, Options};

    /// The string table, as `buildFile` slices it.
    fn table(flat: &Flat) -> Vec<String> {
        let blob: Vec<u16> = flat.blob.encode_utf16().collect();
        let mut from = 0;
        let mut out = Vec::new();
        for &end in &flat.ends {
            out.push(String::from_utf16(&blob[from..end as usize]).unwrap());
            from = end as usize;
        }
        out
    }

    /// The table entry at string index `data[at]`.
    fn entry(flat: &Flat, at: usize) -> String {
        table(flat)[flat.data[at] as usize].clone()
    }

    #[test]
    fn strings_are_stored_once_and_numbers_in_order() {
        let text = "\u{201c}We hired 12 nurses,\u{201d} said Ana Costa. The port has 12 cranes and 4 ships.";
        let file = extract_file(text, &Options::default());
        let flat = flatten(&file);
        assert_eq!(entry(&flat, 0), "lede.annotations");
        assert_eq!(flat.data[1], 1.0);
        assert_eq!(entry(&flat, 2), file.document.id);
        assert_eq!(flat.data[3], NONE, "no title");
        assert_eq!(entry(&flat, 4), text);
        assert_eq!(flat.data[5], file.document.length as f64);
        assert_eq!(flat.data[6], file.annotations.len() as f64);
        let first = &file.annotations[0];
        assert_eq!(entry(&flat, 7), first.id);
        assert_eq!(entry(&flat, 8), first.kind);
        assert_eq!(flat.data[9], first.start as f64);
        // Each short string once: "machine" and "suggested" appear in every
        // annotation but once in the table.
        let table = table(&flat);
        assert!(file.annotations.len() >= 3, "{file:?}");
        assert_eq!(table.iter().filter(|s| *s == "machine").count(), 1);
        assert_eq!(table.iter().filter(|s| *s == "suggested").count(), 1);
    }

    #[test]
    fn f32_numbers_are_their_shortest_decimal() {
        let mut w = Writer {
            flat: Flat::default(),
            short: HashMap::default(),
            utf16: 0,
        };
        w.f32(0.7);
        w.f32(f32::NAN);
        w.num(f64::INFINITY);
        w.opt_num(None);
        assert_eq!(w.flat.data[0], 0.7);
        assert!(w.flat.data[1..].iter().all(|x| x.is_nan()));
    }
}
