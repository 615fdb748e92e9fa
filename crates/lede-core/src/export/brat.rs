//! brat standoff export: a `.txt` with the text and a `.ann` with the
//! annotations (<https://brat.nlplab.org/standoff.html>).
//!
//! - `T` lines: text-bound annotations of type `Figure`, `Quote`, `Claim`,
//!   `Entity`, plus `Speaker` for a quote's speaker mention that is not
//!   already an entity.
//! - `A` lines: `Status`, `Origin`, and `FigureKind`, `Qualifier`, `Style`,
//!   `ClaimKind`, `EntityKind` by kind.
//! - `R` lines: `Speaker Arg1:<quote> Arg2:<mention>`.
//! - `#` lines: `AnnotatorNotes` with the free-text values (figure value and
//!   unit, speaker name, cue, claim score and reasons, entity name).
//!
//! Offsets are character offsets as brat counts them: Unicode code points
//! (brat is Python; its server indexes `str`), end exclusive. brat itself
//! miscounts CRLF line breaks (nlplab/brat#853), so the `.txt` written here
//! has every CRLF and lone CR turned into LF and the offsets count that text.
//! A span crossing a line break is written as discontinuous fragments
//! (`0 12;13 20`), one per line, because `.ann` is line-based; its text field
//! joins the fragments with a space, as brat does.

use super::{kept, ExportOptions};
use crate::decimal::{shortest, shortest_f32};
use crate::model::{Detail, Item, Span};
use crate::text::Document;
use std::fmt::Write;

/// The two files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Brat {
    /// The `.txt` file: the text with LF line breaks.
    pub txt: String,
    /// The `.ann` file.
    pub ann: String,
}

/// An `annotation.conf` declaring every type, attribute and relation the
/// export writes (put it next to the files so brat shows them).
pub const ANNOTATION_CONF: &str = "\
[entities]
Figure
Quote
Claim
Entity
Speaker

[relations]
Speaker\tArg1:Quote, Arg2:Entity|Speaker
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
Status\tArg:<ENTITY>, Value:suggested|accepted|edited|rejected
Origin\tArg:<ENTITY>, Value:machine|user
FigureKind\tArg:Figure, Value:count|money|percent|duration|date|year|ordinal|age|measure|other
Qualifier\tArg:Figure, Value:exact|over|under|about|at_least|at_most|range
Style\tArg:Quote, Value:direct|partial|scare|title
ClaimKind\tArg:Claim, Value:commitment|prediction|statistic|attributed|event|other
EntityKind\tArg:Entity|Speaker, Value:person|organisation|place
";

/// Maps byte offsets of the original text to code points of the LF text.
struct Offsets<'a> {
    doc: &'a Document,
    /// Byte offsets of every CR that is followed by LF (dropped in `.txt`).
    dropped: Vec<usize>,
}

impl Offsets<'_> {
    fn of(&self, byte: usize) -> usize {
        self.doc.index().char_of_byte(byte) - self.dropped.partition_point(|&d| d < byte)
    }
}

