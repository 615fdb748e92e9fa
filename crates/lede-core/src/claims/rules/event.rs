//! Rule `event`: a reported event is check-worthy.
//!
//! ## What it does
//! Raises the score of a sentence with a past-tense verb (a lower-case word
//! of five letters or more ending in "-ed", or a common irregular past such
//! as "met", "held", "took") that also names an actor or a time ("on
//! Sunday", "last year").
//!
//! ## Why
//! Who did what, where and when is the core of a news report, and the
//! debate-trained model, which mostly saw opinions and policy talk, scores
//! plain narration low.
//!
//! ## Example
//! `Firefighters from Hull put out a blaze at a warehouse on Sunday night.`

use super::super::lexicon;
use super::super::reason::{Hit, Reason, Sentence};
use super::source::has_name;

/// Log-odds added.
pub const RAISE: f64 = 0.5;

const IRREGULAR_PAST: &[&str] = &[
    "was", "were", "met", "held", "took", "came", "went", "began", "cut", "left", "fired",
    "struck", "won", "lost", "made", "gave", "sent", "led", "fell", "rose", "spent", "paid",
    "sold", "bought", "built", "saw", "found", "hit", "shot", "ran", "flew", "drew", "wrote",
    "spoke", "broke", "brought", "told", "said", "got", "had", "became", "put", "set", "kept",
    "caught", "stole", "drove", "thrown", "threw", "chose", "froze", "swore", "sank", "sought",
    "taught", "fought",
];

const TIMES: &[&str] = &[
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
];

/// Whether `text` has a past-tense verb (see the rule's docs).
pub fn has_past_tense(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric()).any(|w| {
        (w.len() > 4 && w.ends_with("ed") && w.starts_with(char::is_lowercase))
            || IRREGULAR_PAST.contains(&w)
    })
}

/// Raises reported events.
pub fn check(s: &Sentence) -> Option<Hit> {
    if has_past_tense(s.text) && (has_name(s.text) || TIMES.iter().any(|t| lexicon::has(s.text, t)))
    {
        return Hit::adjust(Reason::Event, RAISE);
    }
    None
}
