//! Numbers typed by the user (the editor's figure value), read as
//! `str::parse::<f64>` reads them, without the standard library's
//! decimal-to-float code.
//!
//! What it does: [`parse_f64`] accepts exactly the strings `f64::from_str`
//! accepts (an optional sign, then `inf`, `infinity` or `nan` in any case, or
//! digits with an optional point and exponent: `12`, `-1.5`, `.5`, `5.`,
//! `2e-3`, `1E+6`) and gives the same value: the decimal rounded to the
//! nearest `f64`, ties to even. In the browser the rounding is done by
//! JavaScript's `Number` (the same IEEE 754 round-to-nearest); natively (tests,
//! tools) by `str::parse`.
//!
//! Why: `str::parse::<f64>` pulls core's `dec2flt` into the web app (the
//! Eisel-Lemire tables of 128-bit powers of five and the slow-path decimal
//! arithmetic, about 10 KB of the gzipped wasm) for one form field.
//!
//! Example: `parse_f64("2.5e3")` is `Some(2500.0)`, `parse_f64("-inf")` is
//! `Some(f64::NEG_INFINITY)`, `parse_f64("1,000")`, `parse_f64("0x10")` and
//! `parse_f64(" 1")` are `None`.

/// `s` read as `s.parse::<f64>().ok()` reads it.
pub fn parse_f64(s: &str) -> Option<f64> {
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let special = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        Some(f64::INFINITY)
    } else if body.eq_ignore_ascii_case("nan") {
        Some(f64::NAN)
    } else {
        None
    };
    if let Some(v) = special {
        return Some(if negative { -v } else { v });
    }
    if !is_decimal(body) {
        return None;
    }
    Some(round_decimal(s))
}

/// Digits with an optional point (at least one digit on either side), then
/// an optional exponent (`e` or `E`, an optional sign, at least one digit).
fn is_decimal(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let whole = digits(0);
    let mut at = whole;
    let mut fraction = 0;
    if b.get(at) == Some(&b'.') {
        fraction = digits(at + 1);
        at += 1 + fraction;
    }
    if whole + fraction == 0 {
        return false;
    }
    if matches!(b.get(at), Some(b'e' | b'E')) {
        at += 1;
        if matches!(b.get(at), Some(b'+' | b'-')) {
            at += 1;
        }
        let exponent = digits(at);
        if exponent == 0 {
            return false;
        }
        at += exponent;
    }
    at == b.len()
}

/// The nearest `f64` to the decimal `s` (already checked by [`is_decimal`],
/// with its sign): JavaScript's `Number(s)` in wasm.
#[cfg(target_arch = "wasm32")]
fn round_decimal(s: &str) -> f64 {
    js_sys::Number::parse_float(s)
}

/// The nearest `f64` to the decimal `s`: `str::parse` off the web.
#[cfg(not(target_arch = "wasm32"))]
fn round_decimal(s: &str) -> f64 {
    s.parse().unwrap_or(f64::NAN)
}

#[cfg(test)]
mod tests {
    use super::parse_f64;

    /// `parse_f64(s)` must read `s` exactly as `str::parse::<f64>` does.
    fn check(s: &str) {
        let std: Option<f64> = s.parse().ok();
        let got = parse_f64(s);
        assert_eq!(
            got.map(f64::to_bits),
            std.map(f64::to_bits),
            "{s:?}: {got:?} vs {std:?}"
        );
    }

    #[test]
    fn accepts_what_std_accepts() {
        for s in [
            "0",
            "12",
            "-1.5",
            "+3",
            ".5",
            "5.",
            "-.5",
            "2e-3",
            "1E+6",
            "1e400",
            "-1e-400",
            "007",
            "-0",
            "0.1",
            "123456789012345678901234567890",
            "9007199254740993",
            "2.2250738585072011e-308",
            "inf",
            "-Infinity",
            "+INF",
            "NaN",
            "-nan",
            "1.5e",
            "1e+",
            "e5",
            ".",
            "-",
            "+",
            "",
            " 1",
            "1 ",
            "1,000",
            "0x10",
            "1_000",
            "١٢",
            "1..2",
            "1.2.3",
            "--1",
            "+-1",
            "infinit",
            "nana",
            "1e5.5",
            "5e-",
        ] {
            check(s);
        }
    }

    #[test]
    fn accepts_what_std_accepts_on_generated_strings() {
        // Every string of up to four characters over the alphabet of the
        // grammar (and a few outsiders).
        let alphabet = ['0', '7', '.', 'e', 'E', '+', '-', 'i', 'n', 'x', ' '];
        let mut strings = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = strings
                .iter()
                .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
                .collect();
            for s in &longer {
                check(s);
            }
            strings = longer;
        }
    }
}
