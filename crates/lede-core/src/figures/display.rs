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
    if !v.is_finite() {
        return String::from("?");
    }
    let neg = v < 0.0;
    let a = v.abs();
    let mut s = if a.fract() == 0.0 && a < 1e15 {
        group(a as u64)
    } else {
        let t = format!("{a:.2}");
        let t = t.trim_end_matches('0').trim_end_matches('.').to_string();
        match t.split_once('.') {
            Some((int, frac)) => {
                let int_v: u64 = int.parse().unwrap_or(0);
                format!("{}.{frac}", group(int_v))
            }
            None => t,
        }
    };
    if neg {
        s.insert(0, '-');
    }
    s
}

fn group(mut n: u64) -> String {
    let mut parts = Vec::new();
    loop {
        if n < 1000 {
            parts.push(n.to_string());
            break;
        }
        parts.push(format!("{:03}", n % 1000));
        n /= 1000;
    }
    parts.reverse();
    parts.join(",")
}

/// A short scaled amount: 5.2e9 → `5.2bn`, 7.5e6 → `7.5m`, 94000 → `94,000`.
pub fn scaled(v: f64) -> String {
    let a = v.abs();
    if a >= 1e12 {
        format!("{}tn", number(v / 1e12))
    } else if a >= 1e9 {
        format!("{}bn", number(v / 1e9))
    } else if a >= 1e6 {
        format!("{}m", number(v / 1e6))
    } else {
        number(v)
    }
}

/// Money: `£5.2bn`, `$94,000`, `AUD 10.5m`, `50c`, `470p`.
pub fn money(code: &str, v: f64) -> String {
    let sign = match code {
        "USD" => "$",
        "GBP" => "£",
        "EUR" => "€",
        "JPY" => "¥",
        "INR" => "₹",
        "cent" => return format!("{}c", number(v)),
        "pence" => return format!("{}p", number(v)),
        _ => return format!("{code} {}", scaled(v)),
    };
    format!("{sign}{}", scaled(v))
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
