//! Dates and years: `15 August`, `August 15, 2025`, `February 2022`,
//! `28 Jul 2025`, `15th of August`, `the third of March`, `13 to 15 July`,
//! `2025-07-28`, and bare calendar years.
//!
//! What it does: finds a day and/or month with a numeral (a month name alone
//! is no figure) and gives its ISO 8601 form (`--08-15`, `2022-02`,
//! `2025-07-28`); recognises a four-digit number as a year when nothing it
//! could count follows it.
//!
//! Why: dates and years are figures of the gold convention (kinds `date` and
//! `year`), and reading "2022" as a count of 2022 things is a false alarm.
//!
//! Example: `"began in February 2022"` → date `2022-02`; `"since 2023"` → year.

use super::tokens::{capitalised, Ctx, Tk};

/// A date found in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct DateMatch {
    /// First token.
    pub first: usize,
    /// Last token (inclusive).
    pub last: usize,
    /// ISO 8601 form.
    pub iso: String,
}

/// The month number of a month name or abbreviation.
pub fn month(w: &str) -> Option<u32> {
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// A month name at token `i` (capitalised, as in news text), with the last
/// token of its optional abbreviation dot.
fn month_at(ctx: &Ctx, i: usize) -> Option<(u32, usize)> {
    if !ctx.is_word(i) {
        return None;
    }
    let s = ctx.s(i);
    if !capitalised(s) {
        return None;
    }
    let m = month(super::tokens::Lower::new(s).as_str())?;
    let abbreviation =
        s.len() <= 4 && !matches!(s, "May" | "June" | "July" | "MAY" | "JUNE" | "JULY");
    let last = if abbreviation && ctx.is_punct(i + 1, '.') {
        i + 1
    } else {
        i
    };
    Some((m, last))
}

/// A day number (1–31) at token `i`, with an optional ordinal suffix.
fn day_at(ctx: &Ctx, i: usize) -> Option<(u32, usize)> {
    if !ctx.is_num(i) {
        return None;
    }
    // One or two digits, read at once (every number is tried as a day).
    let (a, b) = match *ctx.bytes(i) {
        [b] => (b'0', b),
        [a, b] => (a, b),
        _ => return None,
    };
    // A byte that is no digit gives a value over 9.
    let (a, b) = (
        u32::from(a.wrapping_sub(b'0')),
        u32::from(b.wrapping_sub(b'0')),
    );
    if a.max(b) > 9 {
        return None;
    }
    let d = a * 10 + b;
    if !(1..=31).contains(&d) {
        return None;
    }
    if ctx.is_word(i + 1) && ctx.adjacent(i, i + 1) {
        let suf = ctx.lower(i + 1);
        if matches!(suf.as_str(), "st" | "nd" | "rd" | "th") {
            return Some((d, i + 1));
        }
        return None;
    }
    Some((d, i))
}

/// A four-digit year at token `i` (1000–2199). Read from the four bytes at
/// once (no loop and no number parser: numbers are tried as years often).
pub fn year_at(ctx: &Ctx, i: usize) -> Option<u32> {
    if !ctx.is_num(i) {
        return None;
    }
    let &[a, b, c, d] = ctx.bytes(i) else {
        return None;
    };
    // Each byte's digit; a byte that is no digit gives a value over 9.
    let [a, b, c, d] = [a, b, c, d].map(|x| u32::from(x.wrapping_sub(b'0')));
    if a.max(b).max(c).max(d) > 9 {
        return None;
    }
    let y = a * 1000 + b * 100 + c * 10 + d;
    (1000..2200).contains(&y).then_some(y)
}

/// Optional ", 2025" or " 2025" after token `last`.
fn year_after(ctx: &Ctx, last: usize) -> Option<(u32, usize)> {
    let mut k = ctx.next(last)?;
    if ctx.is_punct(k, ',') {
        k = ctx.next(k)?;
    }
    let y = year_at(ctx, k)?;
    // Not "15 August 2025 people"
    if ctx.is_word(k + 1) && ctx.adjacent(k, k + 1) {
        return None;
    }
    Some((y, k))
}

/// The date starting at token `i`, if any.
pub fn parse(ctx: &Ctx, i: usize) -> Option<DateMatch> {
    match ctx.kind(i)? {
        Tk::Num => {
            // ISO: 2025-07-28
            if let Some(d) = iso_date(ctx, i) {
                return Some(d);
            }
            // 15 August [2025], 15th of August, 15-17 August, 13 to 15 July
            let (d, mut dl) = day_at(ctx, i)?;
            if let Some(l2) = second_day(ctx, i, d, dl) {
                dl = l2;
            }
            let mut m_i = ctx.next(dl)?;
            if ctx.is(m_i, "of") {
                m_i = ctx.next(m_i)?;
            }
            let (m, ml) = month_at(ctx, m_i)?;
            if m == 5 && !capitalised(ctx.s(m_i)) {
                return None;
            }
            if let Some((y, yl)) = year_after(ctx, ml) {
                return Some(DateMatch {
                    first: i,
                    last: yl,
                    iso: iso(Some(y), m, Some(d)),
                });
            }
            Some(DateMatch {
                first: i,
                last: ml,
                iso: iso(None, m, Some(d)),
            })
        }
        Tk::Word => {
            let (m, ml) = month_at(ctx, i)?;
            let n = ctx.next(ml)?;
            // "May 2022" / "March 2025": a verb reading needs a year right after.
            if let Some(y) = year_at(ctx, n) {
                if ctx.is_word(n + 1) && ctx.adjacent(n, n + 1) {
                    return None;
                }
                return Some(DateMatch {
                    first: i,
                    last: n,
                    iso: iso(Some(y), m, None),
                });
            }
            // August 15[, 2025]
            let (d, mut dl) = day_at(ctx, n)?;
            // "Sept. 20-24", "July 13 to 15": a span of days, dated by its
            // first day; not "March 3-0" (the second day must come later).
            if ctx.is_range_dash(dl + 1) {
                let (d2, l2) = day_at(ctx, dl + 2)?;
                if d2 <= d {
                    return None;
                }
                dl = l2;
            } else if let Some(l2) = second_day(ctx, i, d, dl) {
                dl = l2;
            }
            if let Some((y, yl)) = year_after(ctx, dl) {
                return Some(DateMatch {
                    first: i,
                    last: yl,
                    iso: iso(Some(y), m, Some(d)),
                });
            }
            // "In March 5 people died" counts people; an abbreviated month
            // ("Feb. 21 estimates") is always a date.
            let month = ctx.lower(i);
            let abbreviated = ctx.is_punct(i + 1, '.')
                || ctx.s(i).len() <= 4 && !matches!(month.as_str(), "may" | "june" | "july");
            if let Some(w) = ctx.next_word(dl).filter(|_| !abbreviated) {
                let lw = ctx.lower(w);
                if super::units::looks_plural(lw.as_str()) {
                    return None;
                }
            }
            // "May 5" needs the capital; the verb "may" is lower case.
            Some(DateMatch {
                first: i,
                last: dl,
                iso: iso(None, m, Some(d)),
            })
        }
        _ => None,
    }
}

/// What it does: the last token of a second, later day that closes a span
/// of days opened by day `d` (ending at token `dl`, the span's first token
/// being `first`): "15-17", "13 to 15", "19th to 21st", "3 until 5", and
/// "3 and 12" after "between".
/// Why: "the festival runs from 13 to 15 July" is one date (dated, like
/// "15-17 August", by its first day); read alone, "13 to 15" was a count
/// range and the month went to the second day only.
/// Example: `"between 3 and 12 September"` → one date `--09-03`.
fn second_day(ctx: &Ctx, first: usize, d: u32, dl: usize) -> Option<usize> {
    let k = if ctx.is_range_dash(dl + 1) {
        dl + 2
    } else {
        let w = ctx.next_word(dl)?;
        // Compared in place (no lower-cased copy): most words fail on length.
        let joins = ctx.is(w, "to")
            || ctx.is(w, "until")
            || ctx.is(w, "till")
            || ctx.is(w, "through")
            || ctx.is(w, "thru")
            || ctx.is(w, "and") && ctx.prev_word(first).is_some_and(|p| ctx.is(p, "between"));
        if !joins {
            return None;
        }
        ctx.next(w)?
    };
    day_at(ctx, k).filter(|&(d2, _)| d2 > d).map(|(_, l2)| l2)
}

/// What it does: an ordinal word or number of a day (1–31) followed by
/// "of" and a month name, with an optional year: "the first of March",
/// "twenty-first of May 2024".
/// Why: dates are figures of the convention; "15th of August" was read but
/// the spelled-out ordinal ("the third of March") was missed.
/// Example: `"on the third of March"` → date `--03-03`.
pub fn ordinal_of_month(ctx: &Ctx, i: usize) -> Option<DateMatch> {
    // "of" first: it is missing after most ordinal words.
    let of_after = |k: usize| ctx.next_word(k).filter(|&o| ctx.is(o, "of"));
    let (of, (v, _)) = match of_after(i) {
        Some(of) => (of, super::numbers::ordinal(ctx, i)?),
        None => {
            let of = of_after(i + 2).filter(|_| ctx.is_hyphen(i + 1))?;
            (of, super::numbers::compound_ordinal(ctx, i)?)
        }
    };
    if !(1.0..=31.0).contains(&v) {
        return None;
    }
    let (m, ml) = month_at(ctx, ctx.next(of)?)?;
    let d = v as u32;
    Some(match year_after(ctx, ml) {
        Some((y, yl)) => DateMatch {
            first: i,
            last: yl,
            iso: iso(Some(y), m, Some(d)),
        },
        None => DateMatch {
            first: i,
            last: ml,
            iso: iso(None, m, Some(d)),
        },
    })
}

/// `2025-07-28`.
fn iso_date(ctx: &Ctx, i: usize) -> Option<DateMatch> {
    let y = year_at(ctx, i)?;
    if !(ctx.is_punct(i + 1, '-') && ctx.adjacent(i, i + 1) && ctx.adjacent(i + 1, i + 2)) {
        return None;
    }
    let ms = ctx.s(i + 2);
    if ms.len() != 2 || !ctx.is_num(i + 2) {
        return None;
    }
    let m: u32 = ms.parse().ok()?;
    if !(ctx.is_punct(i + 3, '-') && ctx.adjacent(i + 2, i + 3) && ctx.adjacent(i + 3, i + 4)) {
        return None;
    }
    let ds = ctx.s(i + 4);
    if ds.len() != 2 || !ctx.is_num(i + 4) {
        return None;
    }
    let d: u32 = ds.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(DateMatch {
        first: i,
        last: i + 4,
        iso: iso(Some(y), m, Some(d)),
    })
}

/// The ISO 8601 text of a date: `2025-07-28`, `--07-28` without a year,
/// `2025-07` without a day (what `format!("{y:04}-{m:02}-{d:02}")` writes).
fn iso(y: Option<u32>, m: u32, d: Option<u32>) -> String {
    let mut s = String::with_capacity(10);
    match y {
        Some(y) => push_padded(&mut s, y, 4),
        None => s.push('-'),
    }
    s.push('-');
    push_padded(&mut s, m, 2);
    if let Some(d) = d {
        s.push('-');
        push_padded(&mut s, d, 2);
    }
    s
}

/// `v` in decimal digits, zero-padded to at least `width` digits.
fn push_padded(out: &mut String, v: u32, width: usize) {
    crate::decimal::push_padded(out, u64::from(v), width);
}

/// True when the words before token `i` make a four-digit number a year:
/// "in 2022", "since 2023", "the 2019 election".
pub fn year_context(ctx: &Ctx, i: usize) -> bool {
    let Some(p) = ctx.prev(i) else { return true };
    if !ctx.is_word(p) {
        return true;
    }
    let w = ctx.lower(p);
    matches!(
        w.as_str(),
        "in" | "since"
            | "after"
            | "before"
            | "by"
            | "until"
            | "till"
            | "from"
            | "of"
            | "during"
            | "year"
            | "early"
            | "late"
            | "mid"
            | "summer"
            | "spring"
            | "autumn"
            | "fall"
            | "winter"
            | "fiscal"
            | "and"
            | "to"
            | "between"
            | "the"
            | "through"
            | "throughout"
            | "circa"
            | "for"
            | "on"
            | "at"
            | "around"
            | "than"
    ) || capitalised(ctx.s(p))
}

#[cfg(test)]
mod tests {
    //! The ISO text of a date against the formatting it replaces; years
    //! against the number parser.
    use super::*;
    use crate::figures::tokens::tokenize;

    #[test]
    fn year_at_is_what_parsing_four_digits_gives() {
        let text = "0999 1000 1999 2025 2199 2200 9999 123 12345 2,025 20.2 1x99 ٢٠٢٥";
        let toks = tokenize(text);
        let ctx = Ctx { text, toks: &toks };
        for i in 0..toks.len() {
            let s = ctx.s(i);
            let want = (ctx.is_num(i) && s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<u32>().ok())
                .flatten()
                .filter(|y| (1000..2200).contains(y));
            assert_eq!(year_at(&ctx, i), want, "{s:?}");
        }
        assert_eq!(year_at(&ctx, toks.len()), None);
    }

    #[test]
    fn day_at_is_what_parsing_two_digits_gives() {
        let text = "0 1 9 01 09 10 31 32 99 100 1.5 .5 3rd 21st of x7 ٣";
        let toks = tokenize(text);
        let ctx = Ctx { text, toks: &toks };
        for i in 0..=toks.len() {
            let s = ctx.s(i);
            let day = (ctx.is_num(i) && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<u32>().ok())
                .flatten()
                .filter(|d| (1..=31).contains(d));
            assert_eq!(day_at(&ctx, i).map(|(d, _)| d), day, "{s:?}");
        }
    }

    #[test]
    fn iso_text_is_what_format_writes() {
        for y in [0, 7, 99, 999, 1066, 2025, 12345, u32::MAX] {
            for m in [1, 9, 10, 12] {
                for d in [1, 9, 10, 31, 123] {
                    assert_eq!(iso(Some(y), m, Some(d)), format!("{y:04}-{m:02}-{d:02}"));
                    assert_eq!(iso(None, m, Some(d)), format!("--{m:02}-{d:02}"));
                }
                assert_eq!(iso(Some(y), m, None), format!("{y:04}-{m:02}"));
            }
        }
    }
}
