//! Rule `headline`: a line without final punctuation is never a claim.
//!
//! ## What it does
//! Excludes a sentence that is a whole paragraph (a line) and does not end
//! in `.`, `!`, `?` or `…` (possibly followed by closing quote marks or
//! brackets). Headlines, subheads, standfirsts without a stop, section labels
//! and lead-ins ending in `:` all fall under it.
//!
//! ## Why
//! The seeds' conventions exclude headlines and subheads; pasted articles
//! put each on its own line without a full stop, which is the one signal
//! that survives copy and paste.
//!
//! ## Example
//! `Minister Unveils Plan For 40 New Hospitals` is excluded although it holds
//! a figure; `The minister unveiled a plan for 40 hospitals.` is not.

use super::super::reason::{Hit, Reason, Sentence};

/// Whether `text` ends with final punctuation, ignoring closing marks.
fn has_final_punctuation(text: &str) -> bool {
    matches!(super::final_char(text), Some('.' | '!' | '?' | '…'))
}

/// Excludes headlines.
pub fn check(s: &Sentence) -> Option<Hit> {
    if s.whole_paragraph && !has_final_punctuation(s.text) {
        return Hit::exclude(Reason::Headline);
    }
    None
}
