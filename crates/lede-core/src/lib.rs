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
pub mod entities;
pub mod error;
pub mod eval;
pub mod export;
pub mod figures;
mod hash;
pub mod model;
pub mod quotes;
pub mod sample;
pub mod sort;
pub mod text;

pub use error::{Error, ErrorKind};
pub use model::{
    Annotation, Claim, ClaimKind, Detail, Entity, EntityKind, Figure, FigureKind, Item, Kind,
    MarkIssue, Origin, Qualifier, Quote, QuoteStyle, Span, Status,
};
pub use text::{CharIndex, Document};

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
        // Reserved once: growing the vector by doubling would copy every
        // annotation again.
        out.annotations.reserve_exact(
            claims.len()
                + if self.config.figures {
                    figures.len()
                } else {
                    0
                }
                + if self.config.quotes {
                    quotes.quotes.len() + quotes.entities.len()
                } else {
                    0
                },
        );
        out.annotations.extend(claims);
        if self.config.figures {
            out.annotations.extend(figures);
        }
        if self.config.quotes {
            out.annotations.extend(quotes.quotes);
            out.annotations.extend(quotes.entities);
        }
        sort::stable_sort_by(&mut out.annotations, |a, b| {
            (a.span.start, std::cmp::Reverse(a.span.end), a.kind()).cmp(&(
                b.span.start,
                std::cmp::Reverse(b.span.end),
                b.kind(),
            ))
        });
        out
    }
}

/// Extracts with the default config: `Extractor::new(&Config::default()).extract(doc)`.
pub fn extract(doc: &Document) -> Extraction {
    Extractor::new(&Config::default()).extract(doc)
}
