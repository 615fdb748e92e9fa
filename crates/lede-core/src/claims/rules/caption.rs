//! Rule `caption`: photo captions and image credits are never claims.
//!
//! ## What it does
//! Excludes sentences that credit an image ("Photo by …", "Image Credit …",
//! "… via Wikimedia Commons", "… / Getty Images", "public domain", "(Reuters)"
//! but not a dateline's "(Reuters) -") or open like a caption ("Pictured: …",
//! "File photo: …").
//!
//! ## Why
//! Captions and credits sit inside the article text when it is copied from a
//! page; they name people and dates, which the model takes for facts.
//!
//! ## Example
//! `Photo by Jane Roe / City Hall, Wikimedia Commons.` is excluded.

use super::super::lexicon::Lexicon;
use super::super::reason::{Hit, Reason, Sentence};
use super::Slot;

/// Phrases that mark a credit anywhere in the sentence.
pub static CREDITS: Lexicon = Slot::CaptionCredits.lexicon(words![
    "photo by",
    "photograph by",
    "photo credit",
    "image credit",
    "image by",
    "picture by",
    "wikimedia commons",
    "getty images",
    "public domain",
    "creative commons",
    "shutterstock",
    "(photo:",
    "(image:",
    "(reuters)",
    "/ reuters",
    "/ afp",
    "/ ap",
    "photo/",
]);

/// Openings of captions.
pub static OPENINGS: Lexicon = Slot::CaptionOpenings.lexicon(words![
    "photo:",
    "image:",
    "picture:",
    "pictured:",
    "file photo",
    "caption:",
    "credit:",
    "source:",
]);

/// Excludes captions and credits.
pub fn check(s: &Sentence) -> Option<Hit> {
    // "(Reuters)" credits a picture, except in a wire story's dateline
    // ("KYIV, Nov 25 (Reuters) - Russia launched …"), which opens the lead
    // (looked for only in the few sentences with a credit).
    let credit = || {
        s.has(&CREDITS)
            && !s.text.match_indices("(Reuters)").any(|(i, m)| {
                s.text[i + m.len()..]
                    .trim_start()
                    .starts_with(['-', '\u{2013}', '\u{2014}'])
            })
    };
    if s.starts(&OPENINGS) || credit() {
        return Hit::exclude(Reason::Caption);
    }
    None
}
