//! Rule `pledge`: commitments and plans are check-worthy.
//!
//! ## What it does
//! Raises the score of a sentence in which an actor pledges, promises,
//! agrees, offers, reaffirms, declares itself ready or willing, or plans
//! something (unless negated: "no sign that he is ready to"); and, by
//! less, one that forecasts ("set to", "expected to").
//!
//! ## Why
//! A commitment can be checked later against what happened, and the seeds'
//! conventions count commitments and predictions as claims; the debate model
//! rarely saw them as factual.
//!
//! ## Example
//! `The club has offered to refund 2,000 season tickets.`

use super::super::lexicon::Lexicon;
use super::super::reason::{Hit, Reason, Sentence};
use super::Slot;

/// Log-odds added for a commitment.
pub const COMMITMENT: f64 = 0.8;
/// Log-odds added for a forecast.
pub const FORECAST: f64 = 0.5;

/// Pledge words (without the bare modals "will" and "would").
pub static PLEDGES: Lexicon = Slot::Pledges.lexicon(words![
    "pledge to",
    "pledged",
    "pledges to",
    "promise to",
    "promised",
    "promises to",
    "agreed to",
    "agree to",
    "agrees to",
    "agreed on",
    "offered to",
    "offers to",
    "has offered",
    "ready to",
    "ready for",
    "readiness",
    "willing to",
    "willingness",
    "openness to",
    "reaffirm",
    "reaffirmed",
    "reaffirms",
    "reaffirming",
    "committed to",
    "vowed",
    "vows",
    "plans to",
    "plan to",
    "plans for",
    "intends to",
]);

/// Forecast markers.
pub static FORECASTS: Lexicon = Slot::Forecasts.lexicon(words![
    "set to",
    "expected to",
    "could",
    "likely to",
    "unlikely to",
    "poised to",
    "forecast",
    "predicted",
    "projected to",
    "on track to",
]);

/// Negations that undo a pledge word ("no sign that he is ready to").
pub static NEGATED: Lexicon = Slot::NegatedPledges.lexicon(words![
    "no sign",
    "not ready",
    "not willing",
    "unwilling",
    "refused to",
    "refuses to",
    "has not agreed",
    "have not agreed",
    "never agreed",
    "did not agree",
]);

/// Whether the sentence holds an undertaking that is not negated.
pub fn pledged(s: &Sentence) -> bool {
    s.has(&PLEDGES) && !s.has(&NEGATED)
}

/// Raises commitments and forecasts.
pub fn check(s: &Sentence) -> Option<Hit> {
    if pledged(s) {
        return Hit::adjust(Reason::Commitment, COMMITMENT);
    }
    if s.has(&FORECASTS) {
        return Hit::adjust(Reason::Forecast, FORECAST);
    }
    None
}
