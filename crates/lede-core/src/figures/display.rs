//! Display forms: "30+ nations", "~24 leaders", "£5.2bn", "45%", "7–10 days".
//!
//! What it does: writes a figure's normalised value, qualifier and unit as a
//! short label for the user interface and exports.
//!
//! Why: a journalist scanning the margin wants the normalised figure, not the
//! words: "Around two dozen leaders" reads faster as "~24 leaders".
//!
//! Example: money 5.2e9 GBP → `£5.2bn`; count 30 over "nations" → `30+ nations`.

use crate::model::Qualifier;

/// A number without trailing zeros, grouped by thousands: `1,500`, `5.2`.
pub fn number(v: f64) -> String {
    let mut s = String::with_capacity(16);
    push_number(&mut s, v);
    s
}

/// [`number`], written at the end of `out` (no intermediate strings for the
/// common whole numbers).
pub fn push_number(out: &mut String, v: f64) {
    if !v.is_finite() {
        out.push('?');
        return;
    }
    if v < 0.0 {
        out.push('-');
    }
    let a = v.abs();
    // Powers of ten too small or too large to write out: "1.99×10^-30".
    if a != 0.0 && !(1e-4..1e21).contains(&a) {
        let e = a.log10().floor();
        let m = a / 10f64.powf(e);
        let t = crate::decimal::fixed(m, 3);
        out.push_str(t.trim_end_matches('0').trim_end_matches('.'));
        out.push_str("×10^");
        out.push_str(&format!("{}", e as i32));
        return;
    }
    if a.fract() == 0.0 && a < 1e15 {
        push_group(out, a as u64);
        return;
    }
    match hundredths(a) {
        // What the formatted form below gives, without formatting: the
        // integer part grouped, then the hundredths without trailing zeros;
        // no grouping when the hundredths round to nothing ("1234").
        Some(h) => {
            let (int, frac) = (h / 100, h % 100);
            if frac == 0 {
                push_digits(out, int);
            } else {
                push_group(out, int);
                out.push('.');
                out.push(char::from(b'0' + (frac / 10) as u8));
                if frac % 10 != 0 {
                    out.push(char::from(b'0' + (frac % 10) as u8));
                }
            }
        }
        None => {
            let t = crate::decimal::fixed(a, 2);
            let t = t.trim_end_matches('0').trim_end_matches('.');
            match t.split_once('.') {
                Some((int, frac)) => {
                    push_group(out, int.parse().unwrap_or(0));
                    out.push('.');
                    out.push_str(frac);
                }
                None => out.push_str(t),
            }
        }
    }
}

/// `a` (finite, not negative) rounded to a whole number of hundredths, when
/// that is sure to be what `format!("{a:.2}")` writes: `a * 100` is then
/// far enough from a half that its rounding error cannot matter. `None`
/// near a half (or for huge values): the caller formats.
fn hundredths(a: f64) -> Option<u64> {
    let x = a * 100.0;
    if !(0.0..1e12).contains(&x) {
        return None;
    }
    let frac = x - x.floor();
    ((frac - 0.5).abs() > 1e-6).then(|| x.round() as u64)
}

/// `n` in plain digits (no grouping), written at the end of `out`.
pub fn push_digits(out: &mut String, n: u64) {
    crate::decimal::push_padded(out, n, 0);
}

