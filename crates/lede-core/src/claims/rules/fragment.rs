//! Rule `fragment`: a sentence of fewer than four words is not a claim.
//!
//! ## What it does
//! Excludes sentences with fewer than four word tokens.
//!
//! ## Why
//! A specific, checkable proposition needs an actor, an action and
//! something it applies to; three words are a label, an exclamation or a
//! verdict ("Nato is strong."), and stray punctuation runs left by the
//! segmenter must never be ranked.
//!
//! ## Example
//! `Russia is weak.` and `Thank you.`

use super::super::reason::{Hit, Reason, Sentence};

/// Fewest word tokens a claim has.
pub const MIN_WORDS: usize = 4;

/// Excludes fragments.
pub fn check(s: &Sentence) -> Option<Hit> {
    if s.words() < MIN_WORDS {
        return Hit::exclude(Reason::Fragment);
    }
    None
}
