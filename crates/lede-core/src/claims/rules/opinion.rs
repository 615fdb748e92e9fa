//! Rule `opinion`: the writer's own opinion, analysis or speculation lowers
//! the score.
//!
//! ## What it does
//! Lowers the score of a sentence with a marker of judgement or
//! speculation: "remains to be seen", "remains uncertain", "doubts linger",
//! "appears to", "suggests that", "will be crucial", "is likely to",
//! "arguably", "I think".
//!
//! ## Why
//! Analysis and speculation have nothing specific to check, and the seeds'
//! conventions exclude them even when they mention names.
//!
//! It does not fire on a sentence that also states a quantity (a count,
//! money, a percentage): that content is checkable whatever frames it. On
//! ClaimBuster groundtruth about half the sentences with such a marker and
//! a quantity figure are check-worthy, against one in twenty without one.
//!
//! ## Example
//! `Whether the plan will work remains to be seen.`

use super::super::lexicon::Lexicon;
use super::super::reason::{Hit, Reason, Sentence};
use super::Slot;

/// Log-odds added (negative).
pub const LOWER: f64 = -2.0;

/// Markers of opinion and speculation.
pub static MARKERS: Lexicon = Slot::OpinionMarkers.lexicon(words![
    "remains to be seen",
    "remains uncertain",
    "remains unclear",
    "remains unresolved",
    "remain unclear",
    "remain uncertain",
    "doubts linger",
    "doubts remain",
    "questions remain",
    "challenges remain",
    "it is unclear",
    "it is not clear",
    "it remains",
    "appears to",
    "not appear",
    "does not seem",
    "appears focused",
    "appear to",
    "appears set",
    "seems to",
    "seem to",
    "suggests that",
    "will be crucial",
    "will be key",
    "will be a central",
    "is likely to",
    "are likely to",
    "arguably",
    "perhaps",
    "in my view",
    "i think",
    "i believe",
    "i feel",
    "we believe",
    "officials believe",
    "analysts say",
    "analysts believe",
    "observers say",
    "critics say",
]);

/// Lowers opinion and speculation.
pub fn check(s: &Sentence) -> Option<Hit> {
    if s.has_quantity() {
        return None;
    }
    if s.has(&MARKERS) {
        return Hit::adjust(Reason::Opinion, LOWER);
    }
    None
}
