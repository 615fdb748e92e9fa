//! spaCy / Prodigy JSONL export, for training data: one line per document,
//! `{"text": ..., "spans": [{"start", "end", "label"}], "meta": {...}}`.
//!
//! Offsets are Unicode code points (Python string indices), end exclusive, so
//! `text[start:end]` in Python is the span. Labels are the kinds in upper case
//! (`FIGURE`, `QUOTE`, `CLAIM`, `ENTITY`). Rejected annotations are left out
//! unless [`ExportOptions::include_rejected`] is set: for training data they
//! are wrong answers, not spans.

use super::{kept, ExportOptions};
use crate::model::Item;
use crate::text::Document;
use serde::{Deserialize, Serialize};

/// One JSONL line.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Line {
    /// The document text.
    pub text: String,
    /// The spans, sorted by start then end.
    pub spans: Vec<SpanLabel>,
    /// Where the line came from.
    pub meta: Meta,
}

/// One labelled span.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpanLabel {
    /// Start, in code points.
    pub start: usize,
    /// End (exclusive), in code points.
    pub end: usize,
    /// `FIGURE`, `QUOTE`, `CLAIM` or `ENTITY`.
    pub label: String,
}

/// Provenance of a line.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// `sha256:` + the text's digest.
    pub id: String,
    /// The title, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// Builds the line for `doc` and `items`.
pub fn to_line_value(doc: &Document, items: &[Item], options: &ExportOptions) -> Line {
    let ix = doc.index();
    let mut spans: Vec<SpanLabel> = kept(items, options)
        .map(|it| SpanLabel {
            start: ix.char_of_byte(it.annotation.span.start),
            end: ix.char_of_byte(it.annotation.span.end),
            label: it.annotation.kind().as_str().to_ascii_uppercase(),
        })
        .collect();
    crate::sort::stable_sort_by(&mut spans, |a, b| {
        (a.start, a.end, &a.label).cmp(&(b.start, b.end, &b.label))
    });
    Line {
        text: doc.text().to_string(),
        spans,
        meta: Meta {
            id: format!("sha256:{}", doc.sha256()),
            title: options.title.clone(),
        },
    }
}

/// The JSONL line (no trailing newline).
pub fn to_line(doc: &Document, items: &[Item], options: &ExportOptions) -> String {
    serde_json::to_string(&to_line_value(doc, items, options)).unwrap_or_default()
}
