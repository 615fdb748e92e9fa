//! Decimal text of floating-point numbers, exactly as `format!` writes it,
//! without the standard library's float formatting code.
//!
//! What it does: [`fixed`] writes what `format!("{v:.2}")` (or `.3`, `.1`,
//! `.0`) writes: the exact binary value rounded half to even; [`shortest`] and
//! [`shortest_f32`] write what `v.to_string()` writes: the shortest digits
//! that read back as `v`, laid out without an exponent.
//!
//! Why: `{:.2}` and `f64`'s `Display` pull in core's Grisu and Dragon4
//! formatters with their power-of-ten tables, about 14 KB of the web app.
//! The shortest digits come from `zmij`, which `serde_json` already uses for
//! every number it writes, and fixed-point with up to three decimals needs only
//! integer arithmetic.
//!
//! Example: `fixed(0.125, 2)` is `0.12` (a tie, to even), `fixed(-0.001, 1)`
//! is `-0.0`; `shortest(1e21)` is `1000000000000000000000` and
//! `shortest(0.1 + 0.2)` is `0.30000000000000004`.

/// `v` with `decimals` digits after the point (at most 3; more are taken as
/// 3), as `format!("{v:.decimals$}")` writes it.
pub fn fixed(v: f64, decimals: u32) -> String {
    let mut out = String::new();
    push_fixed(&mut out, v, decimals);
    out
}

/// [`fixed`], written at the end of `out`.
pub fn push_fixed(out: &mut String, v: f64, decimals: u32) {
    let decimals = decimals.min(3);
    if v.is_nan() {
        out.push_str("NaN");
        return;
    }
    if v.is_sign_negative() {
        out.push('-');
    }
    if v.is_infinite() {
        out.push_str("inf");
        return;
    }
    let (mantissa, exponent) = decompose(v.abs());
    let scale = 10u64.pow(decimals);
    if exponent >= 0 {
        // A whole number, maybe far above u64: every digit is exact.
        push_big(out, mantissa, exponent.unsigned_abs());
        if decimals > 0 {
            out.push('.');
            out.extend(std::iter::repeat_n('0', decimals as usize));
        }
        return;
    }
    // v * scale = mantissa * scale / 2^shift, rounded half to even. Below
    // 2^-64 the value is under 2^-11, so it rounds to 0 with three decimals.
    let shift = exponent.unsigned_abs();
    let scaled = if shift > 64 {
        0
    } else {
        let numerator = u128::from(mantissa) * u128::from(scale);
        let quotient = numerator >> shift;
        let rest = numerator - (quotient << shift);
        let half = 1u128 << (shift - 1);
        let up = rest > half || (rest == half && quotient & 1 == 1);
        // mantissa < 2^53 and scale <= 1000, so the quotient fits a u64.
        u64::try_from(quotient).unwrap_or(u64::MAX) + u64::from(up)
    };
    push_u64(out, scaled / scale);
    if decimals > 0 {
        out.push('.');
        let fraction = scaled % scale;
        let mut place = scale / 10;
        while place > 1 && fraction < place {
            out.push('0');
            place /= 10;
        }
        push_u64(out, fraction);
    }
}

/// `v` as `v.to_string()` writes it: the shortest digits that read back as
/// `v`, without an exponent (`1e21` is `1000000000000000000000`).
pub fn shortest(v: f64) -> String {
    if !v.is_finite() {
        return non_finite(v.is_nan(), v < 0.0);
    }
    layout(zmij::Buffer::new().format_finite(v), v)
}

/// [`shortest`] for an `f32`, as `v.to_string()` writes it (the shortest
/// digits of the `f32`, not of its `f64` widening).
pub fn shortest_f32(v: f32) -> String {
    if !v.is_finite() {
        return non_finite(v.is_nan(), v < 0.0);
    }
    layout(zmij::Buffer::new().format_finite(v), f64::from(v))
}

fn non_finite(nan: bool, negative: bool) -> String {
    match (nan, negative) {
        (true, _) => "NaN",
        (false, true) => "-inf",
        (false, false) => "inf",
    }
    .to_string()
}

