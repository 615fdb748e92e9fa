//! Lede's extraction core: quotes (with speakers), figures (normalised) and
//! check-worthy claims in English news text.
//!
//! Pure Rust with no IO: no files, network, environment or clock. It builds
//! natively and for `wasm32-unknown-unknown`.
//!
//! Main types:
//! - [`Document`]: the text with its paragraphs and sentences;
//! - [`Extractor`], built once from a [`Config`], run many times;
//! - [`Annotation`] with a [`Span`] (bytes) and its [`Detail`];
//! - [`Item`]: an annotation with id, origin and review status, as exported;
//! - [`corrections`]: the user's corrections as an undoable log of operations,
//!   re-anchored by text, and their stored form;
//! - [`export`]: Lede JSON, W3C Web Annotation, CSV, brat, spaCy, and import.
//!
//! ```
//! use lede_core::{Config, Document, Extractor, Kind};
//!
//! let doc = Document::new("“We will send 30 ships,” the minister said on 15 August.");
//! let extraction = Extractor::new(&Config::default()).extract(&doc);
//! let figures: Vec<&str> = extraction
//!     .annotations
//!     .iter()
//!     .filter(|a| a.kind() == Kind::Figure)
//!     .map(|a| doc.slice(a.span))
//!     .collect();
//! assert!(figures.contains(&"30 ships"));
//! ```
#![deny(missing_docs)]

/// A word or phrase list as one string, an entry per line (`concat!` of the
/// literals, each followed by a newline).
///
/// Why: a `&[&str]` costs a pointer and a length (8 bytes in wasm) per entry
/// on top of its text, and the pointers compress badly: the quotes lexicon
/// (about 1,700 words) and the claim rules' phrases (about 470) cost several
/// kilobytes of the gzipped web app that way. The lists are only read once,
/// with `str::lines`, to build their tables.
macro_rules! words {
    ($($w:literal),* $(,)?) => {
        concat!($($w, "\n"),*)
    };
}

/// Whether `w` is a line of `list` (a [`words!`] list), compared exactly.
///
/// For word lists read on rare paths: a `matches!` over dozens of strings
/// compiles to a length switch and a compare per word, more wasm than the
/// words themselves; the list as one string costs its bytes.
pub(crate) fn listed(list: &str, w: &str) -> bool {
    list.split_terminator('\n').any(|l| l == w)
}

pub mod claims;
pub mod corrections;
pub mod decimal;
pub mod entities;
pub mod error;
pub mod eval;
pub mod export;
pub mod figures;
mod hash;
mod json_fields;
pub mod model;
pub mod quotes;
pub mod sample;
pub mod sort;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod test_corpus;
pub mod text;

pub use error::{Error, ErrorKind};
pub use model::{
    Annotation, Claim, ClaimKind, Detail, Entity, EntityKind, Figure, FigureKind, Item, Kind,
    MarkIssue, Name, Origin, Qualifier, Quote, QuoteStyle, Reasons, Span, Status,
};
pub use text::{CharIndex, Document};

use std::cmp::Ordering;

/// What to extract. Plain data: build it with struct update syntax.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Extract figures.
    pub figures: bool,
    /// Extract quotes and the entities they need.
    pub quotes: bool,
    /// Score sentences as claims.
    pub claims: bool,
    /// Sentences scoring at least this are reported as claims.
    pub claim_threshold: f32,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            figures: true,
            quotes: true,
            claims: true,
            claim_threshold: claims::DEFAULT_THRESHOLD,
        }
    }
}

/// Something worth telling the user about an extraction (never an error: the
/// extraction is total).
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    /// Where, if anywhere.
    pub span: Option<Span>,
    /// A sentence for the user.
    pub message: String,
}

/// What [`Extractor::extract`] found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Extraction {
    /// Annotations sorted by start, then by longer first, then by kind.
    pub annotations: Vec<Annotation>,
    /// Notes such as unbalanced quote marks.
    pub diagnostics: Vec<Diagnostic>,
}

impl Extraction {
    /// The annotations as suggested machine items (for export).
    pub fn items(&self) -> Vec<Item> {
        self.annotations
            .iter()
            .cloned()
            .map(Item::machine)
            .collect()
    }
}

/// The extraction pipeline: figures, then quotes and entities, then claims
/// (which use both).
#[derive(Clone, Debug)]
pub struct Extractor {
    config: Config,
}

impl Extractor {
    /// Builds an extractor.
    pub fn new(config: &Config) -> Extractor {
        Extractor {
            config: config.clone(),
        }
    }

