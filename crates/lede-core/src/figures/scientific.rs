//! Scientific notation: `1.99×10−30`, `6.2 x 10^-4`, `3*10^8`, `10⁹`.
//!
//! What it does: extends a digit number by a power of ten written after it
//! (a multiplication sign `×`, `x` or `*`, then `10`, then the exponent
//! after `^`, a minus sign or as superscript digits) and multiplies the
//! value out.
//!
//! Why: science and health stories quote constants and doses this way; read
//! digit by digit, "2.998×10−8 metres per second" became three figures (2.998,
//! 10 and "8 metres per second"), all wrong.
//!
//! Example: `"2.5×10−3 grams"` → value 0.0025, unit `gram`; `"10^6 cells"`
//! → 1,000,000 cells.

use super::numbers::Num;
use super::tokens::{Ctx, Tk};

/// Extends `num` (digits, ending at `num.last`) by a power of ten after it;
/// false (and `num` untouched) when none follows.
pub fn extend(ctx: &Ctx, num: &mut Num) -> bool {
    let m = num.last;
    // "10^6", "10⁹": a bare power of ten.
    let (ten, mantissa, after_sign) = if ctx.s(m) == "10" && exponent(ctx, m, false).is_some() {
        (m, 1.0, false)
    } else {
        let Some(times) = ctx.next(m) else {
            return false;
        };
        let sign = matches!(ctx.kind(times), Some(Tk::Punct('×' | '*' | '·')))
            || ctx.s(times) == "x"
            || ctx.s(times) == "X";
        let Some(ten) = ctx.next(times) else {
            return false;
        };
        // The sign and "10" glued together, or the sign spaced on both sides.
        let glued = ctx.adjacent(m, times) == ctx.adjacent(times, ten);
        if !(sign && glued && ctx.s(ten) == "10") {
            return false;
        }
        (ten, num.value, true)
    };
    let Some((exp, last)) = exponent(ctx, ten, after_sign) else {
        return false;
    };
    let value = mantissa * 10f64.powi(exp);
    if !value.is_finite() || value == 0.0 {
        return false;
    }
    num.value = value;
    num.last = last;
    num.plain_int = false;
    num.scaled = true;
    num.scale = 10f64.powi(exp);
    true
}

/// The exponent written right after the `10` at token `ten`: `^6`, `^-4`,
/// `−30` (a minus sign, only `after_sign`: after a multiplication sign),
/// `⁻³⁰` (superscripts). Returns it and its last token.
fn exponent(ctx: &Ctx, ten: usize, after_sign: bool) -> Option<(i32, usize)> {
    let mut k = ten + 1;
    if !ctx.adjacent(ten, k) {
        return None;
    }
    let caret = ctx.is_punct(k, '^');
    if caret {
        k += 1;
    }
    // Superscript digits and minus: "10⁻³⁰".
    let mut sup = String::new();
    let mut last_sup = None;
    let mut j = k;
    while let Some(Tk::Punct(c)) = ctx.kind(j) {
        let d = match c {
            '⁻' => '-',
            '⁰' => '0',
            '¹' => '1',
            '²' => '2',
            '³' => '3',
            '⁴'..='⁹' => char::from_digit(c as u32 - '⁴' as u32 + 4, 10)?,
            _ => break,
        };
        if j > k && !ctx.adjacent(j - 1, j) {
            break;
        }
        sup.push(d);
        last_sup = Some(j);
        j += 1;
    }
    if let Some(l) = last_sup.filter(|_| !caret) {
        return Some((small_exponent(&sup)?, l));
    }
    let negative = matches!(ctx.kind(k), Some(Tk::Punct('-' | '\u{2212}')));
    // Without a caret only a minus sign marks the exponent ("10−30"):
    // "10-30" with a hyphen is a range unless a multiplication sign came
    // before.
    if !(caret || negative && after_sign) {
        return None;
    }
    if negative || ctx.is_punct(k, '+') {
        if !ctx.adjacent(k - 1, k) {
            return None;
        }
        k += 1;
    }
    if !(ctx.is_num(k) && ctx.adjacent(k - 1, k)) {
        return None;
    }
    let e = small_exponent(ctx.s(k))?;
    Some((if negative { -e } else { e }, k))
}

/// An exponent of at most two digits (and a sign).
fn small_exponent(s: &str) -> Option<i32> {
    let digits = s.strip_prefix('-').unwrap_or(s);
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}
