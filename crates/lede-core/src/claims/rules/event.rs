//! Rule `event`: a reported event is check-worthy.
//!
//! ## What it does
//! Raises the score of a sentence with a past-tense verb written in lower
//! case (a word of five letters or more ending in "-ed", or a common
//! irregular past such as "met", "held", "took"; the feature hashing finds
//! them) that also names an actor or a time ("on Sunday", "last year").
//!
//! ## Why
//! Who did what, where and when is the core of a news report, and the
//! debate-trained model, which mostly saw opinions and policy talk, scores
//! plain narration low.
//!
//! ## Example
//! `Firefighters from Hull put out a blaze at a warehouse on Sunday night.`

use super::super::lexicon::Lexicon;
use super::super::reason::{Hit, Reason, Sentence};
use super::Slot;

/// Log-odds added.
pub const RAISE: f64 = 0.5;

pub static TIMES: Lexicon = Slot::EventTimes.lexicon(words![
    "on monday",
    "on tuesday",
    "on wednesday",
    "on thursday",
    "on friday",
    "on saturday",
    "on sunday",
    "yesterday",
    "last week",
    "last month",
    "last year",
    "earlier this",
    "this morning",
    "overnight",
]);

/// Raises reported events.
pub fn check(s: &Sentence) -> Option<Hit> {
    if s.past_tense() && (s.named() || s.has(&TIMES)) {
        return Hit::adjust(Reason::Event, RAISE);
    }
    None
}
