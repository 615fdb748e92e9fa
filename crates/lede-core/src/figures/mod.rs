//! Figures: numbers with their counted noun or unit, normalised.
//!
//! FIXME: a first cut that only knows digit numbers followed by a noun; the
//! full grammar (number words, scale words, money, percent, ranges, dates,
//! identifiers) replaces it.

use crate::model::{Annotation, Detail, Figure, FigureKind, Qualifier, Span};
use crate::text::Document;

/// Finds the figures of `doc`, sorted by start.
pub fn extract(doc: &Document) -> Vec<Annotation> {
    let text = doc.text();
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()) {
            let start = i;
            while i < bytes.len()
                && (bytes[i].is_ascii_digit() || bytes[i] == b',' || bytes[i] == b'.')
            {
                i += 1;
            }
            while i > start && !bytes[i - 1].is_ascii_digit() {
                i -= 1;
            }
            let number: String = text[start..i].chars().filter(|c| *c != ',').collect();
            let value = number.parse::<f64>().ok();
            let mut end = i;
            let mut unit = None;
            if bytes.get(i) == Some(&b' ') {
                let w_end = text[i + 1..]
                    .find(|c: char| !c.is_ascii_alphabetic())
                    .map_or(text.len(), |k| i + 1 + k);
                if w_end > i + 1 && text[i + 1..].starts_with(|c: char| c.is_ascii_lowercase()) {
                    end = w_end;
                    unit = Some(text[i + 1..w_end].trim_end_matches('s').to_string());
                }
            }
            out.push(Annotation {
                span: Span::new(start, end),
                confidence: 0.5,
                detail: Detail::Figure(Figure {
                    value,
                    value_high: None,
                    qualifier: Qualifier::Exact,
                    display: text[start..end].to_string(),
                    unit,
                    kind: FigureKind::Count,
                    iso: None,
                }),
            });
        } else {
            i += 1;
        }
    }
    out
}