    /// Extracts everything the config asks for. Never panics.
    pub fn extract(&self, doc: &Document) -> Extraction {
        let mut out = Extraction::default();
        let figures = if self.config.figures || self.config.claims {
            figures::extract(doc)
        } else {
            Vec::new()
        };
        let quotes = if self.config.quotes || self.config.claims {
            quotes::extract(doc, &mut out.diagnostics)
        } else {
            quotes::QuoteOutput::default()
        };
        let claims = if self.config.claims {
            claims::extract(doc, &figures, &quotes.quotes, self.config.claim_threshold)
        } else {
            Vec::new()
        };
        // Room for every part at once (no regrowth from one to four).
        let mut parts = Vec::with_capacity(4);
        parts.push(claims);
        if self.config.figures {
            parts.push(figures);
        }
        if self.config.quotes {
            parts.push(quotes.quotes);
            parts.push(quotes.entities);
        }
        out.annotations = merge_sorted(parts);
        out
    }
}

/// The order of the extraction's annotations: by start, longer first, then
/// by kind.
fn annotation_order(a: &Annotation, b: &Annotation) -> Ordering {
    a.span
        .start
        .cmp(&b.span.start)
        .then(b.span.end.cmp(&a.span.end))
        .then_with(|| a.kind().cmp(&b.kind()))
}

/// An integer twice as wide as `usize` (`u64` in wasm, `u128` natively).
#[cfg(target_pointer_width = "64")]
type SpanKey = u128;
/// An integer twice as wide as `usize` (`u64` in wasm, `u128` natively).
#[cfg(not(target_pointer_width = "64"))]
type SpanKey = u64;

/// `(span.start, Reverse(span.end))` as one integer: the first two keys of
/// [`annotation_order`] in a single compare (one `i64` compare in wasm).
#[inline]
fn span_key(span: Span) -> SpanKey {
    ((span.start as SpanKey) << usize::BITS) | (usize::MAX - span.end) as SpanKey
}

/// The key of a part with nothing left: after every annotation's (a start
/// of `usize::MAX` with an end of 0 is not a span).
const DONE: SpanKey = SpanKey::MAX;

/// Whether `b` may follow `a` in [`annotation_order`] (`a <= b`).
#[inline]
fn in_order(a: &Annotation, b: &Annotation) -> bool {
    let (ka, kb) = (span_key(a.span), span_key(b.span));
    ka < kb || ka == kb && a.kind() <= b.kind()
}

/// The annotations of `parts` in [`annotation_order`], stably: what a stable
/// sort of the parts concatenated in order gives. Each stage returns its
/// annotations already in that order (almost always), so the parts are
/// merged, moving each annotation once; a part out of order falls back to
/// the sort.
///
/// The merge takes, one annotation at a time, the head that comes first
/// among the parts' heads: the smallest [`span_key`], on equal keys the
/// smaller kind, then the earlier part (the stable sort's tie-break). Each
/// part keeps its head's key and kind, so they are read once per
/// annotation, and the head is chosen without a branch
/// ([`std::hint::select_unpredictable`]): which part comes next follows the
/// text, in no pattern a branch predictor learns (a branch per compare cost
/// about one misprediction per annotation). (Taking whole runs from one
/// part at a time did not pay: runs are one or two annotations long, as
/// entities, figures and quotes interleave inside claim sentences, and each
/// run cost more in the web build than the moves it saved.)
fn merge_sorted(parts: Vec<Vec<Annotation>>) -> Vec<Annotation> {
    let total = parts.iter().map(Vec::len).sum();
    let sorted = parts
        .iter()
        .all(|p| p.windows(2).all(|w| in_order(&w[0], &w[1])));
    if !sorted {
        let mut out = Vec::with_capacity(total);
        out.extend(parts.into_iter().flatten());
        sort::stable_sort_by(&mut out, annotation_order);
        return out;
    }
    // The key and kind of a part's head (a part with nothing left sorts
    // last).
    let head = |part: &[Annotation]| {
        part.first()
            .map_or((DONE, u8::MAX), |a| (span_key(a.span), a.kind() as u8))
    };
    let mut heads: Vec<(SpanKey, u8)> = parts.iter().map(|p| head(p)).collect();
    let mut rest: Vec<std::vec::IntoIter<Annotation>> =
        parts.into_iter().map(Vec::into_iter).collect();
    let mut out = Vec::with_capacity(total);
    for _ in 0..total {
        let (mut first, mut best) = (0, heads.first().copied().unwrap_or((DONE, u8::MAX)));
        for (k, &h) in heads.iter().enumerate().skip(1) {
            // A later part goes first only when it comes strictly first
            // (`&` and `|` on bools: no branch).
            let earlier = (h.0 < best.0) | ((h.0 == best.0) & (h.1 < best.1));
            first = std::hint::select_unpredictable(earlier, k, first);
            best = std::hint::select_unpredictable(earlier, h, best);
        }
        if let Some(part) = rest.get_mut(first) {
            if let Some(a) = part.next() {
                out.push(a);
            }
            if let Some(slot) = heads.get_mut(first) {
                *slot = head(part.as_slice());
            }
        }
    }
    out
}

