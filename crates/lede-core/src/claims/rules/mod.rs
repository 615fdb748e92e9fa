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
use super::reason::{Effect, Hit, Reason, Sentence};

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
    pub const fn lexicon(self, phrases: &'static str) -> Lexicon {
        Lexicon::in_slot(self as u8, phrases)
    }
}

/// The last character of `text` before closing quote marks, brackets and
/// white space (`None` when there is none): how the question and headline
/// rules read a sentence's end.
#[inline]
pub(super) fn final_char(text: &str) -> Option<char> {
    // Most sentences end with a stop or a letter: no trimming, no decoding.
    if let Some(&b) = text.as_bytes().last() {
        if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'?' | b'!' | b',' | b';' | b':') {
            return Some(char::from(b));
        }
    }
    text.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']')
    })
    .chars()
    .next_back()
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

/// What each reason does to a score: the effect of the rule that gives it.
///
/// Each rule gives each of its reasons with one effect, always (the claims
/// pass checks it in debug builds, so every test run checks it): so a
/// claim keeps only which reasons fired ([`found`](super::found)), and its
/// texts read the effects back from here.
pub const fn effect(reason: Reason) -> Effect {
    match reason {
        Reason::Boilerplate
        | Reason::Caption
        | Reason::Headline
        | Reason::Byline
        | Reason::Fragment => Effect::Exclude,
        Reason::Figure => Effect::Adjust(figure::QUANTITY),
        Reason::Date => Effect::Adjust(figure::DATE),
        Reason::NamedSource => Effect::Adjust(source::RAISE),
        Reason::NamedActor => Effect::Adjust(actor::RAISE),
        Reason::Event => Effect::Adjust(event::RAISE),
        Reason::Commitment => Effect::Adjust(pledge::COMMITMENT),
        Reason::Forecast => Effect::Adjust(pledge::FORECAST),
        Reason::Opinion => Effect::Adjust(opinion::LOWER),
        Reason::Vague => Effect::Adjust(vague::LOWER),
        Reason::Rhetoric => Effect::Adjust(rhetoric::LOWER),
        Reason::Question => Effect::Adjust(question::LOWER),
        Reason::Hypothetical => Effect::Adjust(hypothetical::LOWER),
    }
}

/// Every reason in the order of the [`RULES`] that give them (the two
/// reasons of one rule never fire together): the order in which a claim
/// shows reasons of equal strength, and the first exclusion it shows. A
/// test checks it against the rules.
pub const IN_RULE_ORDER: [Reason; 17] = [
    Reason::Boilerplate,
    Reason::Caption,
    Reason::Headline,
    Reason::Byline,
    Reason::Fragment,
    Reason::Figure,
    Reason::Date,
    Reason::NamedSource,
    Reason::NamedActor,
    Reason::Event,
    Reason::Commitment,
    Reason::Forecast,
    Reason::Opinion,
    Reason::Vague,
    Reason::Rhetoric,
    Reason::Question,
    Reason::Hypothetical,
];

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
