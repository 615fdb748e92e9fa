//! The news rules on top of the model, one file per rule. Each rule reads a
//! [`Sentence`] and may exclude it or adjust its log-odds.

mod actor;
mod boilerplate;
mod byline;
mod caption;
mod evaluative;
mod event;
mod figure;
mod fragment;
mod headline;
mod hypothetical;
mod opinion;
mod pledge;
mod question;
mod rhetoric;
mod source;
mod vague;

pub use figure::is_quantity;
pub use pledge::{pledged, FORECASTS};
pub use source::SPEECH_VERBS;

use super::kind;
use super::lexicon::{Lexicon, Registry};
use super::reason::{Hit, Sentence};

/// Every phrase list of the rules and of [`kind`], scanned in one pass per
/// sentence; each list sits at its [`Slot`] (checked as it is built).
pub static LEXICONS: Registry = Registry::slotted(&[
    &boilerplate::OPENINGS,
    &boilerplate::ANYWHERE,
    &byline::OPENINGS,
    &caption::CREDITS,
    &caption::OPENINGS,
    &event::TIMES,
    &hypothetical::OPENINGS,
    &hypothetical::MARKERS,
    &opinion::MARKERS,
    &pledge::PLEDGES,
    &pledge::FORECASTS,
    &pledge::NEGATED,
    &rhetoric::MARKERS,
    &rhetoric::LABEL_VERBS,
    &evaluative::MARKERS,
    &source::SPEECH_VERBS,
    &vague::MARKERS,
    &kind::NOT_COMMITMENT,
    &kind::ATTRIBUTION,
    &kind::MODALS,
    &kind::MODAL_HAVE,
    &kind::ONGOING,
]);

/// The slot of each phrase list in [`LEXICONS`], in its order: a
/// sentence's [`Matches`](super::lexicon::Matches) has a bit per slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    BoilerplateOpenings,
    BoilerplateAnywhere,
    BylineOpenings,
    CaptionCredits,
    CaptionOpenings,
    EventTimes,
    HypotheticalOpenings,
    HypotheticalMarkers,
    OpinionMarkers,
    Pledges,
    Forecasts,
    NegatedPledges,
    RhetoricMarkers,
    LabelVerbs,
    EvaluativeMarkers,
    SpeechVerbs,
    VagueMarkers,
    NotCommitment,
    Attribution,
    Modals,
    ModalHave,
    Ongoing,
}

impl Slot {
    /// The lexicon of `phrases` at this slot of [`LEXICONS`].
    pub const fn lexicon(self, phrases: &'static [&'static str]) -> Lexicon {
        Lexicon::in_slot(self as u8, phrases)
    }
}

/// A rule: what it thinks of a sentence.
pub type Rule = fn(&Sentence) -> Option<Hit>;

/// The most the rules can add to a sentence's log-odds together: each rule
/// fires at most once, and these are the rules that raise (by at most the
/// larger of their raises). `extract` skips the rules of a sentence whose
/// model log-odds plus this cannot reach the threshold; a new raising rule
/// must be added here (a debug assertion in the scoring checks it).
pub const MAX_RAISE: f64 = figure::QUANTITY.max(figure::DATE)
    + source::RAISE
    + actor::RAISE
    + event::RAISE
    + pledge::COMMITMENT.max(pledge::FORECAST);

/// Every rule, exclusions first.
pub const RULES: &[Rule] = &[
    boilerplate::check,
    caption::check,
    headline::check,
    byline::check,
    fragment::check,
    figure::check,
    source::check,
    actor::check,
    event::check,
    pledge::check,
    opinion::check,
    vague::check,
    rhetoric::check,
    question::check,
    hypothetical::check,
];
