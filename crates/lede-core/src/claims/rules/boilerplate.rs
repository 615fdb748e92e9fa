//! Rule `boilerplate`: site furniture is never a claim.
//!
//! ## What it does
//! Excludes sentences that open with (or are) a site's navigation or
//! promotion line: "READ ALSO: …", "Follow for more updates …", "SCROLL FOR
//! NEXT", "Sign up to …", "Click here …", "Advertisement", a newsroom's
//! credit or note ("Additional reporting by …", "This story has been
//! updated …") or a request for comment ("… contacted the ministry for
//! comment").
//!
//! ## Why
//! News pages pasted from a browser carry these lines; they are not
//! statements about the world, and a fact-checker never wants them ranked.
//!
//! ## Example
//! `READ ALSO: Council Votes On New Budget` is excluded even though the model
//! may like "council" and "budget".

use super::super::lexicon::Lexicon;
use super::super::reason::{Hit, Reason, Sentence};
use super::Slot;

/// Openings of navigation and promotion lines.
pub static OPENINGS: Lexicon = Slot::BoilerplateOpenings.lexicon(words![
    "read also",
    "also read",
    "read more",
    "see also",
    "related:",
    "recommended:",
    "follow for more",
    "follow us",
    "follow our",
    "scroll for next",
    "sign up",
    "subscribe",
    "click here",
    "share this",
    "advertisement",
    "watch:",
    "listen:",
    "more on this story",
    "download our app",
    "copyright",
    "all rights reserved",
    // Credits and notes of the newsroom.
    "additional reporting",
    "reporting by",
    "editing by",
    "writing by",
    "contains material from",
    "this story has been updated",
    "this article has been updated",
    "this story was updated",
    "this article was amended",
]);

/// Phrases that make a line the newsroom's, wherever they stand: "The BBC
/// has contacted the ministry for comment."
pub static ANYWHERE: Lexicon = Slot::BoilerplateAnywhere.lexicon(words![
    "all rights reserved",
    "for comment",
    "to a request for comment",
]);

/// Excludes boilerplate.
pub fn check(s: &Sentence) -> Option<Hit> {
    if s.starts(&OPENINGS) || s.has(&ANYWHERE) {
        return Hit::exclude(Reason::Boilerplate);
    }
    None
}