/// Builds both files.
pub fn to_brat(doc: &Document, items: &[Item], options: &ExportOptions) -> Brat {
    let text = doc.text();
    let bytes = text.as_bytes();
    let dropped: Vec<usize> = (0..bytes.len())
        .filter(|&i| bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n'))
        .collect();
    let txt = text.replace("\r\n", "\n").replace('\r', "\n");
    let offsets = Offsets { doc, dropped };
    let txt_chars: Vec<char> = txt.chars().collect();
    let mut w = Writer {
        txt: &txt_chars,
        offsets: &offsets,
        ann: String::new(),
        t: 0,
        a: 0,
        r: 0,
        notes: 0,
    };
    let kept: Vec<&Item> = kept(items, options).collect();
    // Entities first, so that speaker relations can point at them.
    let mut t_of: Vec<Option<String>> = Vec::with_capacity(kept.len());
    for item in &kept {
        t_of.push(w.text_bound(type_name(item), item.annotation.span));
    }
    for (item, t) in kept.iter().zip(&t_of) {
        let Some(t) = t else { continue };
        w.attribute("Status", t, item.status.as_str());
        w.attribute("Origin", t, item.origin.as_str());
        match &item.annotation.detail {
            Detail::Figure(f) => {
                w.attribute("FigureKind", t, f.kind.as_str());
                w.attribute("Qualifier", t, f.qualifier.as_str());
                let mut note = Vec::new();
                if let Some(v) = f.value {
                    note.push(format!("value={}", shortest(v)));
                }
                if let Some(v) = f.value_high {
                    note.push(format!("value_high={}", shortest(v)));
                }
                if let Some(u) = &f.unit {
                    note.push(format!("unit={u}"));
                }
                if let Some(iso) = &f.iso {
                    note.push(format!("iso={iso}"));
                }
                note.push(format!("display={}", f.display));
                w.note(t, &note.join(" "));
            }
            Detail::Quote(q) => {
                w.attribute("Style", t, q.style.as_str());
                let mut note = Vec::new();
                if let Some(s) = &q.speaker {
                    note.push(format!("speaker={s}"));
                }
                if let Some(c) = &q.cue {
                    note.push(format!("cue={c}"));
                }
                if !note.is_empty() {
                    w.note(t, &note.join(" "));
                }
                if let Some(speaker_span) = q.speaker_span {
                    let mention = kept
                        .iter()
                        .zip(&t_of)
                        .find(|(it, _)| {
                            matches!(it.annotation.detail, Detail::Entity(_))
                                && it.annotation.span == speaker_span
                        })
                        .and_then(|(_, t)| t.clone())
                        .or_else(|| w.text_bound("Speaker", speaker_span));
                    if let Some(mention) = mention {
                        w.r += 1;
                        let _ = writeln!(w.ann, "R{}\tSpeaker Arg1:{t} Arg2:{mention}", w.r);
                    }
                }
            }
            Detail::Claim(c) => {
                w.attribute("ClaimKind", t, c.kind.as_str());
                let mut note = format!("score={}", shortest_f32(c.score));
                if !c.reasons.is_empty() {
                    note.push_str(&format!(" reasons={}", c.reasons.join("; ")));
                }
                w.note(t, &note);
            }
            Detail::Entity(e) => {
                w.attribute("EntityKind", t, e.entity_kind.as_str());
                w.note(t, &format!("name={}", e.name));
            }
        }
    }
    Brat { txt, ann: w.ann }
}

/// The `.ann` file only.
pub fn to_ann(doc: &Document, items: &[Item], options: &ExportOptions) -> String {
    to_brat(doc, items, options).ann
}

fn type_name(item: &Item) -> &'static str {
    match item.annotation.detail {
        Detail::Figure(_) => "Figure",
        Detail::Quote(_) => "Quote",
        Detail::Claim(_) => "Claim",
        Detail::Entity(_) => "Entity",
    }
}

struct Writer<'a> {
    /// The code points of the `.txt` file.
    txt: &'a [char],
    offsets: &'a Offsets<'a>,
    ann: String,
    t: usize,
    a: usize,
    r: usize,
    notes: usize,
}

impl Writer<'_> {
    /// Writes a `T` line; `None` when the span has no text outside line breaks.
    fn text_bound(&mut self, kind: &str, span: Span) -> Option<String> {
        let start = self.offsets.of(span.start);
        let end = self.offsets.of(span.end).max(start);
        // Code points of the LF text, split at line breaks.
        let end = end.min(self.txt.len());
        let start = start.min(end);
        let chars = &self.txt[start..end];
        let mut fragments: Vec<(usize, usize)> = Vec::new();
        let mut from = start;
        for (k, c) in chars.iter().enumerate() {
            if *c == '\n' {
                if start + k > from {
                    fragments.push((from, start + k));
                }
                from = start + k + 1;
            }
        }
        if end > from {
            fragments.push((from, end));
        }
        if fragments.is_empty() {
            return None;
        }
        let ranges: Vec<String> = fragments.iter().map(|(s, e)| format!("{s} {e}")).collect();
        let texts: Vec<String> = fragments
            .iter()
            .map(|(s, e)| chars[s - start..e - start].iter().collect())
            .collect();
        self.t += 1;
        let id = format!("T{}", self.t);
        let _ = writeln!(
            self.ann,
            "{id}\t{kind} {}\t{}",
            ranges.join(";"),
            texts.join(" ").replace('\t', " ")
        );
        Some(id)
    }

    fn attribute(&mut self, name: &str, t: &str, value: &str) {
        self.a += 1;
        let _ = writeln!(self.ann, "A{}\t{name} {t} {value}", self.a);
    }

    fn note(&mut self, t: &str, note: &str) {
        self.notes += 1;
        let one_line: String = note
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        let _ = writeln!(self.ann, "#{}\tAnnotatorNotes {t}\t{one_line}", self.notes);
    }
}
