//! Ages implied by the sentence: "he will be 35 by June", "she is 62.",
//! "life expectancy is around 73".
//!
//! What it does: reads a bare whole number from 1 to 120 as an age in
//! years when a personal pronoun and a form of "to be" come right before it
//! ("he will be 35", "they were 19") and the clause ends or goes on with a
//! time phrase after it, or when "life expectancy" comes shortly before it.
//!
//! Why: news gives ages without "years old" all the time; a bare 35 in "He
//! will be 35 by the end of the year" is an age, not a count of nothing.
//! The apposition ("Ann Lee, 35,", "the minister, 61," through
//! [`person_noun`]), "aged 35" and "who was 35" forms are read where the
//! quantity is built; these are the remaining common ones.
//!
//! Example: `"She was 17 when she left"` → 17, unit `year`, kind age;
//! `"It was 17 when counted"` stays a bare count.

use super::numbers::Num;
use super::tokens::{Ctx, Tk};
use crate::model::Qualifier;

/// Whether the bare number ending at token `last`, whose figure starts at
/// token `first`, is an age by its context.
pub fn implied(ctx: &Ctx, first: usize, last: usize) -> bool {
    after_pronoun(ctx, first) && clause_goes_on(ctx, last) || after_life_expectancy(ctx, first)
}

/// "he is", "she was", "they will be", "I'd be" right before `first`.
fn after_pronoun(ctx: &Ctx, first: usize) -> bool {
    let Some(verb) = ctx.prev_word(first) else {
        return false;
    };
    let subject = match ctx.lower(verb).as_str() {
        "is" | "was" | "were" | "are" | "am" => ctx.prev_word(verb),
        "be" => ctx
            .prev_word(verb)
            .filter(|&m| matches!(ctx.lower(m).as_str(), "will" | "would" | "could" | "might"))
            .and_then(|m| ctx.prev_word(m)),
        _ => None,
    };
    subject.is_some_and(|s| {
        matches!(
            ctx.lower(s).as_str(),
            "he" | "she" | "i" | "we" | "they" | "you"
        )
    })
}

/// After the number: the end of the clause or a time phrase ("by June",
/// "when", "next month", "in March").
fn clause_goes_on(ctx: &Ctx, last: usize) -> bool {
    match ctx.next(last) {
        None => true,
        Some(n) => match ctx.kind(n) {
            Some(Tk::Punct(c)) => matches!(c, '.' | ',' | ';' | '!' | '?' | ')'),
            // "in March", "in 2030", not "in the league" or "in total".
            Some(Tk::Word) if ctx.is(n, "in") => ctx.next(n).is_some_and(|k| {
                super::dates::month(ctx.lower(k).as_str()).is_some()
                    || ctx.is_num(k) && ctx.s(k).len() == 4
            }),
            Some(Tk::Word) => matches!(
                ctx.lower(n).as_str(),
                "by" | "when" | "next" | "this" | "on" | "and" | "but"
            ),
            _ => false,
        },
    }
}

/// "life expectancy" within a few words before the number.
fn after_life_expectancy(ctx: &Ctx, first: usize) -> bool {
    let mut k = first;
    for _ in 0..8 {
        let Some(p) = ctx.prev_word(k) else {
            return false;
        };
        if ctx.is(p, "expectancy") {
            return ctx.prev_word(p).is_some_and(|l| ctx.is(l, "life"));
        }
        k = p;
    }
    false
}

/// What it does: true for a noun naming a person by role or relation
/// ("minister", "mother", "driver"), the word an age in apposition follows
/// when no name is given.
/// Why: "Jamie Armstrong, 25, said" is read through the capitalised name;
/// "the prime minister, 61, said" and "his mother, 48, was" name no one,
/// and the bare 61 came out as a count of nothing.
/// Example: `"The driver, 34, was arrested"` → 34 years old.
pub fn person_noun(w: &str) -> bool {
    // A `matches!`: read for most bare numbers after a comma.
    matches!(
        w,
        "minister"
            | "president"
            | "leader"
            | "chancellor"
            | "secretary"
            | "chairman"
            | "chairwoman"
            | "executive"
            | "founder"
            | "owner"
            | "manager"
            | "coach"
            | "captain"
            | "striker"
            | "footballer"
            | "player"
            | "actor"
            | "actress"
            | "singer"
            | "star"
            | "man"
            | "woman"
            | "boy"
            | "girl"
            | "teenager"
            | "father"
            | "mother"
            | "son"
            | "daughter"
            | "husband"
            | "wife"
            | "brother"
            | "sister"
            | "grandmother"
            | "grandfather"
            | "driver"
            | "officer"
            | "teacher"
            | "student"
            | "pensioner"
            | "victim"
            | "suspect"
            | "defendant"
            | "soldier"
            | "worker"
            | "resident"
            | "spokesman"
            | "spokeswoman"
            | "mp"
            | "patient"
            | "passenger"
            | "nurse"
            | "doctor"
            | "farmer"
            | "pupil"
            | "pilot"
            | "mum"
            | "dad"
            | "grandson"
            | "granddaughter"
            | "neighbour"
            | "neighbor"
            | "widow"
            | "widower"
            | "partner"
            | "boyfriend"
            | "girlfriend"
            | "motorist"
            | "cyclist"
            | "pedestrian"
    )
}

/// An age group written "over-65s" or "under-18s" around the number `num`:
/// the qualifier (over, under) and the group's first token ("over").
///
/// Why: "the over-65s" are people older than 65; read alone it was a bare
/// count of 65.
///
/// Example: `"free for over-65s"` → over 65 years old (`65+ years old`).
pub fn group(ctx: &Ctx, num: &Num) -> Option<(Qualifier, usize)> {
    let f = num.first;
    if !ctx.glued_s(num.last) || !num.plain_int || num.words || f < 2 || !ctx.hyphen_joins(f - 2) {
        return None;
    }
    let q = match ctx.lower(f - 2).as_str() {
        "over" => Qualifier::Over,
        "under" => Qualifier::Under,
        _ => return None,
    };
    Some((q, f - 2))
}
