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
use super::rules::{pledged, Slot, FORECASTS, SPEECH_VERBS};
use crate::model::ClaimKind;

pub(crate) static NOT_COMMITMENT: Lexicon =
    Slot::NotCommitment.lexicon(words!["warned", "warning", "warns", "threatened"]);

pub(crate) static ATTRIBUTION: Lexicon = Slot::Attribution.lexicon(words![
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

pub(crate) static MODALS: Lexicon = Slot::Modals.lexicon(words!["will", "would", "we'll", "i'll"]);

/// A modal then "have": the only case where [`modal_use`] has to read the
/// words (a counterfactual "would have been" or an obligation "will have
/// to").
pub(crate) static MODAL_HAVE: Lexicon = Slot::ModalHave.lexicon(words![
    "will have",
    "would have",
    "would not have",
    "will not have",
    "would also have",
    "would still have",
    "would never have",
]);

pub(crate) static ONGOING: Lexicon = Slot::Ongoing.lexicon(words!["is now", "are now"]);

/// How the modals ("will", "would") of a sentence are used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ModalUse {
    /// No modal.
    None,
    /// A future action or state: `will meet`, `would travel`, `would be
    /// granted immunity`.
    Future,
    /// Only a counterfactual: `would have been far worse`.
    Counterfactual,
}

/// How the modals of `text` are used (see [`ModalUse`]).
///
/// # What it does
/// Reads the words after each `will`/`would` (past `not` and up to two
/// adverbs): `have` and a past participle make a counterfactual, anything
/// else (`have to`, `have annual sales` included) a future. One future is
/// enough.
///
/// # Why
/// The seeds' kinds make a commitment of an actor's own future action
/// ("Our militaries will meet", and also "Putin would be granted immunity"
/// when Switzerland says so). A counterfactual ("sales would have been far
/// worse", "the data would have been more impressive without cars") looks
/// neither forward nor at anyone's plan: it is what the figures or the
/// source say, not an undertaking.
///
/// # Example
/// `Analysts said profits would have been higher without the strike.` →
/// counterfactual (not a commitment); `The council will build 300 homes.` →
/// future (commitment).
pub(crate) fn modal_use(text: &str) -> ModalUse {
    let bytes = text.as_bytes();
    let mut found = ModalUse::None;
    let mut i = 0;
    while i < bytes.len() {
        // Word starts only: a letter after a non-letter.
        if !bytes[i].is_ascii_alphabetic() || (i > 0 && bytes[i - 1].is_ascii_alphanumeric()) {
            i += 1;
            continue;
        }
        let (w, end) = next_word(text, i);
        i = end.max(i + 1);
        // "we'll" / "I’ll": the word then an apostrophe and "ll".
        let tail = &bytes[end.min(bytes.len())..];
        let contracted = tail.starts_with(b"'ll") || tail.starts_with("’ll".as_bytes());
        let modal = w == "will" || w == "would" || (contracted && (w == "we" || w == "I"));
        if !modal {
            continue;
        }
        let after = if contracted {
            end + if tail[0] == b'\'' { 3 } else { "’ll".len() }
        } else {
            end
        };
        let (mut n, mut rest) = next_word(text, after);
        for _ in 0..2 {
            let adverb =
                matches!(n, "not" | "also" | "still" | "now") || (n.ends_with("ly") && n.len() > 4);
            if adverb {
                (n, rest) = next_word(text, rest);
            }
        }
        if n != "have" || !is_participle(next_word(text, rest).0) {
            return ModalUse::Future;
        }
        found = ModalUse::Counterfactual;
    }
    found
}

/// The next word of `text` from byte `from` (ASCII letters), and where it
/// ends.
fn next_word(text: &str, from: usize) -> (&str, usize) {
    let bytes = text.as_bytes();
    let mut a = from;
    while a < bytes.len() && !bytes[a].is_ascii_alphabetic() {
        if !bytes[a].is_ascii_whitespace() {
            return ("", a);
        }
        a += 1;
    }
    let mut b = a;
    while b < bytes.len() && bytes[b].is_ascii_alphabetic() {
        b += 1;
    }
    (text.get(a..b).unwrap_or(""), b)
}

/// Whether `w` reads as a past participle (`been`, `passed`, `taken`,
/// `made`): after "would have" it makes a counterfactual, unlike "would have
/// to" (an obligation) or "would have annual sales" (possession).
fn is_participle(w: &str) -> bool {
    (w.len() > 3 && (w.ends_with("ed") || w.ends_with("en")))
        || crate::listed(
            words![
                "been", "had", "made", "done", "gone", "held", "built", "sent", "sold", "paid",
                "cut", "put", "set", "kept", "brought", "bought", "told", "found", "met", "led",
                "left", "lost", "won", "spent", "hit"
            ],
            w,
        )
}

/// The kind of claim `s` makes.
pub fn classify(s: &Sentence) -> ClaimKind {
    let prediction = s.has(&FORECASTS);
    // Read the modals only when they decide and "have" follows one.
    let future =
        || s.has(&MODALS) && (!s.has(&MODAL_HAVE) || modal_use(s.text) == ModalUse::Future);
    if !s.has(&NOT_COMMITMENT) && (pledged(s) || (!prediction && future())) {
        return ClaimKind::Commitment;
    }
    if prediction {
        return ClaimKind::Prediction;
    }
    if s.has_quantity() {
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
