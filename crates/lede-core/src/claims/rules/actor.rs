//! Rule `named_actor`: news narration about named actors is check-worthy.
//!
//! ## What it does
//! Raises the score of a sentence that names an actor (a capitalised word
//! other than the opening one, or an opening proper noun) and has at least
//! eight words, unless it speaks in its own voice (a first- or
//! second-person pronoun outside quotation marks).
//!
//! ## Why
//! The model learned from debates, where "who did what" narration is rare;
//! in news most such sentences report a verifiable event, decision or
//! position. Narration is in the third person: a sentence with "I", "we" or
//! "you" outside quotes is speech (a debate, an interview, a column), where
//! names are everywhere and say little. On ClaimBuster groundtruth (debate
//! sentences) the rule fired on 310 such sentences of which 28% were
//! check-worthy (base rate 23%), against 57% of the 120 third-person ones.
//!
//! ## Example
//! `Ann Bell opened the new bridge in Leeds on Monday.` is raised; `We met
//! Ann Bell in Leeds on Monday and talked about it.` is not.

use super::super::reason::{Hit, Reason, Sentence};

/// Log-odds added.
pub const RAISE: f64 = 0.7;

/// Whether `word` is an opening word that is not a name (a `match`: a
/// length test and a compare or two, not a search of the list).
fn common_opener(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "A"
            | "An"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "It"
            | "Its"
            | "There"
            | "He"
            | "She"
            | "They"
            | "We"
            | "I"
            | "You"
            | "But"
            | "And"
            | "Yet"
            | "So"
            | "If"
            | "While"
            | "Whilst"
            | "Whether"
            | "Despite"
            | "Although"
            | "Though"
            | "As"
            | "In"
            | "On"
            | "At"
            | "For"
            | "With"
            | "After"
            | "Before"
            | "Following"
            | "Meanwhile"
            | "However"
            | "Officials"
            | "Analysts"
            | "Leaders"
            | "Experts"
            | "Critics"
            | "Some"
            | "Many"
            | "Most"
            | "Such"
            | "His"
            | "Her"
            | "Their"
            | "Our"
            | "My"
            | "Your"
            | "What"
            | "When"
            | "Where"
            | "Why"
            | "How"
            | "Now"
            | "Then"
            | "Still"
            | "Also"
            | "Even"
            | "Only"
            | "Just"
            | "Speaking"
            | "According"
    )
}

fn opens_with_name(text: &str) -> bool {
    let first = text
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    first.starts_with(char::is_uppercase) && !common_opener(first)
}

/// Raises narration about named actors.
pub fn check(s: &Sentence) -> Option<Hit> {
    // The own-voice test last: it may re-read the sentence.
    if s.words() >= 8 && (s.named() || opens_with_name(s.text)) && !s.own_voice {
        return Hit::adjust(Reason::NamedActor, RAISE);
    }
    None
}
