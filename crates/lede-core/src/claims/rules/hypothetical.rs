//! Rule `hypothetical`: conditionals and hypotheticals are not claims.
//!
//! ## What it does
//! Lowers the score of a sentence that opens with a condition or a
//! supposition ("If …", "Unless …", "Imagine …", "Suppose …", "What if …")
//! or describes what someone would do ("what I would do", "what we would
//! do").
//!
//! ## Why
//! A hypothetical asserts nothing that happened or was decided; it carries
//! numbers and names as often as a real claim does, so the model and the
//! figure rule would otherwise raise it.
//!
//! ## Example
//! `If the council had 50 more inspectors, the backlog would vanish.`

use super::super::lexicon::Lexicon;
use super::super::reason::{Hit, Reason, Sentence};
use super::Slot;

/// Log-odds added (negative).
pub const LOWER: f64 = -2.0;

pub static OPENINGS: Lexicon = Slot::HypotheticalOpenings.lexicon(words![
    "if", "unless", "imagine", "suppose", "what if", "even if"
]);

pub static MARKERS: Lexicon = Slot::HypotheticalMarkers.lexicon(words![
    "what i would do",
    "what we would do",
    "would do is",
    "could be doing",
]);

/// Lowers hypotheticals.
pub fn check(s: &Sentence) -> Option<Hit> {
    let opens = s.starts(&OPENINGS)
        || ["And if", "But if", "So if"]
            .iter()
            .any(|o| s.text.starts_with(o));
    if opens || s.has(&MARKERS) {
        return Hit::adjust(Reason::Hypothetical, LOWER);
    }
    None
}