/// Rewrites zmij's output (`-1.5`, `40.0`, `1e21`, `1.5e-7`) for `exact`
/// as `Display` lays it out: no exponent, no `.0` on whole numbers.
///
/// When `exact` lies exactly halfway between two shortest candidates, zmij
/// picks the even one and `Display` the upper one (the `f32` 1984.40625 is
/// `1984.4063`), so the digits are rounded up then.
fn layout(s: &str, exact: f64) -> String {
    let (negative, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (mantissa, exponent) = match s.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.trim_start_matches('+').parse::<i32>().unwrap_or(0)),
        None => (s, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    // The value is 0.DIGITS × 10^point.
    let mut point = i32::try_from(int.len()).unwrap_or(0) + exponent;
    let mut digits: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
    let leading = digits.iter().take_while(|&&d| d == b'0').count();
    digits.drain(..leading);
    point -= i32::try_from(leading).unwrap_or(0);
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if !digits.is_empty() && halfway_above(&digits, point, exact) {
        match digits.iter().rposition(|&d| d != b'9') {
            Some(at) => {
                digits[at] += 1;
                digits.truncate(at + 1);
            }
            None => {
                digits = vec![b'1'];
                point += 1;
            }
        }
    }
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if digits.is_empty() {
        out.push('0');
        return out;
    }
    let len = i32::try_from(digits.len()).unwrap_or(0);
    let text = |d: &[u8]| d.iter().map(|&b| char::from(b)).collect::<String>();
    if point <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', point.unsigned_abs() as usize));
        out.push_str(&text(&digits));
    } else if point >= len {
        out.push_str(&text(&digits));
        out.extend(std::iter::repeat_n('0', (point - len) as usize));
    } else {
        let (whole, rest) = digits.split_at(point as usize);
        out.push_str(&text(whole));
        out.push('.');
        out.push_str(&text(rest));
    }
    out
}

/// Whether `|exact|` is exactly 0.DIGITS5 × 10^point: the halfway point
/// above the digits.
fn halfway_above(digits: &[u8], point: i32, exact: f64) -> bool {
    // n = DIGITS5 (at most 18 digits), so the halfway value is n × 10^q.
    let Some(n) = digits.iter().chain(b"5").try_fold(0u64, |n, &d| {
        n.checked_mul(10)?.checked_add(u64::from(d - b'0'))
    }) else {
        return false;
    };
    let q = point - i32::try_from(digits.len()).unwrap_or(0) - 1;
    let (mantissa, exponent) = decompose(exact.abs());
    if mantissa == 0 {
        return false;
    }
    // mantissa × 2^exponent = odd × 2^twos; n ends in 5, so it is odd and
    // n × 10^q = (n × 5^q) × 2^q with an odd first factor.
    let twos = exponent + mantissa.trailing_zeros() as i32;
    let odd = mantissa >> mantissa.trailing_zeros();
    let five_power = |k: u32| 5u64.checked_pow(k);
    let odd_half = if q >= 0 {
        five_power(q.unsigned_abs()).and_then(|f| n.checked_mul(f))
    } else {
        five_power(q.unsigned_abs())
            .filter(|&f| n % f == 0)
            .map(|f| n / f)
    };
    twos == q && odd_half == Some(odd)
}

/// A finite, non-negative `v` as `mantissa × 2^exponent`.
fn decompose(v: f64) -> (u64, i32) {
    let bits = v.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    }
}

fn push_u64(out: &mut String, n: u64) {
    push_padded(out, n, 0);
}

/// `n` in decimal digits, zero-padded to at least `width` digits (at most
/// 20), written at the end of `out`: the one digit writer of the crate
/// (figures' display and dates use it too).
pub(crate) fn push_padded(out: &mut String, mut n: u64, width: usize) {
    let mut buf = [b'0'; 20];
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let at = at.min(buf.len().saturating_sub(width));
    // ASCII digits: pushed as bytes, no UTF-8 validation of the copy.
    out.extend(buf.get(at..).unwrap_or(&[]).iter().map(|&b| char::from(b)));
}

