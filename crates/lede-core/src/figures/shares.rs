//! Shares written as "N in M" or "N out of M": "one in five adults",
//! "nine out of 10 doctors", "nine times out of ten".
//!
//! What it does: reads a whole number followed by "in" or "out of" and a
//! larger whole number as one figure whose value is the share N/M (like
//! "two thirds"), with the noun after M as unit; the display keeps the
//! words' form ("1 in 5 adults").
//!
//! Why: this is how news states proportions from surveys and studies; read
//! number by number, "one in five adults" became "5 adults", a count the
//! text never states. "2 in 3 hours" is no share (a time unit follows).
//!
//! Example: `"Nearly one in four homes"` → value 0.25, unit `home`,
//! qualifier under, display `<1 in 4 homes`.

use super::numbers::{self, Num};
use super::tokens::Ctx;
use super::units::{self, UnitMatch};
use crate::model::FigureKind;

/// A share after its numerator.
pub struct Share {
    /// The denominator.
    pub of: f64,
    /// Last token of the denominator.
    pub last: usize,
    /// The noun after the denominator.
    pub noun: Option<UnitMatch>,
}

/// The "in M" or "out of M" after the whole number `num`.
pub fn after(ctx: &Ctx, num: &Num) -> Option<Share> {
    if num.value.fract() != 0.0 || num.value < 1.0 || num.scaled {
        return None;
    }
    let mut joint = ctx.next_word(num.last)?;
    if ctx.next(num.last) != Some(joint) {
        return None;
    }
    // "nine times out of ten"
    if ctx.is(joint, "times") {
        joint = ctx.next_word(joint).filter(|&o| ctx.is(o, "out"))?;
    }
    let k = if ctx.is(joint, "in") {
        ctx.next(joint)?
    } else if ctx.is(joint, "out") {
        let of = ctx.next_word(joint).filter(|&o| ctx.is(o, "of"))?;
        ctx.next(of)?
    } else {
        return None;
    };
    let den = numbers::parse(ctx, k)?;
    // "1 in 10,000", "one in a million" are risks; larger denominators are
    // rarely shares.
    if den.value.fract() != 0.0 || den.value <= num.value || den.value > 1e7 {
        return None;
    }
    // A share must not read like a date or a span of time ("2 in 3 hours",
    // "one in 2020").
    if den.plain_int && den.digits == 4 {
        return None;
    }
    let noun = units::after(ctx, den.last, den.value);
    if noun.as_ref().is_some_and(|u| u.kind != FigureKind::Count) {
        return None;
    }
    Some(Share {
        of: den.value,
        last: den.last,
        noun,
    })
}
