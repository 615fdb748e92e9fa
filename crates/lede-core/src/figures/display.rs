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
    let mut s = String::new();
    push_number(&mut s, v);
    s
}

/// [`number`], written at the end of `out` (no intermediate strings for the
/// common whole numbers).
fn push_number(out: &mut String, v: f64) {
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
        let t = format!("{m:.3}");
        out.push_str(t.trim_end_matches('0').trim_end_matches('.'));
        out.push_str("×10^");
        out.push_str(&format!("{}", e as i32));
        return;
    }
    if a.fract() == 0.0 && a < 1e15 {
        push_group(out, a as u64);
        return;
    }
    let t = format!("{a:.2}");
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
    for &b in &buf[at..] {
        out.push(char::from(b));
    }
}

/// A short scaled amount: 5.2e9 → `5.2bn`, 7.5e6 → `7.5m`, 94000 → `94,000`.
pub fn scaled(v: f64) -> String {
    let mut s = String::new();
    push_scaled(&mut s, v);
    s
}

/// [`scaled`], written at the end of `out`.
fn push_scaled(out: &mut String, v: f64) {
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

/// Money: `£5.2bn`, `$94,000`, `AUD 10.5m`, `50c`, `470p`.
pub fn money(code: &str, v: f64) -> String {
    let mut s = String::with_capacity(16);
    let sign = match code {
        "USD" => "$",
        "GBP" => "£",
        "EUR" => "€",
        "JPY" => "¥",
        "INR" => "₹",
        "cent" | "pence" => {
            push_number(&mut s, v);
            s.push(if code == "cent" { 'c' } else { 'p' });
            return s;
        }
        _ => {
            s.push_str(code);
            s.push(' ');
            push_scaled(&mut s, v);
            return s;
        }
    };
    s.push_str(sign);
    push_scaled(&mut s, v);
    s
}

/// Puts the qualifier around an amount: `30+`, `~24`, `<4`, `≥5`, `≤700`.
pub fn qualify(q: Qualifier, amount: &str) -> String {
    match q {
        Qualifier::Exact | Qualifier::Range => amount.to_string(),
        Qualifier::Over => format!("{amount}+"),
        Qualifier::Under => format!("<{amount}"),
        Qualifier::About => format!("~{amount}"),
        Qualifier::AtLeast => format!("≥{amount}"),
        Qualifier::AtMost => format!("≤{amount}"),
    }
}

/// A range of amounts: `7–10`.
pub fn range(low: &str, high: &str) -> String {
    format!("{low}–{high}")
}
