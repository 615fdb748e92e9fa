//! Lede JSON, format version 1 (`docs/FORMAT.md`): the native export.
//!
//! Offsets are Unicode code points, end exclusive, and `text` equals that
//! slice of the document.

use crate::model::{Detail, Item, Kind};
use crate::text::Document;
use serde::{Deserialize, Serialize};

/// The format's name in the `format` field.
pub const FORMAT: &str = "lede.annotations";
/// The format version this code writes.
pub const VERSION: u32 = 1;

/// The whole file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileV1 {
    /// Always [`FORMAT`].
    pub format: String,
    /// Always [`VERSION`] when written here.
    pub version: u32,
    /// The document.
    pub document: DocumentV1,
    /// Every annotation.
    pub annotations: Vec<AnnotationV1>,
}

/// The document part.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentV1 {
    /// `sha256:` + hex digest of the UTF-8 text.
    pub id: String,
    /// Optional title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The full text.
    pub text: String,
    /// Length in code points.
    pub length: usize,
}

/// One annotation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnnotationV1 {
    /// Stable id.
    pub id: String,
    /// `figure`, `quote`, `claim` or `entity`.
    pub kind: String,
    /// Start, in code points.
    pub start: usize,
    /// End (exclusive), in code points.
    pub end: usize,
    /// The covered text.
    pub text: String,
    /// `machine` or `user`.
    pub origin: String,
    /// `suggested`, `accepted`, `edited` or `rejected`.
    pub status: String,
    /// Confidence in `[0, 1]`.
    pub confidence: f32,
    /// Figure details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figure: Option<FigureV1>,
    /// Quote details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<QuoteV1>,
    /// Claim details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim: Option<ClaimV1>,
    /// Entity details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<EntityV1>,
}

/// Figure details.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FigureV1 {
    /// The number, or null for dates.
    pub value: Option<f64>,
    /// Upper bound of a range.
    pub value_high: Option<f64>,
    /// `exact`, `over`, `under`, `about`, `at_least`, `at_most` or `range`.
    pub qualifier: String,
    /// The unit or counted noun.
    pub unit: Option<String>,
    /// `count`, `money`, `percent`, …
    pub kind: String,
    /// Display form.
    pub display: String,
    /// ISO 8601 form of a date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iso: Option<String>,
}

/// A span in code points.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpanV1 {
    /// Start, in code points.
    pub start: usize,
    /// End (exclusive), in code points.
    pub end: usize,
}

/// Quote details.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteV1 {
    /// `direct`, `partial`, `scare` or `title`.
    pub style: String,
    /// Canonical speaker.
    pub speaker: Option<String>,
    /// The speaker mention as written.
    pub speaker_mention: Option<String>,
    /// Where the mention is.
    pub speaker_span: Option<SpanV1>,
    /// The cue verb.
    pub cue: Option<String>,
    /// Where the cue is.
    pub cue_span: Option<SpanV1>,
    /// `missing_open` or `missing_close`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marks: Option<String>,
}

/// Claim details.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClaimV1 {
    /// Check-worthiness in `[0, 1]`.
    pub score: f32,
    /// `commitment`, `prediction`, …
    pub kind: String,
    /// Why.
    pub reasons: Vec<String>,
}

/// Entity details.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityV1 {
    /// Canonical name.
    pub name: String,
    /// `person`, `organisation` or `place`.
    pub entity_kind: String,
}

pub use super::ExportOptions;

/// Builds the v1 file for `doc` and `items`.
pub fn to_file(doc: &Document, items: &[Item], options: &ExportOptions) -> FileV1 {
    let ix = doc.index();
    let cp = |b: usize| ix.char_of_byte(b);
    let span = |s: crate::Span| SpanV1 {
        start: cp(s.start),
        end: cp(s.end),
    };
    let annotations = items
        .iter()
        .filter(|it| options.include_rejected || it.status != crate::Status::Rejected)
        .map(|it| {
            let a = &it.annotation;
            let mut out = AnnotationV1 {
                id: it.id.clone(),
                kind: a.kind().as_str().to_string(),
                start: cp(a.span.start),
                end: cp(a.span.end),
                text: doc.text().get(a.span.range()).unwrap_or("").to_string(),
                origin: it.origin.as_str().to_string(),
                status: it.status.as_str().to_string(),
                confidence: a.confidence,
                figure: None,
                quote: None,
                claim: None,
                entity: None,
            };
            match &a.detail {
                Detail::Figure(f) => {
                    out.figure = Some(FigureV1 {
                        value: f.value,
                        value_high: f.value_high,
                        qualifier: f.qualifier.as_str().to_string(),
                        unit: f.unit.clone(),
                        kind: f.kind.as_str().to_string(),
                        display: f.display.clone(),
                        iso: f.iso.clone(),
                    })
                }
                Detail::Quote(q) => {
                    out.quote = Some(QuoteV1 {
                        style: q.style.as_str().to_string(),
                        speaker: q.speaker.clone(),
                        speaker_mention: q.speaker_mention.clone(),
                        speaker_span: q.speaker_span.map(span),
                        cue: q.cue.clone(),
                        cue_span: q.cue_span.map(span),
                        marks: q.marks.map(|m| m.as_str().to_string()),
                    })
                }
                Detail::Claim(c) => {
                    out.claim = Some(ClaimV1 {
                        score: c.score,
                        kind: c.kind.as_str().to_string(),
                        reasons: c.reasons.clone(),
                    })
                }
                Detail::Entity(e) => {
                    out.entity = Some(EntityV1 {
                        name: e.name.clone(),
                        entity_kind: e.entity_kind.as_str().to_string(),
                    })
                }
            }
            debug_assert!(Kind::parse(&out.kind).is_some());
            out
        })
        .collect();
    FileV1 {
        format: FORMAT.to_string(),
        version: VERSION,
        document: DocumentV1 {
            id: format!("sha256:{}", doc.sha256()),
            title: options.title.clone(),
            text: doc.text().to_string(),
            length: ix.len_chars(),
        },
        annotations,
    }
}

/// Serialises the v1 file as pretty JSON.
pub fn to_string_pretty(doc: &Document, items: &[Item], options: &ExportOptions) -> String {
    serde_json::to_string_pretty(&to_file(doc, items, options)).unwrap_or_default()
}

/// Serialises the v1 file on one line (for JSONL).
pub fn to_string_line(doc: &Document, items: &[Item], options: &ExportOptions) -> String {
    serde_json::to_string(&to_file(doc, items, options)).unwrap_or_default()
}
