//! Rule `figure`: a sentence with a figure is more worth checking.
//!
//! ## What it does
//! Raises the score of a sentence that holds a quantity figure found by the
//! figures extractor (a count, money, a percentage, a duration, an ordinal,
//! a measure), and a little for a date or calendar year.
//!
//! ## Why
//! Numbers are the most checkable content of news, and the figures extractor
//! knows identifiers ("Article 5") from quantities, which the model's
//! hashed digits cannot.
//!
//! ## Example
//! `The agency hired 4,000 staff last year.` scores higher than
//! `The agency hired staff last year.`

use super::super::reason::{Hit, Reason, Sentence};
use crate::model::FigureKind;

/// Log-odds added for a quantity figure.
pub const QUANTITY: f64 = 0.8;
/// Log-odds added for a date or year alone.
pub const DATE: f64 = 0.3;

/// Raises sentences with figures.
pub fn check(s: &Sentence) -> Option<Hit> {
    if s.inside.quantity {
        return Hit::adjust(Reason::Figure, QUANTITY);
    }
    if s.inside.figure {
        return Hit::adjust(Reason::Date, DATE);
    }
    None
}

/// Whether a figure of this kind is a quantity (not a date or year).
pub fn is_quantity(kind: FigureKind) -> bool {
    !matches!(kind, FigureKind::Date | FigureKind::Year)
}
