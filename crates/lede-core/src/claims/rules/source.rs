//! Rule `named_source`: a statement attributed to a named source is more
//! worth checking.
//!
//! ## What it does
//! Raises the score of a sentence holding a quote with a speaker, or a
//! speech or reporting verb ("said", "announced", "confirmed", "according
//! to") together with a name (a capitalised word that does not open the
//! sentence).
//!
//! ## Why
//! Attributed positions are what fact-checkers verify ("X said Y"); the
//! debate-trained model never saw third-person reporting.
//!
//! ## Example
//! `The mayor of Leeds, Ann Bell, said the bridge would reopen in June.`

use super::super::lexicon::Lexicon;
use super::super::reason::{Hit, Reason, Sentence};
use super::Slot;

/// Log-odds added.
pub const RAISE: f64 = 0.5;

/// Speech and reporting verbs.
pub static SPEECH_VERBS: Lexicon = Slot::SpeechVerbs.lexicon(words![
    "said",
    "says",
    "told",
    "tells",
    "announced",
    "announces",
    "confirmed",
    "stated",
    "declared",
    "claimed",
    "warned",
    "revealed",
    "wrote",
    "posted",
    "insisted",
    "hinted",
    "indicated",
    "explained",
    "noted",
    "noting",
    "added",
    "argued",
    "reported",
    "acknowledged",
    "admitted",
    "denied",
    "stressed",
    "emphasised",
    "emphasized",
    "according to",
    "saying",
    "stating",
    "writing",
    "called on",
    "urged",
    "suggested",
    "rejected",
    "opposed",
    "demanded",
    "called for",
    "insisting",
    "vowed",
    "dismissed",
    "signalled",
    "signaled",
    "claims that",
    "argues",
    "insists",
    "warns",
    "denies",
    "admits",
    "confirms",
    "announces",
    "writes",
]);

/// Raises attributed sentences.
pub fn check(s: &Sentence) -> Option<Hit> {
    if s.has_attributed_quote() || (s.has(&SPEECH_VERBS) && s.named()) {
        return Hit::adjust(Reason::NamedSource, RAISE);
    }
    None
}
