//! Times written with colons: "2:14:04" (a marathon), "1:58.3" (a
//! swimmer's 200m), read as durations.
//!
//! What it does: reads hours, minutes and seconds joined by colons with no
//! space ("2:14:04", "1:02:33.5"), or minutes and seconds with a decimal
//! fraction ("1:58.3", "3:29.41"), as one duration in seconds, shown as
//! written.
//!
//! Why: results in sport and the timings of events are written this way;
//! digits joined by a colon were skipped as a clock time ("10:30"), so a
//! race time was lost. Two groups without a fraction stay clock times, and
//! a time after "at", "by", "until" or "from" is one.
//!
//! Example: `"won in 2:14:04"` → 8,044 seconds, display `2:14:04`.

use super::numbers::Num;
use super::tokens::{Ctx, Tk};

/// Words before a clock time.
const CLOCK: &str = words!["at", "by", "until", "till", "from", "before", "after", "around"];

/// The duration in seconds starting at `num` and its last token.
pub fn at(ctx: &Ctx, num: &Num) -> Option<(f64, usize)> {
    if !num.plain_int || num.words || num.digits > 2 {
        return None;
    }
    // "2019-09-01T10:38:07": a timestamp's time glued to its date.
    if num.first > 0
        && ctx.adjacent(num.first - 1, num.first)
        && ctx
            .kind(num.first - 1)
            .is_some_and(|k| !matches!(k, Tk::Space(_) | Tk::Punct('(' | '[' | '"' | '“')))
    {
        return None;
    }
    // A group glued after a colon: its value, and whether it has a fraction.
    let group = |colon: usize| -> Option<(f64, bool)> {
        let k = colon + 1;
        if !ctx.is_punct(colon, ':') || !ctx.adjacent(colon - 1, colon) || !ctx.adjacent(colon, k) {
            return None;
        }
        if !ctx.is_num(k) {
            return None;
        }
        let s = ctx.s(k);
        let (whole, fraction) = s.split_once('.').unwrap_or((s, ""));
        let ok = whole.len() == 2
            && whole.bytes().all(|b| b.is_ascii_digit())
            && fraction.bytes().all(|b| b.is_ascii_digit());
        if !ok {
            return None;
        }
        let v = super::numbers::digits_value(s).0;
        (v < 60.0).then_some((v, !fraction.is_empty()))
    };
    let (second, fraction2) = group(num.last + 1)?;
    let third = if fraction2 { None } else { group(num.last + 3) };
    let (seconds, last) = match third {
        Some((s, _)) => (num.value * 3600.0 + second * 60.0 + s, num.last + 4),
        None if fraction2 => (num.value * 60.0 + second, num.last + 2),
        None => return None,
    };
    // "2:14:04:11", "10:30:00 GMT" after "at": no race time.
    if ctx.is_punct(last + 1, ':') && ctx.adjacent(last, last + 1) {
        return None;
    }
    let clock = ctx
        .prev_word(num.first)
        .is_some_and(|p| crate::listed(CLOCK, ctx.lower(p).as_str()));
    (!clock).then_some((seconds, last))
}
