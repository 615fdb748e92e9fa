//! Rule `evaluative`: praise, blame and feelings are not check-worthy.
//!
//! ## What it does
//! Lowers the score of a sentence that judges or reacts rather than states:
//! praise ("exceptional", "a valued colleague", "superb"), blame
//! ("very disappointing", "outrageous", "unacceptable", "crass"), feelings
//! ("proud", "glad", "honoured", "deeply concerned", "sorry", "a matter of
//! regret") and bare importance ("is vital", "very important"). The
//! [`rhetoric`](super::rhetoric) rule lowers such a sentence as it lowers
//! normative ones (once, and not when the sentence states a quantity).
//!
//! ## Why
//! The seeds' conventions exclude reported speech whose content is only
//! evaluative, normative or rhetorical. News copy quotes reactions at length
//! ("Paul has been a valued colleague", "It is very disappointing", "she
//! was proud of the record"): they name people and organisations, so the
//! model and the source rule rank them with real claims, yet nothing in
//! them can be checked.
//!
//! Bare "disappointing" is left out: in business copy it describes data
//! ("disappointing sales figures", "take-up has been disappointing"), which
//! is checkable.
//!
//! ## Example
//! `“Her contribution to the council has been exceptional,” the mayor
//! said.` and `The union said it was deeply disappointed.`

use super::super::lexicon::Lexicon;
use super::super::reason::Sentence;
use super::Slot;

/// Words and phrases of praise, blame, feeling and bare importance.
pub static MARKERS: Lexicon = Slot::EvaluativeMarkers.lexicon(words![
    "exceptional",
    "outstanding",
    "superb",
    "excellent",
    "wonderful",
    "fantastic",
    "valued colleague",
    "trusted friend",
    "remarkable ability",
    "great job",
    "very disappointing",
    "deeply disappointing",
    "disappointed",
    "outrageous",
    "disgraceful",
    "shameful",
    "appalling",
    "ridiculous",
    "crass",
    "absurd",
    "unacceptable",
    "inappropriate",
    "proud of",
    "proud to",
    "glad to",
    "honoured to",
    "honored to",
    "deeply concerned",
    "very concerned",
    "deeply worried",
    "great regret",
    "matter of regret",
    "matter of sadness",
    "i am sorry",
    "is vital",
    "are vital",
    "very important",
    "hugely important",
]);

/// Whether the sentence praises, blames or reacts (see the module docs).
/// Called by [`rhetoric::check`](super::rhetoric::check), which lowers the
/// score once for either kind of judgement and skips sentences with a
/// quantity.
pub fn evaluative(s: &Sentence) -> bool {
    s.has(&MARKERS)
}
