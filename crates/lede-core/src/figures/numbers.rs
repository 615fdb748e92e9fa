//! Numbers: digits, number words, scale words and fractions.
//!
//! What it does: reads the number that starts at a token and gives its value
//! and where it ends: `1,234.5`, `5.2bn`, `3 million`, `seven`,
//! `twenty-three`, `two dozen`, `a hundred`, `one and a half million`,
//! `two thirds`, `half`.
//!
//! Why: a figure is "an expression that contains a numeral"; every other rule
//! (qualifiers, units, ranges) hangs off the number this file finds.
//!
//! Example: `"two dozen leaders"` → value 24 ending after `dozen`;
//! `"£5.2bn"` (from the digits) → value 5.2e9.

use super::tokens::{Ctx, Tk};

/// A number found in the text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Num {
    /// Its value.
    pub value: f64,
    /// First token.
    pub first: usize,
    /// Last token (inclusive).
    pub last: usize,
    /// Written in words ("seven").
    pub words: bool,
    /// A plain digit integer with no separator, decimal or scale ("2023").
    pub plain_int: bool,
    /// Number of digits of a plain integer.
    pub digits: usize,
    /// A scale word or suffix was applied ("million", "bn").
    pub scaled: bool,
    /// The multiplier of that scale word (1 without one).
    pub scale: f64,
    /// Written as a bare "one" (the pronoun risk).
    pub bare_one: bool,
    /// The digits are malformed (two decimal points, odd grouping).
    pub malformed: bool,
}

