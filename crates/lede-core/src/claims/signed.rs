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

/// Texts built around [`push`]ed numbers, remembered for one extraction.
///
/// What it does: keeps the text of each recent `(tag, x)` (a tag says what
/// the text is: a rule's reason, an n-gram's weight suffix) in a small
/// direct-mapped table keyed by the bits of `x`, and hands it out again on
/// a repeat.
///
/// Why: the weights in reasons come from a few dozen values (the rules'
/// constant adjustments and the int8 n-gram weights times the model's
/// scale), so almost every reason text is a repeat, and copying a few
/// bytes is several times cheaper than writing the digits and the pieces
/// around them.
///
/// Example: two claims whose reasons both say `named actor (+0.7)` write
/// that text once; the second copies it.
pub struct Memo {
    slots: Vec<(u64, usize, String)>,
}

impl Memo {
    const SLOTS: usize = 256;
    /// Bytes of a slot's first buffer: longer than most texts (a rule's
    /// name and its signed weight).
    const TEXT: usize = 48;

    /// An empty table (one allocation; the texts are allocated as needed).
    ///
    /// The slots are made, not cloned: `vec![x; n]` of a non-`Copy` `x`
    /// calls `String::clone` for each slot, an out-of-line call per slot in
    /// wasm (a tenth of a one-sentence extraction).
    pub fn new() -> Memo {
        Memo {
            slots: std::iter::repeat_with(|| (0, 0, String::new()))
                .take(Memo::SLOTS)
                .collect(),
        }
    }

    /// The text remembered for `(tag, x)`; `write` writes it (into an
    /// empty string) the first time, or when another key took its slot.
    /// The text must depend on `tag` and `x` only, and not be empty.
    pub fn text(&mut self, tag: usize, x: f64, write: impl FnOnce(&mut String)) -> &str {
        let bits = x.to_bits();
        let mixed = (bits ^ (bits >> 32) ^ (tag as u64).wrapping_mul(0x0100_0193))
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let at = (mixed >> 56) as usize % Memo::SLOTS;
        let slot = &mut self.slots[at];
        if slot.2.is_empty() || slot.0 != bits || slot.1 != tag {
            slot.2.clear();
            // Room for a usual text at once: written from empty, a text
            // grew two or three times.
            slot.2.reserve(Memo::TEXT);
            write(&mut slot.2);
            slot.0 = bits;
            slot.1 = tag;
        }
        &slot.2
    }
}

impl Default for Memo {
    fn default() -> Memo {
        Memo::new()
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
    use super::{push, Memo};

    #[test]
    fn memo_agrees_with_push() {
        let mut memo = Memo::new();
        for round in 0..3 {
            for w in -300i32..=300 {
                let x = f64::from(w) * 0.0123 * f64::from(round + 1);
                for decimals in [1, 2] {
                    let mut want = String::new();
                    push(&mut want, x, decimals);
                    let got = memo.text(decimals, x, |t| push(t, x, decimals));
                    assert_eq!(got, want, "{x} with {decimals}");
                }
            }
        }
    }

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
