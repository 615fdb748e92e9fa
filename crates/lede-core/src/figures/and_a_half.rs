//! "An hour and a half": one unit of time and a half.
//!
//! What it does: reads "a", "an" or "one" followed by a unit of time and
//! "and a half" (or "and half") as a duration of 1.5 of that unit.
//!
//! Why: "two and a half hours" puts the half before the unit and was read;
//! the common "an hour and a half", "a year and a half" puts it after, and
//! no figure came out at all (the half alone is no figure).
//!
//! Example: `"talks lasted an hour and a half"` → 1.5 hours, kind duration.

use super::tokens::Ctx;
use super::units;

/// The duration starting at token `i`: its unit and last token.
pub fn parse(ctx: &Ctx, i: usize) -> Option<(&'static str, usize)> {
    if !ctx.is_word(i) {
        return None;
    }
    let u = ctx.next_word(i)?;
    // "and" first: it is missing after most words.
    let and = ctx.next_word(u).filter(|&k| ctx.is(k, "and"))?;
    if !(ctx.is(i, "a") || ctx.is(i, "an") || ctx.is(i, "one")) {
        return None;
    }
    let unit = units::time_unit(ctx.lower(u).as_str())?;
    // The singular unit only: "one hours and a half" is no English.
    if ctx.s(u).ends_with('s') {
        return None;
    }
    let mut half = ctx.next_word(and)?;
    if ctx.is(half, "a") {
        half = ctx.next_word(half)?;
    }
    ctx.is(half, "half").then_some((unit, half))
}

/// Whether an article followed by the word `w` at token `u` may open
/// [`parse`]: `w` is a unit of time and "and" follows it (a cheap look for
/// the scan, "and" first).
pub fn opens(ctx: &Ctx, u: usize, w: &str) -> bool {
    ctx.next_word(u).is_some_and(|k| ctx.is(k, "and")) && units::time_unit(w).is_some()
}
