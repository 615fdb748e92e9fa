//! Rule `byline`: bylines and datelines are never claims.
//!
//! ## What it does
//! Excludes a paragraph that opens with "By " followed by a capitalised
//! name, or with "Published"/"Updated"/"Posted"/"Last updated", and is short
//! (at most twelve words).
//!
//! ## Why
//! Bylines and timestamps name people and dates, which look like facts to the
//! model, but say nothing to check.
//!
//! ## Example
//! `By Jane Roe, Political Correspondent.` and `Updated 14:05 GMT, 3 May 2024.`
//! are excluded.

use super::super::lexicon::Lexicon;
use super::super::reason::{Hit, Reason, Sentence};
use super::Slot;

pub static OPENINGS: Lexicon =
    Slot::BylineOpenings.lexicon(words!["published", "updated", "last updated", "posted"]);

/// Excludes bylines.
pub fn check(s: &Sentence) -> Option<Hit> {
    if !s.whole_paragraph || s.words() > 12 {
        return None;
    }
    let by = s
        .text
        .strip_prefix("By ")
        .or_else(|| s.text.strip_prefix("BY "))
        .is_some_and(|rest| rest.starts_with(char::is_uppercase));
    if by || s.starts(&OPENINGS) {
        return Hit::exclude(Reason::Byline);
    }
    None
}
