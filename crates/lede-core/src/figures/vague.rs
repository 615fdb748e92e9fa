//! Vague plural quantities: `dozens of`, `hundreds of`, `thousands of`,
//! `tens of thousands of`, `millions of`.
//!
//! What it does: reads a plural number word followed by `of` and gives the
//! order of magnitude it names as a range (`thousands` → 1,000–10,000) with
//! the noun after `of` as unit (`thousands of job cuts` → unit `cut`,
//! displayed `1,000–10,000 cuts`).
//!
//! Why: "thousands of jobs" is a claim about size that a fact-checker may
//! want to pin down; the peer suites from real news count it as a range.
//!
//! Example: `"tens of millions of dollars"` → money 1e7–1e8 USD.

use super::tokens::Ctx;
use super::units::{self, UnitMatch};

/// The base of a plural number word ("thousands" → 1000).
pub(super) fn base(w: &str) -> Option<f64> {
    Some(match w {
        "dozens" => 12.0,
        "scores" => 20.0,
        "hundreds" => 100.0,
        "thousands" => 1e3,
        "millions" => 1e6,
        "billions" => 1e9,
        "trillions" => 1e12,
        _ => return None,
    })
}

/// A vague quantity at token `i`: (low, high, last token of the quantity
/// words, the unit after `of` if any).
pub fn parse(ctx: &Ctx, i: usize) -> Option<(f64, f64, usize, Option<UnitMatch>)> {
    let w = ctx.lower(i);
    let (mut low, mut k) = if w.as_str() == "tens" {
        // "tens of thousands of"
        let of = ctx.next_word(i)?;
        if !ctx.is(of, "of") {
            return None;
        }
        let b = ctx.next_word(of)?;
        (base(ctx.lower(b).as_str()).filter(|b| *b >= 1e3)? * 10.0, b)
    } else {
        (base(w.as_str())?, i)
    };
    // "hundreds of thousands of"
    let of = ctx.next_word(k)?;
    if !ctx.is(of, "of") {
        return None;
    }
    let mut after = ctx.next_word(of)?;
    if let Some(b2) = base(ctx.lower(after).as_str()).filter(|b| *b >= 1e3 && low < 1e3) {
        let of2 = ctx.next_word(after)?;
        if !ctx.is(of2, "of") {
            return None;
        }
        low *= b2;
        k = after;
        after = ctx.next_word(of2)?;
    }
    let high = if low == 12.0 { 120.0 } else { low * 10.0 };
    let unit = units::after(ctx, after - 1, low).or_else(|| units::counted_noun(ctx, after, true));
    // Only the quantity words make the span; the unit is kept as data.
    Some((low, high, k, unit))
}
