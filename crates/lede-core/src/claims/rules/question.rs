//! Rule `question`: questions and exclamations are not claims.
//!
//! ## What it does
//! Lowers the score of a sentence that ends in `?` or `!` (before closing
//! marks).
//!
//! ## Why
//! A question asserts nothing; an exclamation is rhetoric. Either may still
//! pass when the model and the other rules are sure.
//!
//! ## Example
//! `Who will pay for the new stadium?`

use super::super::reason::{Hit, Reason, Sentence};

/// Log-odds added (negative).
pub const LOWER: f64 = -2.0;

/// Lowers questions and exclamations.
pub fn check(s: &Sentence) -> Option<Hit> {
    if matches!(super::final_char(s.text), Some('?' | '!')) {
        return Hit::adjust(Reason::Question, LOWER);
    }
    None
}
