//! Rule `rhetoric`: evaluative, normative or rhetorical content lowers the
//! score.
//!
//! ## What it does
//! Lowers the score of a sentence whose content is a judgement rather than a
//! fact: normative modals ("must", "should", "need to"), evaluations of
//! progress ("very pleased", "breakthrough", "convinced", "described … as",
//! "hailed … as"), short copular verdicts ("Russia is weak."), and praise,
//! blame and feelings ([`evaluative`](super::evaluative)).
//!
//! ## Why
//! The seeds' conventions exclude reported speech whose content is only
//! evaluative, normative or rhetorical; a fact-checker cannot check "we must
//! act" or "the talks were a breakthrough".
//!
//! It does not fire on a sentence that also states a quantity (a count,
//! money, a percentage): that content is checkable whatever frames it. On
//! ClaimBuster groundtruth about half the sentences with such a marker and
//! a quantity figure are check-worthy, against one in twenty without one.
//!
//! ## Example
//! `We must act now,” the minister said.` and `She was “very pleased”.`

use super::super::lexicon::{self, Lexicon};
use super::super::reason::{Hit, Reason, Sentence};
use super::evaluative::evaluative;
use super::Slot;

/// Log-odds added (negative).
pub const LOWER: f64 = -2.0;

/// Normative and evaluative markers.
pub static MARKERS: Lexicon = Slot::RhetoricMarkers.lexicon(words![
    "must",
    "should",
    "need to",
    "needs to",
    "have to",
    "got to",
    "gotta",
    "ought to",
    "very pleased",
    "pleased with",
    "delighted",
    "convinced",
    "confident that",
    "remained confident",
    "breakthrough",
    "big step",
    "step forward",
    "essential for",
    "is strong",
    "is weak",
    "are strong",
    "are weak",
    "is secure",
    "count on",
]);

/// Lowers evaluative and rhetorical sentences.
pub fn check(s: &Sentence) -> Option<Hit> {
    if s.has_quantity() {
        return None;
    }
    if s.has(&MARKERS) || evaluative(s) || (s.has(&LABEL_VERBS) && labels(s.text)) {
        return Hit::adjust(Reason::Rhetoric, LOWER);
    }
    None
}

/// Verbs that label ("described X as …").
pub static LABEL_VERBS: Lexicon =
    Slot::LabelVerbs.lexicon(words!["described", "hailed", "branded", "dismissed"]);

/// "described X as …", "hailed X as …", "called X …": a label, not a fact.
fn labels(text: &str) -> bool {
    ["described", "hailed", "branded", "dismissed"]
        .iter()
        .filter_map(|v| lexicon::find(text, v))
        .any(|at| {
            let rest = &text[at..];
            let window = rest
                .char_indices()
                .nth(60)
                .map_or(rest, |(i, _)| &rest[..i]);
            lexicon::has(window, "as")
        })
}
