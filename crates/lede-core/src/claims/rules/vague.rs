//! Rule `vague`: sentences with nothing specific to check lower the score.
//!
//! ## What it does
//! Lowers the score of a sentence that only characterises activity: "the
//! talks focused on …", "leaders are pressing to …", "nations are ramping
//! up their efforts", "framed the agreement as …", "highlighted tensions".
//!
//! ## Why
//! The seeds' conventions exclude vague sentences; they name actors, so the
//! named-actor rule would otherwise raise them.
//!
//! ## Example
//! `The meeting focused on trade.`

use super::super::lexicon::Lexicon;
use super::super::reason::{Hit, Reason, Sentence};
use super::Slot;

/// Log-odds added (negative).
pub const LOWER: f64 = -2.5;

/// Vague characterisations of activity.
pub static MARKERS: Lexicon = Slot::VagueMarkers.lexicon(words![
    "focused on",
    "focuses on",
    "centred on",
    "centered on",
    "are pressing",
    "is pressing",
    "are now pressing",
    "ramping up",
    "stepping up efforts",
    "highlighted",
    "framed",
    "underscored",
    "dominated discussions",
    "the question of",
    "the issue of",
]);

/// Lowers vague sentences.
pub fn check(s: &Sentence) -> Option<Hit> {
    if s.has(&MARKERS) {
        return Hit::adjust(Reason::Vague, LOWER);
    }
    None
}