/// `n` in digits grouped by thousands (`1,500,000`), written at the end of
/// `out`.
fn push_group(out: &mut String, mut n: u64) {
    // 20 digits and 6 commas at most.
    let mut buf = [0u8; 26];
    let mut at = buf.len();
    let mut digits = 0;
    loop {
        if digits > 0 && digits % 3 == 0 {
            at -= 1;
            buf[at] = b',';
        }
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        digits += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // ASCII digits and commas: pushed as bytes, no UTF-8 validation of the copy.
    out.extend(buf.get(at..).unwrap_or(&[]).iter().map(|&b| char::from(b)));
}

/// A short scaled amount: 5.2e9 → `5.2bn`, 7.5e6 → `7.5m`, 94000 → `94,000`.
pub fn scaled(v: f64) -> String {
    let mut s = String::with_capacity(16);
    push_scaled(&mut s, v);
    s
}

/// [`scaled`], written at the end of `out`.
pub fn push_scaled(out: &mut String, v: f64) {
    let a = v.abs();
    if a >= 1e12 {
        push_number(out, v / 1e12);
        out.push_str("tn");
    } else if a >= 1e9 {
        push_number(out, v / 1e9);
        out.push_str("bn");
    } else if a >= 1e6 {
        push_number(out, v / 1e6);
        out.push('m');
    } else {
        push_number(out, v);
    }
}

/// Money: `£5.2bn`, `$94,000`, `AUD 10.5m`, `50c`, `470p`, `$71.20`.
pub fn money(code: &str, v: f64) -> String {
    let mut s = String::with_capacity(16);
    push_money(&mut s, code, v);
    s
}

/// [`money`], written at the end of `out`.
pub fn push_money(out: &mut String, code: &str, v: f64) {
    let sign = match code {
        "USD" => "$",
        "GBP" => "£",
        "EUR" => "€",
        "JPY" => "¥",
        "INR" => "₹",
        "cent" | "pence" => {
            push_number(out, v);
            out.push(if code == "cent" { 'c' } else { 'p' });
            return;
        }
        _ => {
            out.push_str(code);
            out.push(' ');
            push_amount(out, v);
            return;
        }
    };
    out.push_str(sign);
    push_amount(out, v);
}

/// A sum of money in a currency: [`push_scaled`], except that an amount
/// under a million with a part of a unit shows whole hundredths, as prices
/// are written (`71.20`, `0.50`, `1,234.05`; `5.2bn` and `94,000` as
/// before), and one under 10,000 with more decimals keeps up to four
/// (`1.3636`, an exchange rate).
///
/// Why: "$71.20 a barrel" displayed as `$71.2` reads as a different way of
/// writing the price, and cents are how money under a million is written.
fn push_amount(out: &mut String, v: f64) {
    let a = v.abs();
    // An exchange rate or a unit price with more than two decimals keeps
    // them, up to four ("$1.3636", "€0.745"): rounding would change it.
    if a < 1e4 && a.fract() != 0.0 && ((a * 100.0).round() - a * 100.0).abs() > 1e-6 {
        let t = (a * 1e4).round();
        if t % 100.0 != 0.0 {
            let t = t as u64;
            if v < 0.0 {
                out.push('-');
            }
            push_group(out, t / 10_000);
            out.push('.');
            let mut frac = String::with_capacity(4);
            crate::decimal::push_padded(&mut frac, t % 10_000, 4);
            out.push_str(frac.trim_end_matches('0'));
            return;
        }
    }
    let cents = if a < 1e6 && a.fract() != 0.0 {
        hundredths(a)
    } else {
        None
    };
    match cents {
        Some(h) if h % 100 != 0 => {
            if v < 0.0 {
                out.push('-');
            }
            push_group(out, h / 100);
            out.push('.');
            crate::decimal::push_padded(out, h % 100, 2);
        }
        _ => push_scaled(out, v),
    }
}

/// The marks [`qualify`] puts before and after an amount.
pub fn qualifier_marks(q: Qualifier) -> (&'static str, &'static str) {
    match q {
        Qualifier::Exact | Qualifier::Range => ("", ""),
        Qualifier::Over => ("", "+"),
        Qualifier::Under => ("<", ""),
        Qualifier::About => ("~", ""),
        Qualifier::AtLeast => ("≥", ""),
        Qualifier::AtMost => ("≤", ""),
    }
}

/// Puts the qualifier around an amount: `30+`, `~24`, `<4`, `≥5`, `≤700`.
pub fn qualify(q: Qualifier, amount: &str) -> String {
    let (before, after) = qualifier_marks(q);
    let mut s = String::with_capacity(before.len() + amount.len() + after.len());
    s.push_str(before);
    s.push_str(amount);
    s.push_str(after);
    s
}

/// A range of amounts: `7–10`.
pub fn range(low: &str, high: &str) -> String {
    let mut s = String::with_capacity(low.len() + high.len() + 3);
    s.push_str(low);
    s.push('–');
    s.push_str(high);
    s
}

#[cfg(test)]
mod tests {
    //! The display forms, and the digits of [`number`] against a
    //! formatting oracle.
    use super::*;

    /// [`number`] as first written: format with two decimals, trim.
    fn oracle(v: f64) -> String {
        let a = v.abs();
        let sign = if v < 0.0 { "-" } else { "" };
        if a.fract() == 0.0 && a < 1e15 {
            return format!("{sign}{}", group_oracle(&format!("{a:.0}")));
        }
        let t = format!("{a:.2}");
        let t = t.trim_end_matches('0').trim_end_matches('.');
        match t.split_once('.') {
            Some((int, frac)) => format!("{sign}{}.{frac}", group_oracle(int)),
            None => format!("{sign}{t}"),
        }
    }

    /// Digits grouped by thousands.
    fn group_oracle(digits: &str) -> String {
        let mut rev = Vec::new();
        for (k, c) in digits.chars().rev().enumerate() {
            if k > 0 && k % 3 == 0 {
                rev.push(',');
            }
            rev.push(c);
        }
        rev.iter().rev().collect()
    }

    /// Checks [`number`] of `v` against the oracle.
    fn check(v: f64) {
        assert_eq!(number(v), oracle(v), "{v:?}");
    }

    #[test]
    fn numbers_match_the_formatted_oracle() {
        for v in [
            0.0,
            0.125,
            0.375,
            1.005,
            2.675,
            1.995,
            0.005,
            0.015,
            1234.001,
            1234.5,
            5.2,
            94.6,
            1_000_000.25,
            7.5e6,
            -3.75,
            -0.004,
            99.999,
            0.995,
            1e13 + 0.5,
        ] {
            check(v);
        }
        // Decimals as parsed from text, and scaled amounts (5.2e9 / 1e9).
        for k in 0..20_000u32 {
            let v = f64::from(k) / 1000.0;
            check(v);
            check(f64::from(k) * 1.0e7 / 1.0e9);
            check(f64::from(k) / 8.0);
        }
    }

    #[test]
    fn qualifiers_and_ranges() {
        assert_eq!(qualify(Qualifier::Over, "30"), "30+");
        assert_eq!(qualify(Qualifier::About, "24"), "~24");
        assert_eq!(qualify(Qualifier::AtMost, "700"), "≤700");
        assert_eq!(qualify(Qualifier::Exact, "5"), "5");
        assert_eq!(range("7", "10"), "7–10");
        assert_eq!(money("GBP", 5.2e9), "£5.2bn");
        assert_eq!(money("AUD", 10.5e6), "AUD 10.5m");
    }

    #[test]
    fn money_under_a_million_shows_whole_cents() {
        assert_eq!(money("USD", 71.2), "$71.20");
        assert_eq!(money("GBP", 0.5), "£0.50");
        assert_eq!(money("EUR", 1234.05), "€1,234.05");
        assert_eq!(money("AUD", 3.75), "AUD 3.75");
        assert_eq!(money("USD", -2.1), "$-2.10");
        // Whole amounts, scaled amounts and cents/pence as before.
        assert_eq!(money("USD", 94_000.0), "$94,000");
        assert_eq!(money("USD", 1.5e6), "$1.5m");
        // More than two decimals are kept, up to four (exchange rates).
        assert_eq!(money("USD", 2.001), "$2.001");
        assert_eq!(money("USD", 1.3636), "$1.3636");
        assert_eq!(money("EUR", 0.74512), "€0.7451");
        assert_eq!(money("cent", 50.0), "50c");
    }
}