/// Extracts with the default config: `Extractor::new(&Config::default()).extract(doc)`.
pub fn extract(doc: &Document) -> Extraction {
    Extractor::new(&Config::default()).extract(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An entity annotation over `start..end` named `name`.
    fn ann(start: usize, end: usize, name: &str) -> Annotation {
        Annotation {
            span: Span::new(start, end),
            confidence: 0.5,
            detail: Detail::Entity(model::Entity {
                name: name.into(),
                entity_kind: model::EntityKind::Person,
            }),
        }
    }

    /// What the merge must equal: the parts concatenated, stably sorted.
    fn sorted(parts: &[Vec<Annotation>]) -> Vec<Annotation> {
        let mut all: Vec<Annotation> = parts.iter().flatten().cloned().collect();
        sort::stable_sort_by(&mut all, annotation_order);
        all
    }

    #[test]
    fn merge_equals_the_stable_sort_of_the_parts() {
        let cases = vec![
            vec![],
            vec![vec![], vec![ann(0, 3, "a")], vec![]],
            // Sorted parts with ties across parts: earlier parts first.
            vec![
                vec![ann(0, 5, "a"), ann(4, 6, "b"), ann(9, 12, "c")],
                vec![ann(0, 5, "d"), ann(0, 2, "e"), ann(9, 12, "f")],
                vec![ann(4, 6, "g"), ann(20, 21, "h")],
            ],
            // A part out of order: the sort fallback.
            vec![
                vec![ann(7, 8, "a"), ann(1, 2, "b")],
                vec![ann(1, 2, "c"), ann(3, 4, "d")],
            ],
        ];
        for parts in cases {
            assert_eq!(merge_sorted(parts.clone()), sorted(&parts));
        }
    }

    #[test]
    fn merge_equals_the_stable_sort_of_many_sorted_parts() {
        // Parts of pseudo-random, often equal, keys, each sorted: runs of
        // every length and ties within and across parts.
        let mut seed = 7u32;
        let mut next = |below: u32| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            ((seed >> 16) % below) as usize
        };
        for round in 0..200 {
            let mut parts: Vec<Vec<Annotation>> = (0..1 + round % 5)
                .map(|p| {
                    let n = next(12);
                    let mut part: Vec<Annotation> = (0..n)
                        .map(|i| {
                            let start = next(8);
                            ann(start, start + next(3), &format!("{p}.{i}"))
                        })
                        .collect();
                    sort::stable_sort_by(&mut part, annotation_order);
                    part
                })
                .collect();
            if round % 7 == 0 {
                parts.push(Vec::new());
            }
            assert_eq!(merge_sorted(parts.clone()), sorted(&parts), "round {round}");
        }
    }

    #[test]
    fn merge_breaks_ties_by_kind_then_part() {
        // Parts of mixed kinds (as a part out of the stages never is) with
        // many equal spans: kind decides before the part's place.
        let of_kind = |start: usize, end: usize, kind: usize, id: usize| Annotation {
            span: Span::new(start, end),
            confidence: id as f32,
            detail: match kind {
                0 => Detail::Figure(Figure::default()),
                1 => Detail::Quote(Quote::default()),
                2 => Detail::Claim(Claim::default()),
                _ => Detail::Entity(Entity::default()),
            },
        };
        let mut seed = 11u32;
        let mut next = |below: u32| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            ((seed >> 16) % below) as usize
        };
        let mut id = 0;
        for round in 0..300 {
            let parts: Vec<Vec<Annotation>> = (0..1 + round % 4)
                .map(|_| {
                    let mut part: Vec<Annotation> = (0..next(10))
                        .map(|_| {
                            id += 1;
                            let start = next(4);
                            of_kind(start, start + next(2), next(4), id)
                        })
                        .collect();
                    sort::stable_sort_by(&mut part, annotation_order);
                    part
                })
                .collect();
            assert_eq!(merge_sorted(parts.clone()), sorted(&parts), "round {round}");
        }
    }

    #[test]
    fn extract_orders_like_sorting_every_stage() {
        let doc = Document::new(sample::SAMPLE_ARTICLE);
        let got = Extractor::new(&Config::default()).extract(&doc).annotations;
        let figures = figures::extract(&doc);
        let quotes = quotes::extract(&doc, &mut Vec::new());
        let claims = claims::extract(
            &doc,
            &figures,
            &quotes.quotes,
            Config::default().claim_threshold,
        );
        assert!(!figures.is_empty() && !quotes.quotes.is_empty() && !claims.is_empty());
        assert_eq!(
            got,
            sorted(&[claims, figures, quotes.quotes, quotes.entities])
        );
    }
}
