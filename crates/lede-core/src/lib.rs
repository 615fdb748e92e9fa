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
pub mod text;

pub use error::{Error, ErrorKind};
pub use model::{
    Annotation, Claim, ClaimKind, Detail, Entity, EntityKind, Figure, FigureKind, Item, Kind,
    MarkIssue, Name, Origin, Qualifier, Quote, QuoteStyle, Reasons, Span, Status,
};
pub use text::{CharIndex, Document};

use std::cmp::{Ordering, Reverse};

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

/// An annotation's place in [`merge_sorted`]: [`annotation_order`]'s key,
/// then the place of its part among the parts (the stable sort's
/// tie-break).
type MergeKey = (usize, Reverse<usize>, Kind, usize);

/// The [`MergeKey`] of `a`, from the part at `place`.
#[inline]
fn merge_key(a: &Annotation, place: usize) -> MergeKey {
    (a.span.start, Reverse(a.span.end), a.kind(), place)
}

/// The annotations of `parts` in [`annotation_order`], stably: what a stable
/// sort of the parts concatenated in order gives. Each stage returns its
/// annotations already in that order (almost always), so the parts are
/// merged, moving each annotation once; a part out of order falls back to
/// the sort.
///
/// The merge moves runs: the part whose head comes first gives, in one
/// `extend`, every annotation that comes before the next part's head (ties
/// go to the earlier part, as in the stable sort). Each part's head key is
/// kept, so every annotation's key is computed once.
fn merge_sorted(parts: Vec<Vec<Annotation>>) -> Vec<Annotation> {
    let total = parts.iter().map(Vec::len).sum();
    let sorted = parts.iter().all(|p| {
        p.windows(2)
            .all(|w| annotation_order(&w[0], &w[1]) != Ordering::Greater)
    });
    if !sorted {
        let mut out = Vec::with_capacity(total);
        out.extend(parts.into_iter().flatten());
        sort::stable_sort_by(&mut out, annotation_order);
        return out;
    }
    // Each non-empty part with the key of its first annotation.
    let mut rest: Vec<(MergeKey, std::vec::IntoIter<Annotation>)> = parts
        .into_iter()
        .enumerate()
        .filter_map(|(place, part)| Some((merge_key(part.first()?, place), part.into_iter())))
        .collect();
    let mut out = Vec::with_capacity(total);
    loop {
        // The part whose head comes first, and the next head's key.
        let mut first = 0;
        let mut second: Option<MergeKey> = None;
        for k in 1..rest.len() {
            if rest[k].0 < rest[first].0 {
                second = Some(rest[first].0);
                first = k;
            } else if second.is_none_or(|s| rest[k].0 < s) {
                second = Some(rest[k].0);
            }
        }
        let Some((key, part)) = rest.get_mut(first) else {
            return out;
        };
        let place = key.3;
        // The run: the annotations before `second`; the one after it, if
        // any, is the part's new head.
        let mut next = None;
        let run = match second {
            None => part.len(),
            Some(bound) => part
                .as_slice()
                .iter()
                .take_while(|a| {
                    let k = merge_key(a, place);
                    next = Some(k);
                    k < bound
                })
                .count(),
        };
        out.extend(part.by_ref().take(run));
        match next {
            Some(k) if part.len() > 0 => *key = k,
            _ => {
                rest.remove(first);
            }
        }
    }
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
