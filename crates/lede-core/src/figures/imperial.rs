//! Imperial measures in two units: "6ft 2in", "5 feet 10 inches", "14st
//! 7lb", "7lb 4oz".
//!
//! What it does: after a measure in feet, stones or pounds, reads a second
//! number in the next smaller unit (inches, pounds, ounces; fewer than make
//! one of the first unit) and gives the part of the first unit it adds
//! (2in → 1/6 ft) and the display of that part ("2 in").
//!
//! Why: heights and weights in British and American copy are written this
//! way; read alone, "6ft 2in" was a 6-foot figure and a stray 2.
//!
//! Example: `"the 6ft 2in forward"` → 6.1667 ft, display `6 ft 2 in`.

use super::tokens::{Ctx, Tk};

/// The second part after a measure in `unit` ending at token `last`: the
/// value it adds in `unit`, its display and its last token.
pub fn second_part(ctx: &Ctx, unit: &str, last: usize) -> Option<(f64, String, usize)> {
    let (per, subs, shown): (f64, &[&str], &str) = match unit {
        "foot" => (12.0, &["in", "inch", "inches", "\u{2033}"], "in"),
        "stone" => (14.0, &["lb", "lbs", "pound", "pounds"], "lb"),
        "pound" => (16.0, &["oz", "ounce", "ounces"], "oz"),
        _ => return None,
    };
    // "6-foot-2" (US style): the second number hyphenated, its unit implied.
    let hyphenated = ctx.hyphen_joins(last) && ctx.is_num(last + 2);
    let k = if hyphenated {
        last + 2
    } else {
        ctx.next(last).filter(|&k| ctx.is_num(k))?
    };
    let text = ctx.s(k);
    let (value, malformed, _, _) = super::numbers::digits_value(text);
    if malformed {
        return None;
    }
    if !(0.0..per).contains(&value) {
        return None;
    }
    // The unit left out: "6-foot-2", "6 feet 5." or "14 stone 7" before a
    // mark, the end or "tall".
    let implied = match ctx.kind(k + 1) {
        None | Some(Tk::Space(true)) => true,
        Some(Tk::Punct(c)) => matches!(c, '.' | ',' | ';' | ':' | ')' | '!' | '?'),
        Some(Tk::Word) => false,
        _ => ctx.next_word(k).is_some_and(|w| ctx.is(w, "tall")),
    };
    if hyphenated || implied {
        // "6-foot-2s", "6-foot-2in" (that one is read below): a word glued on.
        if hyphenated && matches!(ctx.kind(k + 1), Some(Tk::Word | Tk::Num)) {
            return None;
        }
        let mut display = String::with_capacity(12);
        display.push_str(text);
        display.push(' ');
        display.push_str(shown);
        return Some((value / per, display, k));
    }
    // The unit glued ("2in") or after one space ("10 inches").
    let glued = ctx.adjacent(k, k + 1) && (ctx.is_word(k + 1) || ctx.is_punct(k + 1, '\u{2033}'));
    let u = if glued { k + 1 } else { ctx.next(k)? };
    let glued_only = matches!(ctx.s(u), "in" | "\u{2033}");
    if glued_only && !glued {
        return None;
    }
    if !subs.iter().any(|s| ctx.s(u).eq_ignore_ascii_case(s)) {
        return None;
    }
    // Shown as the first unit is: "2 in" after "6ft", "10 inches" after
    // "5 feet".
    let mut display = String::with_capacity(12);
    display.push_str(text);
    display.push(' ');
    display.push_str(if glued { shown } else { ctx.s(u) });
    Some((value / per, display, u))
}
