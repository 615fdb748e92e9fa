//! Claims: check-worthy sentences, scored, ranked and explained.
//!
//! FIXME: a first cut that marks sentences holding a figure; the model and
//! the news rules replace it.

use crate::model::{Annotation, Claim, ClaimKind, Detail};
use crate::text::Document;

/// Sentences scoring at least this are claims by default.
pub const DEFAULT_THRESHOLD: f32 = 0.5;

/// Scores the sentences of `doc` and returns those at or above `threshold`.
pub fn extract(
    doc: &Document,
    figures: &[Annotation],
    _quotes: &[Annotation],
    threshold: f32,
) -> Vec<Annotation> {
    let mut out = Vec::new();
    for s in doc.sentences() {
        let has_figure = figures.iter().any(|f| s.contains(f.span));
        let score = if has_figure { 0.6 } else { 0.2 };
        if score >= threshold {
            out.push(Annotation {
                span: *s,
                confidence: score,
                detail: Detail::Claim(Claim {
                    score,
                    kind: ClaimKind::Statistic,
                    reasons: vec!["has a figure".to_string()],
                }),
            });
        }
    }
    out
}
