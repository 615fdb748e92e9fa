//! Signed fixed-point numbers for reason texts, without `format!`.
//!
//! ## What it does
//! Appends `x` exactly as `format!("{x:+.1}")` (or `.2`) would: a sign
//! (`+` also for zero, `-` for any negative value, even one that rounds to
//! zero), the integer part and the decimals.
//!
//! ## Why
//! Every claim carries a reason per rule that fired and per n-gram that
//! stood out, each with its weight; `core::fmt`'s exact float printing was a
//! quarter of the whole claims layer's time. The fast path rounds `|x|·10ⁿ`
//! to the nearest integer; when that product lies within 10⁻⁶ of a half
//! (where the binary value decides the rounding) or is large, it falls back
//! to the exact [`crate::decimal::push_fixed`], so the output is always the
//! same.
//!
//! ## Example
//! `push(&mut s, 0.75, 1)` appends `+0.8`; `push(&mut s, -0.125, 2)`
//! appends `-0.12` (the binary value of -0.125 is exact: ties go to even).

/// Appends `x` with `decimals` decimals (1 or 2; more are taken as 2) and a
/// sign.
pub fn push(out: &mut String, x: f64, decimals: usize) {
    let scale: u64 = if decimals == 1 { 10 } else { 100 };
    let y = x.abs() * scale as f64;
    if decimals > 2 || !y.is_finite() || y >= 1e6 {
        push_exact(out, x, decimals);
        return;
    }
    // Integer arithmetic instead of `floor` and `round` (library calls on
    // plain x86-64): `y - whole` is exact below 2^52.
    let whole = y as u64;
    let frac = y - whole as f64;
    if (frac - 0.5).abs() < 1e-6 {
        push_exact(out, x, decimals);
        return;
    }
    let r = whole + u64::from(frac > 0.5);
    let (int, frac) = (r / scale, r % scale);
    // Written left to right with `push` (ASCII only): the sign, the integer
    // part (below 10⁶), a dot and the decimals.
    out.push(if x.is_sign_negative() { '-' } else { '+' });
    let digit = |d: u64| char::from(b'0' + (d % 10) as u8);
    let mut place = 1;
    while place * 10 <= int {
        place *= 10;
    }
    while place > 0 {
        out.push(digit(int / place));
        place /= 10;
    }
    out.push('.');
    let mut place = scale / 10;
    while place > 0 {
        out.push(digit(frac / place));
        place /= 10;
    }
}

/// The slow path, from the exact binary value ([`crate::decimal`] rather
/// than `format!`, whose float code is large in the web app).
fn push_exact(out: &mut String, x: f64, decimals: usize) {
    if !x.is_nan() && !x.is_sign_negative() {
        out.push('+');
    }
    crate::decimal::push_fixed(out, x, u32::try_from(decimals).unwrap_or(2));
}

#[cfg(test)]
mod tests {
    use super::push;

    fn check(x: f64) {
        for decimals in [1, 2] {
            let mut got = String::new();
            push(&mut got, x, decimals);
            assert_eq!(got, format!("{x:+.decimals$}"), "{x} with {decimals}");
        }
    }

    #[test]
    fn agrees_with_format() {
        for x in [
            0.0,
            -0.0,
            0.04,
            -0.04,
            0.05,
            0.15,
            0.25,
            -0.125,
            0.125,
            0.995,
            1.005,
            9.95,
            12.3456,
            -7.0,
            999_999.0,
            1e7,
            -1e7,
            1e300,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ] {
            check(x);
        }
        // Every int8 weight times a few scales, as the model produces them.
        for scale in [0.01, 0.0123, 0.017_8, 0.05, 0.1] {
            for w in -128i32..=127 {
                check(f64::from(w) * scale);
            }
        }
        for i in -20_000i32..=20_000 {
            check(f64::from(i) / 1000.0);
            check(f64::from(i) * 0.000_37);
        }
    }
}
