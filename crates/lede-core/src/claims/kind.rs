//! Rule `kind`: what sort of claim a sentence makes, the first that applies
//! (the seeds' README, section Claims).
//!
//! ## What it does
//! 1. `commitment`: an actor pledges, promises, agrees, offers, is ready or
//!    willing, reaffirms, or states its own future action ("will", "would",
//!    "plans to"), unless it is a warning;
//! 2. `prediction`: forward-looking but not the actor's own undertaking ("set
//!    to", "expected to", "could", "likely");
//! 3. `statistic`: holds a quantity figure (not a date or year);
//! 4. `attributed`: reported speech or a stated position, or inside a
//!    quotation;
//! 5. `event`: something happened (a past-tense verb, "is now …ing");
//! 6. `other`: standing facts.
//!
//! ## Why
//! A fact-checker triages differently: a statistic needs a source, a
//! commitment needs a follow-up date, an attributed claim needs the record.
//!
//! ## Example
//! `The council agreed to build 300 homes.` is a commitment (first rule that
//! applies), `Sales rose by 300 units.` a statistic.

use super::lexicon::Lexicon;
use super::reason::Sentence;
use super::rules::{is_quantity, pledged, FORECASTS, SPEECH_VERBS};
use crate::model::ClaimKind;

pub(crate) static NOT_COMMITMENT: Lexicon =
    Lexicon::new(&["warned", "warning", "warns", "threatened"]);

pub(crate) static ATTRIBUTION: Lexicon = Lexicon::new(&[
    "rejected",
    "opposed",
    "demanded",
    "called on",
    "called for",
    "insist",
    "insisted",
    "maintained",
    "expressed",
    "signaled",
    "signalled",
    "dismissed",
    "emphasized",
    "emphasised",
    "sought",
    "criticised",
    "criticized",
    "accused",
    "vowed",
    "believes",
]);

pub(crate) static MODALS: Lexicon = Lexicon::new(&["will", "would", "we'll", "i'll"]);

pub(crate) static ONGOING: Lexicon = Lexicon::new(&["is now", "are now"]);

/// The kind of claim `s` makes.
pub fn classify(s: &Sentence) -> ClaimKind {
    let prediction = s.has(&FORECASTS);
    if !s.has(&NOT_COMMITMENT) && (pledged(s) || (s.has(&MODALS) && !prediction)) {
        return ClaimKind::Commitment;
    }
    if prediction {
        return ClaimKind::Prediction;
    }
    if s.figure_kinds().any(is_quantity) {
        return ClaimKind::Statistic;
    }
    if s.in_quotation || s.has_attributed_quote() || s.has(&SPEECH_VERBS) || s.has(&ATTRIBUTION) {
        return ClaimKind::Attributed;
    }
    if s.past_tense() || s.has(&ONGOING) {
        return ClaimKind::Event;
    }
    ClaimKind::Other
}