/// The decimal digits of `mantissa × 2^shift`, however large.
fn push_big(out: &mut String, mantissa: u64, shift: u32) {
    // Little-endian 32-bit limbs: the mantissa, shifted whole limbs first.
    let mut limbs: Vec<u32> = vec![0; (shift / 32) as usize];
    limbs.push(mantissa as u32);
    limbs.push((mantissa >> 32) as u32);
    let bits = shift % 32;
    if bits > 0 {
        let mut carry = 0u32;
        for limb in &mut limbs {
            let wide = (u64::from(*limb) << bits) | u64::from(carry);
            *limb = wide as u32;
            carry = (wide >> 32) as u32;
        }
        limbs.push(carry);
    }
    // Base 10^9 chunks, least significant first, by repeated division.
    let mut chunks = Vec::new();
    while limbs.iter().any(|&l| l != 0) {
        let mut rest = 0u64;
        for limb in limbs.iter_mut().rev() {
            let wide = (rest << 32) | u64::from(*limb);
            *limb = (wide / 1_000_000_000) as u32;
            rest = wide % 1_000_000_000;
        }
        chunks.push(rest as u32);
        while limbs.last() == Some(&0) {
            limbs.pop();
        }
    }
    match chunks.split_last() {
        None => out.push('0'),
        Some((&top, lower)) => {
            push_u64(out, u64::from(top));
            for &chunk in lower.iter().rev() {
                let at = out.len();
                push_u64(out, u64::from(chunk));
                let pad = 9 - (out.len() - at);
                out.insert_str(at, &"000000000"[..pad]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks every form of `v` against `format!`.
    fn check(v: f64) {
        assert_eq!(fixed(v, 0), format!("{v:.0}"), "{v:e}");
        assert_eq!(fixed(v, 1), format!("{v:.1}"), "{v:e}");
        assert_eq!(fixed(v, 2), format!("{v:.2}"), "{v:e}");
        assert_eq!(fixed(v, 3), format!("{v:.3}"), "{v:e}");
        assert_eq!(shortest(v), v.to_string(), "{v:e}");
        #[allow(clippy::cast_possible_truncation, reason = "f32 cases on purpose")]
        check_f32(v as f32);
    }

    /// Checks the forms of an `f32` against `format!`.
    fn check_f32(v: f32) {
        assert_eq!(shortest_f32(v), v.to_string(), "{v:e}");
        assert_eq!(fixed(f64::from(v), 2), format!("{v:.2}"), "{v:e}");
    }

    #[test]
    fn matches_format_on_edge_cases() {
        for v in [
            0.0,
            -0.0,
            0.125,
            0.375,
            0.5,
            1.5,
            2.5,
            0.005,
            0.015,
            0.045,
            -0.001,
            0.1 + 0.2,
            0.95,
            0.995,
            9.995,
            99.5,
            1e15,
            1e21,
            1.234_567_890_123_456_8e20,
            1e-7,
            5e-324,
            f64::MIN_POSITIVE,
            f64::MAX,
            -f64::MAX,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            2f64.powi(53),
            2f64.powi(64),
            2f64.powi(64) - 2048.0,
            4503599627370495.5,
            1.0 / 3.0,
        ] {
            check(v);
        }
        assert_eq!(fixed(0.125, 2), "0.12");
        assert_eq!(shortest_f32(1_984.0 + 0.406_25), "1984.4063");
        assert_eq!(fixed(1.25, 9), "1.250");
        assert_eq!(fixed(0.0625, 3), "0.062");
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Any bit pattern, and numbers of the sizes the app formats.
        #[test]
        fn matches_format(bits in proptest::num::u64::ANY, narrow in proptest::num::u32::ANY, small in 0.0f64..2_000.0, hundredths in 0u32..100_000) {
            check(f64::from_bits(bits));
            check_f32(f32::from_bits(narrow));
            check(small);
            check(f64::from(hundredths) / 100.0);
            check(f64::from(hundredths) / 1000.0 + 0.0005);
        }
    }
}
