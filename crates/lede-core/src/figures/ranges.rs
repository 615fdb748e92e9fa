//! Ranges: two bounds sharing one unit.
//!
//! What it does: after a first number, reads a second bound joined by a dash
//! (`10-20`, `1000 – 5000`, `5k-20k`), `to`, `through`, `~`, or `and` after
//! `between`; carries a scale word back to the first bound (`5-6 million`
//! → 5e6..6e6). Also the decided case "next week to 10 days" (7..10 days).
//!
//! Why: "between 10 and 20 per cent" is one claim with two bounds, not two
//! figures; the gold convention gives it `value`, `value_high` and qualifier
//! `range`.
//!
//! Example: `"between 20 and 30"` → 20..30; `"won 2-1"` is no range (the
//! high bound is lower: a score).

use super::numbers::{self, Num};
use super::tokens::Ctx;
use super::units;

/// The second bound of a range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct High {
    /// The number.
    pub num: Num,
    /// A currency written before it ("£5-£6bn").
    pub currency: Option<&'static str>,
    /// What the first bound's value is multiplied by: the second bound's
    /// scale carried back ("5-6 million"), 1000 for thousands carried back
    /// ("$50-100,000"), else 1.
    pub low_factor: f64,
}

/// The second bound after the number ending at `last`. `between` allows
/// `and` as the joint.
pub fn second(ctx: &Ctx, low: &Num, between: bool, from: bool) -> Option<High> {
    let last = low.last;
    let sep = if ctx.is_range_dash(last + 1) {
        last + 1
    } else {
        let n = ctx.next(last)?;
        if ctx.is_range_dash(n)
            // "between seven to 10 years": a loose "between" takes "to".
            || ctx.is(n, "to")
            || ctx.is(n, "through") && !between && !from
            || ctx.is(n, "and") && between
            // "from 2014 until 2018", "between 2014 through 2018": years.
            || (between || from)
                && low.plain_int
                && low.digits == 4
                && (ctx.is(n, "until") || ctx.is(n, "till") || ctx.is(n, "through"))
        {
            n
        } else {
            return None;
        }
    };
    // "a 10- to 15-year sentence": a dangling hyphen, then the joint.
    let sep = match ctx.next(sep) {
        Some(t)
            if !ctx.is_word(sep)
                && matches!(ctx.kind(sep + 1), Some(super::tokens::Tk::Space(_)))
                && ctx.is(t, "to") =>
        {
            t
        }
        _ => sep,
    };
    let dash = !ctx.is_word(sep);
    let mut j = if dash && !matches!(ctx.kind(sep + 1), Some(super::tokens::Tk::Space(_))) {
        sep + 1
    } else {
        ctx.next(sep)?
    };
    let mut currency = None;
    if let Some((code, n)) = units::currency_before(ctx, j) {
        currency = Some(code);
        j = n;
    }
    let mut high = numbers::parse(ctx, j)?;
    let year = |n: &Num| n.plain_int && n.digits == 4 && (1900.0..=2100.0).contains(&n.value);
    // A year runs to a year ("2019-20", "1990-2010") or the two are plain
    // amounts ("2000 - 2500 calories").
    if year(low) && !year(&high) && !(high.plain_int && matches!(high.digits, 2 | 4)) {
        return None;
    }
    // "increased by $43.6bn to $419.2bn" is a change, not a range; "fell
    // by 1 to 1.5 degrees", with no currency before the first amount, is a
    // range.
    let currency_before_low = ctx
        .prev(low.first)
        .is_some_and(|p| units::currency_before(ctx, p).is_some_and(|(_, n)| n == low.first));
    if ctx.is(sep, "to") && currency_before_low {
        let mut k = low.first;
        while let Some(p) = ctx.prev(k) {
            if matches!(
                ctx.kind(p),
                Some(super::tokens::Tk::Punct('$' | '£' | '€' | '¥'))
            ) || ctx.is_word(p) && super::qualifiers::before(ctx, p).is_some_and(|b| b.next == k)
            {
                k = p;
                continue;
            }
            break;
        }
        if ctx.prev_word(k).is_some_and(|p| ctx.is(p, "by")) {
            return None;
        }
    }
    if high.malformed || dash && (high.words || low.words) {
        return None;
    }
    // Two years: "2019-20" → 2019..2020.
    let mut low_v = low.value;
    if low.plain_int && low.digits == 4 && high.plain_int && high.digits == 2 && dash {
        high.value += (low.value / 100.0).floor() * 100.0;
    }
    // Carry the scale back: "5-6 million" (not "$200 to $4 million").
    let low_factor = if carries_scale(low, &high) {
        high.scale
    } else if dash && carries_thousands(ctx, low, &high) {
        1000.0
    } else {
        1.0
    };
    low_v *= low_factor;
    // "from 4.8 percent to 4.7 percent" is a range too (the caller puts
    // the bounds in order); otherwise a lower second number is a score or
    // a code ("won 2-1").
    if low_v >= high.value && !(from && low_v > high.value) || low_v < 0.0 {
        return None;
    }
    Some(High {
        num: high,
        currency,
        low_factor,
    })
}

/// Whether a dash range carries thousands back to its first bound:
/// "$50-100,000" and "10-12,000 fans" mean 50,000 to 100,000 and 10,000 to
/// 12,000, the way "5-6 million" carries its scale.
///
/// What it checks: the first bound is a bare integer from 2 to 999 (no
/// separator, decimal or scale), the second is written with a thousands
/// separator and ends in ",000" (a round number of thousands, at least
/// 10,000), and the first bound read as thousands is still below it. Read
/// plainly the two bounds would differ a thousandfold or more, which is
/// no range anyone writes with a dash; "1-10,000" (a scale's ends) and
/// "2-1,500" (not round) stay as written.
fn carries_thousands(ctx: &Ctx, low: &Num, high: &Num) -> bool {
    low.plain_int
        && (2.0..1000.0).contains(&low.value)
        && !high.scaled
        && !high.words
        && high.value >= 10_000.0
        && low.value * 1000.0 < high.value
        && high.first == high.last
        && ctx.s(high.first).ends_with(",000")
}

fn carries_scale(low: &Num, high: &Num) -> bool {
    !low.scaled && high.scaled && low.value < high.value / high.scale
}

/// "next week to 10 days", "a week to 10 days": a week read as 7 days so
/// both bounds share a unit. Returns (low, high, last token of the span).
pub fn week_to_days(ctx: &Ctx, i: usize) -> Option<(f64, f64, usize)> {
    if !(ctx.is(i, "next") || ctx.is(i, "a") || ctx.is(i, "one")) {
        return None;
    }
    let w = ctx.next_word(i)?;
    if !ctx.is(w, "week") {
        return None;
    }
    let t = ctx.next_word(w)?;
    if !ctx.is(t, "to") {
        return None;
    }
    let n = ctx.next(t)?;
    let high = numbers::parse(ctx, n)?;
    let d = ctx.next_word(high.last)?;
    if !ctx.is(d, "days") || high.value <= 7.0 {
        return None;
    }
    Some((7.0, high.value, d))
}
