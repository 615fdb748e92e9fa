//! Lede JSON, format version 1 (`docs/FORMAT.md`): the native export.
//!
//! Offsets are Unicode code points, end exclusive, and `text` equals that
//! slice of the document.

use crate::json_fields::{as_array, Fields};
use crate::model::{Detail, Item, Kind};
use crate::text::Document;
use serde::{Deserialize, Serialize};
use serde_json::Value;

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

// Import reads these by hand from the parsed JSON (`from_value`, checked
// against the derived `Deserialize` in the tests): the derived readers, over
// a `Value` and with every `Option` of a struct, were a large part of the
// web app.

impl FileV1 {
    /// Reads the file from its parsed JSON, as the derived `Deserialize`
    /// would.
    pub fn from_value(value: &Value) -> Result<FileV1, String> {
        let f = Fields::new(value, "struct FileV1")?;
        Ok(FileV1 {
            format: f.string("format")?,
            version: f.u32("version")?,
            document: DocumentV1::from_value(f.get("document")?)?,
            annotations: as_array(f.get("annotations")?)?
                .iter()
                .map(AnnotationV1::from_value)
                .collect::<Result<_, _>>()?,
        })
    }
}

impl DocumentV1 {
    /// Reads the document part from its parsed JSON.
    pub fn from_value(value: &Value) -> Result<DocumentV1, String> {
        let f = Fields::new(value, "struct DocumentV1")?;
        Ok(DocumentV1 {
            id: f.string("id")?,
            title: f.opt_string("title")?,
            text: f.string("text")?,
            length: f.usize("length")?,
        })
    }
}

impl AnnotationV1 {
    /// Reads one annotation from its parsed JSON.
    pub fn from_value(value: &Value) -> Result<AnnotationV1, String> {
        let f = Fields::new(value, "struct AnnotationV1")?;
        Ok(AnnotationV1 {
            id: f.string("id")?,
            kind: f.string("kind")?,
            start: f.usize("start")?,
            end: f.usize("end")?,
            text: f.string("text")?,
            origin: f.string("origin")?,
            status: f.string("status")?,
            confidence: f.f32("confidence")?,
            figure: f.opt("figure", FigureV1::from_value)?,
            quote: f.opt("quote", QuoteV1::from_value)?,
            claim: f.opt("claim", ClaimV1::from_value)?,
            entity: f.opt("entity", EntityV1::from_value)?,
        })
    }
}

impl FigureV1 {
    /// Reads figure details from their parsed JSON.
    pub fn from_value(value: &Value) -> Result<FigureV1, String> {
        let f = Fields::new(value, "struct FigureV1")?;
        Ok(FigureV1 {
            value: f.opt_f64("value")?,
            value_high: f.opt_f64("value_high")?,
            qualifier: f.string("qualifier")?,
            unit: f.opt_string("unit")?,
            kind: f.string("kind")?,
            display: f.string("display")?,
            iso: f.opt_string("iso")?,
        })
    }
}

impl SpanV1 {
    /// Reads a span from its parsed JSON.
    pub fn from_value(value: &Value) -> Result<SpanV1, String> {
        let f = Fields::new(value, "struct SpanV1")?;
        Ok(SpanV1 {
            start: f.usize("start")?,
            end: f.usize("end")?,
        })
    }
}

impl QuoteV1 {
    /// Reads quote details from their parsed JSON.
    pub fn from_value(value: &Value) -> Result<QuoteV1, String> {
        let f = Fields::new(value, "struct QuoteV1")?;
        Ok(QuoteV1 {
            style: f.string("style")?,
            speaker: f.opt_string("speaker")?,
            speaker_mention: f.opt_string("speaker_mention")?,
            speaker_span: f.opt("speaker_span", SpanV1::from_value)?,
            cue: f.opt_string("cue")?,
            cue_span: f.opt("cue_span", SpanV1::from_value)?,
            marks: f.opt_string("marks")?,
        })
    }
}

impl ClaimV1 {
    /// Reads claim details from their parsed JSON.
    pub fn from_value(value: &Value) -> Result<ClaimV1, String> {
        let f = Fields::new(value, "struct ClaimV1")?;
        Ok(ClaimV1 {
            score: f.f32("score")?,
            kind: f.string("kind")?,
            reasons: f.strings("reasons")?,
        })
    }
}

impl EntityV1 {
    /// Reads entity details from their parsed JSON.
    pub fn from_value(value: &Value) -> Result<EntityV1, String> {
        let f = Fields::new(value, "struct EntityV1")?;
        Ok(EntityV1 {
            name: f.string("name")?,
            entity_kind: f.string("entity_kind")?,
        })
    }
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
                        reasons: c.reasons.to_vec(),
                    })
                }
                Detail::Entity(e) => {
                    out.entity = Some(EntityV1 {
                        name: e.name.to_string(),
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