/// The value of a small number word.
pub fn word_value(w: &str) -> Option<f64> {
    Some(match w {
        "zero" | "nought" | "nil" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" | "fourty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

/// The multiplier of a scale word or suffix (`million`, `bn`, `k`).
pub fn scale_value(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" | "k" => 1e3,
        "million" | "mn" | "mln" | "m" | "mil" => 1e6,
        "billion" | "bn" | "bln" | "b" => 1e9,
        "trillion" | "tn" | "trn" | "trln" => 1e12,
        "lakh" | "lakhs" => 1e5,
        "crore" | "crores" => 1e7,
        _ => return None,
    })
}

/// The denominator of a fraction word (`third` → 3).
pub fn fraction_denominator(w: &str) -> Option<f64> {
    Some(match w {
        "half" | "halves" => 2.0,
        "third" | "thirds" => 3.0,
        "quarter" | "quarters" | "fourth" | "fourths" => 4.0,
        "fifth" | "fifths" => 5.0,
        "sixth" | "sixths" => 6.0,
        "seventh" | "sevenths" => 7.0,
        "eighth" | "eighths" => 8.0,
        "ninth" | "ninths" => 9.0,
        "tenth" | "tenths" => 10.0,
        "twentieth" | "twentieths" => 20.0,
        "hundredth" | "hundredths" => 100.0,
        "thousandth" | "thousandths" => 1000.0,
        _ => return None,
    })
}

/// Parses a digit token: value, malformed flag, digit count, plain flag.
/// (Figures read digits with this, never `str::parse::<f64>`: core's float
/// parser is about 15 KB of the web app.)
pub(super) fn digits_value(s: &str) -> (f64, bool, usize, bool) {
    // Most digit tokens are short plain integers ("2025", "45"): read them
    // without a branch per byte.
    if let Some(value) = plain_digits(s.as_bytes()) {
        return (value as f64, false, s.len(), true);
    }
    digits_value_bytewise(s)
}

/// `b` in every byte of a `u64`.
const fn splat(b: u8) -> u64 {
    u64::from_le_bytes([b; 8])
}

/// The value of a token of at most eight ASCII digits (and nothing else),
/// read eight bytes at once.
///
/// What it does: packs the bytes into a `u64` behind leading `'0'`s, checks
/// that every byte is a digit (high nibble 3, and still 3 after adding 6),
/// then combines the digits in pairs, fours and eights with three multiplies
/// (the SWAR digit parse of fast_float/simdjson).
/// Why: [`digits_value_bytewise`] branches on every byte of every number.
/// The value is below 10^8, so the `f64` the byte loop builds is exact and
/// equal to this one.
/// Example: `b"2025"` → `Some(2025)`; `b"1,000"`, `b"5.2"`, nine digits → `None`.
fn plain_digits(b: &[u8]) -> Option<u64> {
    if b.len() > 8 {
        return None;
    }
    // The first byte ends up lowest, as a little-endian load would put it.
    let mut v = splat(b'0');
    for &c in b {
        v = (v >> 8) | (u64::from(c) << 56);
    }
    let high = splat(0xF0);
    // No carry crosses a byte when every high nibble is 3 (bytes <= 0x3F).
    let not_digits = ((v & high) ^ splat(b'0')) | ((v.wrapping_add(splat(6)) & high) ^ splat(b'0'));
    if not_digits != 0 {
        return None;
    }
    let v = ((v & splat(0x0F)).wrapping_mul(2561)) >> 8;
    let v = ((v & 0x00FF_00FF_00FF_00FF).wrapping_mul(6_553_601)) >> 16;
    Some(((v & 0x0000_FFFF_0000_FFFF).wrapping_mul(42_949_672_960_001)) >> 32)
}

/// [`digits_value`] for any token: one byte at a time.
fn digits_value_bytewise(s: &str) -> (f64, bool, usize, bool) {
    let mut int: f64 = 0.0;
    let mut frac_digits: i32 = 0;
    let mut mantissa: f64 = 0.0;
    let mut dots = 0;
    let mut commas = 0;
    let mut group = 0usize; // digits since the last comma
    let mut first_group = 0usize;
    let mut malformed = false;
    let mut n_digits = 0;
    for b in s.bytes() {
        match b {
            b'0'..=b'9' => {
                let d = f64::from(b - b'0');
                if dots == 0 {
                    int = int * 10.0 + d;
                    group += 1;
                    if commas == 0 {
                        first_group += 1;
                    }
                } else {
                    mantissa = mantissa * 10.0 + d;
                    frac_digits += 1;
                }
                n_digits += 1;
            }
            b',' => {
                if dots > 0 || (commas > 0 && group != 3) {
                    malformed = true;
                }
                commas += 1;
                group = 0;
            }
            b'.' => {
                if commas > 0 && group != 3 {
                    malformed = true;
                }
                dots += 1;
            }
            _ => {}
        }
    }
    if commas > 0 && (group != 3 && dots == 0 || first_group > 3) {
        malformed = true;
    }
    if dots > 1 {
        malformed = true;
    }
    let value = if frac_digits > 0 && frac_digits <= 22 {
        int + mantissa / 10f64.powi(frac_digits)
    } else {
        int
    };
    let plain = dots == 0 && commas == 0;
    (value, malformed, n_digits, plain)
}

/// Reads the number starting at token `i`, if any.
pub fn parse(ctx: &Ctx, i: usize) -> Option<Num> {
    match ctx.kind(i)? {
        Tk::Num => parse_digits(ctx, i),
        Tk::Word => parse_words(ctx, i),
        _ => None,
    }
}

/// The value of a fraction character: `½` → 0.5.
pub(super) fn vulgar_fraction(c: char) -> Option<f64> {
    Some(match c {
        '\u{bd}' => 0.5,
        '\u{bc}' => 0.25,
        '\u{be}' => 0.75,
        '\u{2153}' => 1.0 / 3.0,
        '\u{2154}' => 2.0 / 3.0,
        '\u{215b}' => 0.125,
        _ => return None,
    })
}

fn parse_digits(ctx: &Ctx, i: usize) -> Option<Num> {
    if let Some(n) = slashed_fraction(ctx, i) {
        return Some(n);
    }
    let (value, malformed, digits, plain) = digits_value(ctx.s(i));
    let mut num = Num {
        value,
        first: i,
        last: i,
        words: false,
        plain_int: plain,
        digits,
        scaled: false,
        scale: 1.0,
        bare_one: false,
        malformed,
    };
    // A minus sign glued to the digits, not joining two numbers: "-1.3%".
    if i > 0 && matches!(ctx.kind(i - 1), Some(Tk::Punct('-' | '\u{2212}'))) {
        let before = if i >= 2 { ctx.kind(i - 2) } else { None };
        if i >= 2 && ctx.is(i - 2, "minus") {
            // "minus-5"
            num.value = -num.value;
            num.first = i - 2;
        } else if matches!(
            before,
            None | Some(Tk::Space(_)) | Some(Tk::Punct('(' | ':' | '$' | '£' | '€'))
        ) {
            num.value = -num.value;
            num.first = i - 1;
        }
    } else if let Some(p) = ctx.prev_word(i).or_else(|| {
        // "minus-5"
        (i >= 2 && ctx.is_hyphen(i - 1) && ctx.is(i - 2, "minus")).then(|| i - 2)
    }) {
        if ctx.is(p, "minus") {
            num.value = -num.value;
            num.first = p;
        }
    }
    // "1.99×10−30", "10^6": a power of ten.
    if super::scientific::extend(ctx, &mut num) {
        return Some(num);
    }
    // "1 and a half million", "2 and a half years"
    if let Some(k) = and_a_half(ctx, i) {
        num.value += 0.5;
        num.last = k;
        num.plain_int = false;
    }
    // "2 1/2 years": a whole number and a slashed fraction after one space.
    if num.plain_int && num.digits <= 3 {
        if let Some(f) = ctx
            .next(num.last)
            .filter(|&k| ctx.is_num(k))
            .and_then(|k| slashed_fraction(ctx, k))
        {
            num.value += f.value;
            num.last = f.last;
            num.plain_int = false;
        }
    }
    // "2½ years": a fraction character glued to the digits.
    let k = num.last + 1;
    if ctx.adjacent(num.last, k) {
        if let Some(f) = ctx.s(k).chars().next().and_then(vulgar_fraction) {
            if ctx.s(k).chars().count() == 1 {
                num.value += f;
                num.last = k;
                num.plain_int = false;
            }
        }
    }
    // Attached or spaced scale: "5.2bn", "3 million", "5 hundred".
    let j = num.last + 1;
    if ctx.is_word(j) && ctx.adjacent(num.last, j) {
        let w = ctx.lower(j);
        if let Some(m) = scale_value(w.as_str()) {
            // "5m" stays ambiguous (metres); the units rule decides.
            let million = match ctx.s(j) {
                "M" | "B" => true,
                "m" | "b" => {
                    money_context(ctx, i)
                        || money_range_high(ctx, i)
                        || plural_soon(ctx, j)
                        || of_possessive(ctx, j)
                        || currency_after(ctx, j)
                        || {
                            let decimal = ctx.s(i).contains('.');
                            let metric_next = ctx.next_word(j).is_some_and(|k| {
                                matches!(
                                    ctx.lower(k).as_str(),
                                    "tall"
                                        | "high"
                                        | "long"
                                        | "wide"
                                        | "deep"
                                        | "away"
                                        | "above"
                                        | "below"
                                        | "under"
                                        | "across"
                                        | "thick"
                                        | "in"
                                        | "of"
                                        | "from"
                                        | "high_"
                                )
                            });
                            decimal && !metric_next && ctx.next_word(j).is_some()
                        }
                }
                _ => true,
            };
            if million {
                num.value = times_scale(num.value, m);
                num.last = j;
                num.scaled = true;
                num.scale = m;
                num.plain_int = false;
            }
        }
    } else if let Some(k) = ctx.next_word(num.last) {
        let w = ctx.lower(k);
        let w = w.as_str();
        let m = match w {
            "hundred" => Some(1e2),
            "dozen" => Some(12.0),
            // (Wire copy's "mln", "bln", "trln" too.)
            "thousand" | "million" | "billion" | "trillion" | "bn" | "mn" | "tn" | "mln"
            | "bln" | "trn" | "trln" | "lakh" | "crore" => scale_value(w),
            // "8 B people": a spaced capital B or M before a plural noun.
            "b" | "m" if matches!(ctx.s(k), "B" | "M") && plural_soon(ctx, k) => scale_value(w),
            _ => None,
        };
        if let Some(m) = m {
            num.value = times_scale(num.value, m);
            num.last = k;
            num.scaled = true;
            num.scale = m;
            num.plain_int = false;
            // "5 hundred thousand"
            if w == "hundred" {
                if let Some(k2) = ctx.next_word(k) {
                    if let Some(m2) = scale_value(ctx.lower(k2).as_str()).filter(|m| *m >= 1e3) {
                        num.value = times_scale(num.value, m2);
                        num.scale *= m2;
                        num.last = k2;
                    }
                }
            }
        }
    }
    Some(num)
}

/// `v` times the scale `m`, snapped to the whole number it is meant to be
/// when only binary rounding stands between them.
///
/// Why: "8.2 million" is 8.2 × 10^6 = 8199999.999999999 in binary floating
/// point, and exports and displays showed that value.
///
/// Example: `times_scale(8.2, 1e6)` is `8200000.0`; `times_scale(1.2345678,
/// 1e3)` stays `1234.5678`.
pub(super) fn times_scale(v: f64, m: f64) -> f64 {
    let p = v * m;
    let r = p.round();
    if (p - r).abs() <= p.abs() * 1e-12 {
        r
    } else {
        p
    }
}

/// "1/2", "3/4", "1/16": a fraction with a usual denominator, numerator
/// below it ("9/11" and "24/7" are identifiers).
fn slashed_fraction(ctx: &Ctx, i: usize) -> Option<Num> {
    if !(ctx.is_punct(i + 1, '/') || ctx.is_punct(i + 1, '\u{2044}')) || !ctx.is_num(i + 2) {
        return None;
    }
    if ctx.is_punct(i + 3, '/') || i > 0 && ctx.is_punct(i - 1, '/') {
        return None;
    }
    let a: u32 = ctx.s(i).parse().ok()?;
    let b: u32 = ctx.s(i + 2).parse().ok()?;
    if a == 0 || a >= b || !matches!(b, 2 | 3 | 4 | 5 | 8 | 10 | 16 | 32 | 64 | 100 | 128) {
        return None;
    }
    Some(Num {
        value: f64::from(a) / f64::from(b),
        first: i,
        last: i + 2,
        words: false,
        plain_int: false,
        digits: 0,
        scaled: false,
        scale: 1.0,
        bare_one: false,
        malformed: false,
    })
}

/// True when a plural noun follows within three words of token `j`.
fn plural_soon(ctx: &Ctx, j: usize) -> bool {
    let mut k = j;
    for _ in 0..3 {
        match ctx.next_word(k) {
            Some(n) => {
                let w = ctx.lower(n);
                if super::units::looks_plural(w.as_str()) {
                    return true;
                }
                if super::units::is_stopword(w.as_str()) {
                    return false;
                }
                k = n;
            }
            None => return false,
        }
    }
    false
}

/// "35m of its users": "of" and a possessive after an attached "m" make it
/// millions of things (metres are "of track", "of the course").
fn of_possessive(ctx: &Ctx, j: usize) -> bool {
    ctx.next_word(j).is_some_and(|o| {
        ctx.is(o, "of")
            && ctx.next_word(o).is_some_and(|p| {
                matches!(
                    ctx.lower(p).as_str(),
                    "its" | "their" | "his" | "her" | "our" | "your" | "my"
                )
            })
    })
}

/// What it does: true when a currency word follows the scale at token `j`,
/// maybe after a nationality ("154m naira", "5m Australian dollars").
/// Why: an attached "m" is otherwise metres; before a currency it is the
/// millions of an amount.
/// Example: `"pump 154m naira into"` → 154 million (NGN).
fn currency_after(ctx: &Ctx, j: usize) -> bool {
    let Some(w) = ctx.next_word(j) else {
        return false;
    };
    let currency = |k: usize| super::units::currency_word_at(ctx, k).is_some();
    currency(w) || super::tokens::capitalised(ctx.s(w)) && ctx.next_word(w).is_some_and(currency)
}

/// True when a currency sign sits right before token `i` ("$5m").
fn money_context(ctx: &Ctx, i: usize) -> bool {
    let Some(p) = ctx.prev(i) else { return false };
    matches!(
        ctx.kind(p),
        Some(Tk::Punct('$' | '£' | '€' | '¥' | '₹' | '₽' | '₩' | '₪'))
    ) || ctx.is_word(p) && (super::units::currency_code(ctx.s(p)).is_some() || ctx.s(p) == "PS")
        || ctx.is_punct(p, '=') && p > 0 && ctx.s(p - 1) == "Y"
}

/// True when number token `i` is the second bound of a range whose first
/// bound has a currency sign.
///
/// What it does: looks back over a range dash or `to` (one space allowed
/// on each side) for a number with a sign right before it.
///
/// Why: in "£2-3m" the "m" is millions, as in "£3m", though no sign
/// stands right before the "3"; read as metres, the range came out as
/// £2–£3.
///
/// Example: `£2-3m` and `$4 to 5m` → true; `2-3m high` → false.
fn money_range_high(ctx: &Ctx, i: usize) -> bool {
    let Some(joint) = ctx.prev(i) else {
        return false;
    };
    if !(ctx.is_range_dash(joint) || ctx.is(joint, "to")) {
        return false;
    }
    ctx.prev(joint)
        .is_some_and(|low| matches!(ctx.kind(low), Some(Tk::Num)) && money_context(ctx, low))
}

/// "and a half" after token `i`: the index of `half`.
fn and_a_half(ctx: &Ctx, i: usize) -> Option<usize> {
    let a = ctx.next_word(i)?;
    if !ctx.is(a, "and") {
        return None;
    }
    let b = ctx.next_word(a)?;
    if !(ctx.is(b, "a") || ctx.is(b, "one")) {
        return None;
    }
    let c = ctx.next_word(b)?;
    ctx.is(c, "half").then_some(c)
}

#[derive(Clone, Copy, PartialEq)]
enum Last {
    None,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
}

/// Spelled numbers: "seven", "twenty-three", "two dozen", "a hundred and
/// five", "one and a half million", "two thirds", "half".
fn parse_words(ctx: &Ctx, i: usize) -> Option<Num> {
    let first = ctx.lower(i);
    let first = first.as_str();
    // Articles only open a number word: "a dozen", "a hundred".
    let mut k = i;
    let mut total = 0.0f64;
    let mut current = 0.0f64;
    let mut last = Last::None;
    let mut end = None;
    let mut n_words = 0;
    let mut scale = 1.0;
    // "sixfold": the multiple is the number.
    if let Some(v) = super::multiples::fold_word(first) {
        return Some(word_num(v, i, i));
    }
    if matches!(first, "a" | "an") {
        let j = ctx.next_word(i)?;
        let w = ctx.lower(j);
        match w.as_str() {
            "hundred" | "thousand" | "million" | "billion" | "trillion" | "dozen" => {
                current = 1.0;
                last = Last::Unit;
                k = j;
            }
            "half" | "third" | "quarter" | "fifth" | "sixth" | "seventh" | "eighth" | "ninth"
            | "tenth" => {
                // "a third of those screened", "a fifth of its staff" (only
                // before "of"); "a quarter million"; after "by", a share of
                // change: "cut by a third", "rose by a fifth".
                if w.as_str() != "half" && ctx.prev_word(i).is_some_and(|p| ctx.is(p, "by")) {
                    let d = fraction_denominator(w.as_str())?;
                    return Some(word_num(1.0 / d, i, j));
                }
                let of = ctx.next_word(j)?;
                if let Some(m) = scale_value(ctx.lower(of).as_str()).filter(|m| *m >= 1e6) {
                    let d = fraction_denominator(w.as_str())?;
                    let mut n = word_num(m / d, i, of);
                    n.scaled = true;
                    n.scale = m;
                    return Some(n);
                }
                if !ctx.is(of, "of") {
                    return None;
                }
                let d = fraction_denominator(w.as_str())?;
                return Some(word_num(1.0 / d, i, j));
            }
            _ => return None,
        }
    } else if first == "half" || first == "quarter" {
        if let Some(s) = ctx.next_word(i) {
            if let Some(m) = scale_value(ctx.lower(s).as_str()).filter(|m| *m >= 1e6) {
                let d = fraction_denominator(first)?;
                let mut n = word_num(m / d, i, s);
                n.scaled = true;
                n.scale = m;
                return Some(n);
            }
        }
        if first == "quarter" {
            return None;
        }
        // "half a million", "half a dozen": half of the amount named.
        if let Some(a) = ctx.next_word(i).filter(|&a| ctx.is(a, "a")) {
            if let Some(s) = ctx.next_word(a) {
                let sw = ctx.lower(s);
                let m = match sw.as_str() {
                    "dozen" => Some(12.0),
                    "hundred" => Some(100.0),
                    "thousand" | "million" | "billion" | "trillion" => scale_value(sw.as_str()),
                    _ => None,
                };
                if let Some(m) = m {
                    let mut n = word_num(m / 2.0, i, s);
                    if m >= 1e6 {
                        n.scaled = true;
                        n.scale = m;
                    }
                    return Some(n);
                }
            }
        }
        return half(ctx, i);
    }
    loop {
        // The first word is lower-cased already.
        let lower_k;
        let w = if k == i {
            first
        } else {
            lower_k = ctx.lower(k);
            lower_k.as_str()
        };
        let mut consumed = k;
        if let Some(v) = word_value(w) {
            let is_tens = v >= 20.0;
            let is_teen = (10.0..20.0).contains(&v);
            let ok = match last {
                Last::None | Last::Hundred | Last::Scale => true,
                Last::Tens => !is_tens && !is_teen && v > 0.0,
                _ => false,
            };
            if !ok {
                break;
            }
            current += v;
            last = if is_tens {
                Last::Tens
            } else if is_teen {
                Last::Teen
            } else {
                Last::Unit
            };
            // "twenty-three"
            if is_tens && ctx.is_hyphen(k + 1) && ctx.adjacent(k, k + 1) {
                if let Some(u) = word_value(ctx.lower(k + 2).as_str()) {
                    if (1.0..10.0).contains(&u) && ctx.adjacent(k + 1, k + 2) {
                        current += u;
                        last = Last::Unit;
                        consumed = k + 2;
                    }
                }
            }
        } else if w == "hundred" && matches!(last, Last::Unit | Last::Teen | Last::Tens) {
            current *= 100.0;
            last = Last::Hundred;
        } else if w == "dozen" && matches!(last, Last::Unit | Last::Teen | Last::Tens) {
            current *= 12.0;
            last = Last::Scale;
            end = Some(k);
            n_words += 1;
            break;
        } else if let Some(m) = scale_value(w).filter(|m| *m >= 1e3 && w.len() > 2) {
            if last == Last::None || last == Last::Scale && current == 0.0 {
                break;
            }
            total += current.max(1.0) * m;
            current = 0.0;
            last = Last::Scale;
            scale = m;
        } else {
            break;
        }
        end = Some(consumed);
        n_words += 1;
        k = consumed;
        // Continue: one space, or "and" after hundred/scale.
        let Some(nk) = ctx.next_word(k) else { break };
        if ctx.is(nk, "and") {
            if let Some(h) = and_a_half(ctx, k) {
                if matches!(last, Last::Unit | Last::Teen | Last::Tens) {
                    current += 0.5;
                    end = Some(h);
                    // "one and a half million"
                    if let Some(s) = ctx.next_word(h) {
                        if let Some(m) = scale_value(ctx.lower(s).as_str()).filter(|m| *m >= 1e3) {
                            total += current * m;
                            current = 0.0;
                            end = Some(s);
                        }
                    }
                }
                break;
            }
            if matches!(last, Last::Hundred | Last::Scale) {
                if let Some(after) = ctx.next_word(nk) {
                    if word_value(ctx.lower(after).as_str()).is_some_and(|v| v > 0.0) {
                        k = after;
                        continue;
                    }
                }
            }
            break;
        }
        k = nk;
    }
    let end = end?;
    let mut value = total + current;
    if let Some(n) = spoken_decimal(ctx, i, end, value, total == 0.0 && last != Last::Scale) {
        return Some(n);
    }
    // Fractions: "two thirds", "three quarters", "one half".
    if matches!(last, Last::Unit | Last::Teen) && value <= 10.0 {
        // "two-thirds"
        if ctx.is_hyphen(end + 1) && ctx.is_word(end + 2) {
            let dw = ctx.lower(end + 2);
            if let Some(den) = fraction_denominator(dw.as_str()) {
                if dw.as_str().ends_with('s') == (value > 1.0) || den == 2.0 {
                    return Some(word_num(value / den, i, end + 2));
                }
            }
        }
        if let Some(d) = ctx.next_word(end) {
            let dw = ctx.lower(d);
            if let Some(den) = fraction_denominator(dw.as_str()) {
                let plural = dw.as_str().ends_with('s');
                // "grown for six quarters", "the last three quarters":
                // quarters of a year, counted, after a word of time and
                // with no "of" after ("three quarters of voters", "three
                // quarters hour" stay fractions).
                let periods = dw.as_str() == "quarters"
                    && ctx.next_word(d).is_none_or(|o| !ctx.is(o, "of"))
                    && ctx.prev_word(i).is_some_and(|p| {
                        matches!(
                            ctx.lower(p).as_str(),
                            "for" | "last" | "past" | "next" | "previous" | "first" | "over"
                        )
                    });
                if !periods
                    && ((value == 1.0 && !plural) || (value > 1.0 && (plural || den == 2.0)))
                {
                    value /= den;
                    let mut n = word_num(value, i, d);
                    if let Some(s) = ctx.next_word(d) {
                        if let Some(m) = scale_value(ctx.lower(s).as_str()).filter(|m| *m >= 1e6) {
                            n.value *= m;
                            n.last = s;
                            n.scaled = true;
                            n.scale = m;
                        }
                    }
                    return Some(n);
                }
            }
        }
    }
    let mut n = word_num(value, i, end);
    // "one and a half" is no pronoun.
    n.bare_one = n_words == 1 && first == "one" && value == 1.0;
    if scale > 1.0 {
        n.scaled = true;
        n.scale = scale;
    }
    Some(n)
}

/// A decimal spelt out: "one point three per cent" (1.3), "two point two
/// million" (2.2m): the whole number `value` in words `i..=end` (no scale
/// word yet when `plain`), "point", then digit words, then perhaps a scale.
/// Not "at one point three people …", the idiom.
fn spoken_decimal(ctx: &Ctx, i: usize, end: usize, value: f64, plain: bool) -> Option<Num> {
    let point = ctx.next_word(end)?;
    if !plain || ctx.lower(point).as_str() != "point" {
        return None;
    }
    if value == 1.0
        && ctx
            .prev_word(i)
            .is_some_and(|p| matches!(ctx.lower(p).as_str(), "at" | "some" | "one"))
    {
        return None;
    }
    let digit = |k: usize| {
        let w = ctx.lower(k);
        match w.as_str() {
            "oh" | "nought" => Some(0.0),
            w => word_value(w).filter(|v| *v < 10.0 && v.fract() == 0.0),
        }
    };
    let mut k = ctx.next_word(point)?;
    let mut fraction = 0.0;
    let mut place = 0.1;
    let mut last = None;
    // At most six decimals ("point one four one five nine two …" goes on
    // as words, not as a figure's digits).
    let mut read = 0;
    while let Some(d) = digit(k).filter(|_| read < 6) {
        read += 1;
        fraction += d * place;
        place /= 10.0;
        last = Some(k);
        match ctx.next_word(k) {
            Some(x) => k = x,
            None => break,
        }
    }
    let last = last?;
    // Rounded to the digits read (0.1 + 0.2 is not 0.3 in binary).
    let scale_10 = 10f64.powi(read);
    let whole = ((value + fraction) * scale_10).round() / scale_10;
    if let Some(s) = ctx.next_word(last) {
        if let Some(m) = scale_value(ctx.lower(s).as_str()).filter(|m| *m >= 1e6) {
            let mut n = word_num(whole * m, i, s);
            n.scaled = true;
            n.scale = m;
            return Some(n);
        }
    }
    Some(word_num(whole, i, last))
}

/// "half" as a number: before "of", a determiner or a number, or after a
/// qualifier (the caller checks qualifiers). Not "half-time", "second half".
fn half(ctx: &Ctx, i: usize) -> Option<Num> {
    if ctx.is_hyphen(i + 1) || i > 0 && ctx.is_hyphen(i - 1) {
        return None;
    }
    if let Some(p) = ctx.prev_word(i) {
        let pw = ctx.lower(p);
        // "in half", "by half" split or cut; "in half an hour", "by half a
        // percentage point" measure.
        let measured = matches!(pw.as_str(), "in" | "by")
            && ctx
                .next_word(i)
                .is_some_and(|n| ctx.is(n, "a") || ctx.is(n, "an"));
        if !measured
            && matches!(
                pw.as_str(),
                "first" | "second" | "other" | "the" | "a" | "and" | "this" | "that" | "in" | "by"
            )
        {
            return None;
        }
        // "more than half", "nearly half", "about half"
        if matches!(
            pw.as_str(),
            "than" | "nearly" | "almost" | "about" | "around" | "roughly" | "over" | "under"
        ) {
            return Some(word_num(0.5, i, i));
        }
    }
    let n = ctx.next_word(i)?;
    let nw = ctx.lower(n);
    if matches!(
        nw.as_str(),
        "of" | "the"
            | "a"
            | "an"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "all"
            | "those"
            | "these"
    ) {
        return Some(word_num(0.5, i, i));
    }
    None
}

fn word_num(value: f64, first: usize, last: usize) -> Num {
    Num {
        value,
        first,
        last,
        words: true,
        plain_int: false,
        digits: 0,
        scaled: false,
        scale: 1.0,
        bare_one: false,
        malformed: false,
    }
}

/// The ordinal at token `i`: `first`…`ninetieth`, `twenty-first`, `1st`,
/// `22nd`. Returns the value and the last token.
pub fn ordinal(ctx: &Ctx, i: usize) -> Option<(f64, usize)> {
    if ctx.is_num(i) {
        let s = ctx.s(i);
        let v: f64 = ordinal_digits(s)?.into();
        let j = i + 1;
        if !ctx.adjacent(i, j) {
            return None;
        }
        let suf = ctx.lower(j);
        let last_two = (v as u32) % 100;
        let want = match (v as u32) % 10 {
            1 if last_two != 11 => "st",
            2 if last_two != 12 => "nd",
            3 if last_two != 13 => "rd",
            _ => "th",
        };
        return (suf.as_str() == want).then_some((v, j));
    }
    let w = ctx.lower(i);
    let v = ordinal_word(w.as_str())?;
    // "twenty-first"
    if v >= 20.0 && v % 10.0 == 0.0 {
        return Some((v, i));
    }
    if let Some(p) = i.checked_sub(2) {
        if ctx.is_hyphen(i - 1)
            && ctx.adjacent(p, i - 1)
            && ctx.adjacent(i - 1, i)
            && word_value(ctx.lower(p).as_str()).is_some_and(|t| t >= 20.0)
        {
            return None; // read from the tens word
        }
    }
    Some((v, i))
}

/// The number of an ordinal's digits: up to four plain digits ("22nd",
/// "2024th") or thousands grouped by commas ("1,000th", "10,000th").
fn ordinal_digits(s: &str) -> Option<u32> {
    let mut groups = s.split(',');
    let head = groups.next()?;
    let grouped = s.contains(',');
    let head_ok = if grouped {
        (1..=3).contains(&head.len())
    } else {
        (1..=4).contains(&head.len())
    };
    if !head_ok || !head.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut v: u32 = head.parse().ok()?;
    for (k, g) in groups.enumerate() {
        if k >= 2 || g.len() != 3 || !g.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        v = v.checked_mul(1000)?.checked_add(g.parse().ok()?)?;
    }
    Some(v)
}

/// Ordinal words: "first" → 1 … "ninetieth", "hundredth".
pub fn ordinal_word(w: &str) -> Option<f64> {
    Some(match w {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        "hundredth" => 100.0,
        "thousandth" => 1000.0,
        "millionth" => 1e6,
        _ => return None,
    })
}

/// "twenty-first": tens word, hyphen, ordinal word, starting at `i`.
pub fn compound_ordinal(ctx: &Ctx, i: usize) -> Option<(f64, usize)> {
    let t = word_value(ctx.lower(i).as_str()).filter(|t| *t >= 20.0)?;
    if !(ctx.is_hyphen(i + 1) && ctx.adjacent(i, i + 1) && ctx.adjacent(i + 1, i + 2)) {
        return None;
    }
    let o = ordinal_word(ctx.lower(i + 2).as_str()).filter(|o| *o < 10.0)?;
    Some((t + o, i + 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every string of up to five of these bytes, and longer digit runs.
    #[test]
    fn plain_digits_read_every_short_plain_integer() {
        const BYTES: [u8; 12] = [
            b'0', b'1', b'5', b'9', b'/', b':', b',', b'.', b' ', b'a', 0xC2, 0x3F,
        ];
        let mut all: Vec<Vec<u8>> = vec![vec![]];
        let mut last: Vec<Vec<u8>> = vec![vec![]];
        for _ in 0..5 {
            last = last
                .iter()
                .flat_map(|s| {
                    BYTES.iter().map(move |&b| {
                        let mut t = s.clone();
                        t.push(b);
                        t
                    })
                })
                .collect();
            all.extend(last.iter().cloned());
        }
        for n in [
            0u64,
            7,
            10,
            99,
            1234,
            20_250,
            999_999,
            1_000_000,
            12_345_678,
            99_999_999,
            100_000_000,
        ] {
            all.push(n.to_string().into_bytes());
            all.push(format!("{n:08}").into_bytes());
            all.push(format!("{n:09}").into_bytes());
        }
        for s in all {
            let want = if s.len() <= 8 && s.iter().all(u8::is_ascii_digit) {
                Some(std::str::from_utf8(&s).map_or(0, |t| t.parse::<u64>().unwrap_or(0)))
            } else {
                None
            };
            assert_eq!(plain_digits(&s), want, "{s:?}");
            if let Ok(t) = std::str::from_utf8(&s) {
                let (a, b) = (digits_value(t), digits_value_bytewise(t));
                assert_eq!(
                    (a.0.to_bits(), a.1, a.2, a.3),
                    (b.0.to_bits(), b.1, b.2, b.3),
                    "{t:?}"
                );
            }
        }
    }
}
