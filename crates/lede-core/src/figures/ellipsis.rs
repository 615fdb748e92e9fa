//! Elided units: a bare number that repeats the unit of a figure just before.
//!
//! What it does: after the scan, gives a bare count (a number with no unit,
//! no range) the unit and kind of a figure earlier in the same sentence when
//! the sentence plainly compares the two: "435 homes by open sale and 187 by
//! tender" → 187 homes; "rose 64.06 points to 4,577.10" → 4,577.10 points;
//! "fell from 208 pounds to 193" → 193 pounds; "the highest forecast is 84.75
//! cents, the lowest 74.07" → 74.07 cents. An index level before its change
//! takes the change's points ("16,369.03, up 58.06 points").
//!
//! Why: news writing drops the noun the second time ("up from 2.4 million in
//! 2017"); the counted noun is still the one named before, and a bare number
//! tells the reader nothing.
//!
//! The guards keep it to real ellipsis: the bare number must be followed by
//! punctuation, the end, or a function word (not by a noun of its own); the
//! earlier figure must be a count with a noun, money or a measure within a
//! few words of the same sentence, of a similar size (within a factor of
//! 100, except index points); durations, ages, dates, years and bare counts are looked past.
//! Percentages are carried only across "from … to" or a repeated
//! preposition ("by 2 percent … by 1"): in "rose 5% to 1,234" the level is
//! no percentage.
//!
//! A part takes the unit of its total: "35 of the 40 seats".
//! Also "a day or two" (2 days) and "another pick or two" (2 picks): the
//! noun before "or" is counted by the number after it.
//!
//! Example: `"3.9 million headsets, up from 2.4 million in 2017"` → the
//! second figure gets unit `headset`, display `2.4m headsets`.

use super::display;
use super::numbers;
use super::tokens::{Ctx, Tk};
use super::units;
use crate::model::{Annotation, Detail, Figure, FigureKind, Span};

/// How many tokens (words, spaces, marks) back the earlier figure may start.
const WINDOW: usize = 48;

/// How many earlier figures are looked at (bounds the work per figure).
const CANDIDATES: usize = 6;

/// Fills in elided units in `out` (sorted, non-overlapping figures).
pub fn apply(ctx: &Ctx, out: &mut [Annotation]) {
    for k in 0..out.len() {
        if !is_bare(ctx, &out[k]) {
            continue;
        }
        let (first, last) = tokens_of(ctx, &out[k]);
        if !ends_bare(ctx, last) {
            continue;
        }
        let carried = noun_or(ctx, first)
            .or_else(|| part_of(ctx, out, k, last))
            .or_else(|| {
                starts_bare(ctx, first)
                    .then(|| backward(ctx, out, k, first, last))
                    .flatten()
            })
            .or_else(|| forward_points(ctx, out, k, last));
        if let Some((unit, kind, suffix)) = carried {
            if let Detail::Figure(f) = &mut out[k].detail {
                f.display = carried_display(f, &unit, kind, suffix.as_deref());
                f.unit = Some(unit);
                f.kind = kind;
            }
        }
    }
}

fn figure(a: &Annotation) -> Option<&Figure> {
    match &a.detail {
        Detail::Figure(f) => Some(f),
        _ => None,
    }
}

/// A count with no unit and one whole value ("half" is a share, not an
/// amount).
fn is_bare(ctx: &Ctx, a: &Annotation) -> bool {
    // The figure's text is read only for a fraction (the other tests turn
    // away most figures first).
    let digits = || {
        ctx.text
            .get(a.span.range())
            .is_some_and(|t| t.bytes().any(|b| b.is_ascii_digit()))
    };
    figure(a).is_some_and(|f| {
        f.kind == FigureKind::Count
            && f.unit.is_none()
            && f.value_high.is_none()
            && f.value.is_some_and(|v| v.fract() == 0.0 || digits())
    })
}

/// Nothing noun-like comes right before the bare figure: a function word or
/// a mark ("and 187", "to 4,577.10"; not "people over 60").
fn starts_bare(ctx: &Ctx, first: usize) -> bool {
    match ctx.prev(first) {
        None => true,
        Some(p) => match ctx.kind(p) {
            Some(Tk::Word) => units::is_stopword(ctx.lower(p).as_str()),
            _ => true,
        },
    }
}

/// First and last token of an annotation's span.
pub(super) fn tokens_of(ctx: &Ctx, a: &Annotation) -> (usize, usize) {
    tokens_of_span(ctx, a.span)
}

/// First and last token of a span.
pub(super) fn tokens_of_span(ctx: &Ctx, span: Span) -> (usize, usize) {
    let first = ctx
        .toks
        .partition_point(|t| (t.start as usize) < span.start);
    let last = ctx
        .toks
        .partition_point(|t| (t.end as usize) <= span.end)
        .saturating_sub(1)
        .max(first);
    (first, last)
}

/// Nothing noun-like follows the bare number: punctuation, the end of the
/// text, or a function word ("187 by tender", "2.4 million in 2017").
fn ends_bare(ctx: &Ctx, last: usize) -> bool {
    match ctx.next(last) {
        None => true,
        Some(n) => match ctx.kind(n) {
            // "81.5 per dollar": a rate of its own, not an elided unit.
            Some(Tk::Word) if ctx.is(n, "per") => false,
            Some(Tk::Word) => units::is_stopword(ctx.lower(n).as_str()),
            Some(Tk::Num) => false,
            Some(Tk::Punct(c)) => !matches!(c, '%' | '$' | '£' | '€' | '¥' | '°' | '-'),
            _ => true,
        },
    }
}

/// True when a sentence boundary lies between tokens `a` (exclusive) and
/// `b` (exclusive).
pub(super) fn sentence_break(ctx: &Ctx, a: usize, b: usize) -> bool {
    (a + 1..b).any(|i| {
        matches!(
            ctx.kind(i),
            Some(Tk::Space(true) | Tk::Punct('.' | '!' | '?' | ';' | ':'))
        )
    })
}

/// The word right before the figure starting at token `first`.
fn word_before(ctx: &Ctx, first: usize) -> Option<usize> {
    ctx.prev_word(first)
}

/// Unit, kind and display suffix from the nearest fitting figure before
/// figure `k` (which starts at token `first`).
fn backward(
    ctx: &Ctx,
    out: &[Annotation],
    k: usize,
    first: usize,
    last: usize,
) -> Option<(String, FigureKind, Option<String>)> {
    let value = figure(&out[k])?.value?;
    // The preposition after the bare number: "300 in the UK".
    let prep_after = ctx
        .next_word(last)
        .map(|w| ctx.lower(w))
        .filter(|w| units::is_stopword(w.as_str()));
    // Tokens from `checked` to `first` hold no sentence break.
    let mut checked = first;
    for p in out[..k].iter().rev().take(CANDIDATES) {
        let (pf, pl) = tokens_of(ctx, p);
        if first.saturating_sub(pf) > WINDOW || sentence_break(ctx, pl, checked) {
            return None;
        }
        checked = pf;
        let f = figure(p)?;
        // A number word read as a noun ("one two") names no unit.
        let Some(unit) = f
            .unit
            .as_deref()
            .filter(|u| numbers::word_value(u).is_none())
        else {
            continue;
        };
        match f.kind {
            // "nine times out of ten": no elided noun.
            FigureKind::Count if unit != super::multiples::UNIT => {}
            FigureKind::Money | FigureKind::Measure | FigureKind::Percent => {
                if !parallel(ctx, pf, first) {
                    continue;
                }
            }
            _ => continue,
        }
        // "5,000 people in 20 countries and 300 in the UK": a figure after
        // the same preposition is the place, not the parallel.
        let same_prep = prep_after.as_ref().is_some_and(|a| {
            word_before(ctx, pf).is_some_and(|b| ctx.lower(b).as_str() == a.as_str())
        });
        if same_prep {
            continue;
        }
        // An index level may be far from its change in points.
        let pv = f.value?;
        if unit != "point" && !similar(pv, value) {
            continue;
        }
        let suffix = f.display.split_once(' ').map(|(_, s)| s.to_string());
        return Some((unit.to_string(), f.kind, suffix));
    }
    None
}

/// Money, measures and percentages carry over only in an explicit
/// parallel: "from 4.8 percent to 4.7", "by 2 percent … by 1", "the highest
/// is 84.75 cents, the lowest is 74.07" (the same function word before
/// both). "$4.25 and 32 is the quantity" or "15 dollars and 15" are no
/// such parallel.
fn parallel(ctx: &Ctx, p_first: usize, first: usize) -> bool {
    let (Some(a), Some(b)) = (word_before(ctx, p_first), word_before(ctx, first)) else {
        return false;
    };
    let (a, b) = (ctx.lower(a), ctx.lower(b));
    let (a, b) = (a.as_str(), b.as_str());
    a == "from" && b == "to" || a == b && units::is_stopword(a)
}

/// Two values of a similar size (within a factor of 100, same sign).
fn similar(a: f64, b: f64) -> bool {
    if a == 0.0 || b == 0.0 || (a < 0.0) != (b < 0.0) {
        return false;
    }
    let r = (a / b).abs();
    (0.01..=100.0).contains(&r)
}

/// "a day or two", "another pick or two": the noun before "or" counted by
/// the number after it.
fn noun_or(ctx: &Ctx, first: usize) -> Option<(String, FigureKind, Option<String>)> {
    let or = ctx.prev_word(first).filter(|&o| ctx.is(o, "or"))?;
    let noun = ctx.prev_word(or)?;
    let det = ctx.prev_word(noun)?;
    if !matches!(ctx.lower(det).as_str(), "a" | "an" | "another" | "one") {
        return None;
    }
    let nw = ctx.lower(noun);
    let nw = nw.as_str();
    if units::is_stopword(nw) || units::looks_plural(nw) || nw.len() < 2 {
        return None;
    }
    if let Some(t) = units::time_unit(nw) {
        return Some((t.to_string(), FigureKind::Duration, Some(format!("{t}s"))));
    }
    let unit = units::lemma(ctx.s(noun));
    let plural = plural(&unit);
    Some((unit, FigureKind::Count, Some(plural)))
}

/// An English plural, for display ("box" → "boxes", "man" → "men").
pub(super) fn plural(w: &str) -> String {
    // The stem and the ending that replaces the word's last `cut` bytes.
    let (cut, ending) = match w {
        // "man", "woman", "gunman", "spokesman" (not "German" or "human").
        "man" | "woman" => (2, "en"),
        _ if w.ends_with("sman") || w.ends_with("gunman") => (2, "en"),
        "person" => (6, "people"),
        "child" => (0, "ren"),
        _ if w.ends_with(['s', 'x', 'z']) || w.ends_with("ch") || w.ends_with("sh") => (0, "es"),
        _ if w.ends_with('y') && !w[..w.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']) => {
            (1, "ies")
        }
        _ => (0, "s"),
    };
    let mut out = String::with_capacity(w.len() + 4);
    out.push_str(&w[..w.len() - cut]);
    out.push_str(ending);
    out
}

/// A part of a total named next: "35 of the 40 seats", "280 million of
/// the 1.5 billion shekels", "nine of its 12 stores".
fn part_of(
    ctx: &Ctx,
    out: &[Annotation],
    k: usize,
    last: usize,
) -> Option<(String, FigureKind, Option<String>)> {
    let value = figure(&out[k])?.value?;
    let of = ctx.next_word(last).filter(|&o| ctx.is(o, "of"))?;
    let det = ctx.next_word(of)?;
    if !matches!(
        ctx.lower(det).as_str(),
        "the" | "its" | "their" | "his" | "her" | "our" | "those" | "these"
    ) {
        return None;
    }
    let next = out.get(k + 1)?;
    let (nf, _) = tokens_of(ctx, next);
    if ctx.next(det)? != nf {
        return None;
    }
    let f = figure(next)?;
    let unit = f.unit.as_deref()?;
    if !matches!(
        f.kind,
        FigureKind::Count | FigureKind::Money | FigureKind::Measure
    ) || f.value_high.is_some()
        || f.value.is_none_or(|total| total < value)
    {
        return None;
    }
    let suffix = f.display.split_once(' ').map(|(_, s)| s.to_string());
    Some((unit.to_string(), f.kind, suffix))
}

/// An index level followed by its change: "16,369.03, up 58.06 points".
fn forward_points(
    ctx: &Ctx,
    out: &[Annotation],
    k: usize,
    last: usize,
) -> Option<(String, FigureKind, Option<String>)> {
    let next = out.get(k + 1)?;
    let f = figure(next)?;
    if f.kind != FigureKind::Count || f.unit.as_deref() != Some("point") {
        return None;
    }
    let (nf, _) = tokens_of(ctx, next);
    let mut j = ctx.next(last)?;
    if ctx.is_punct(j, ',') || ctx.is_punct(j, '(') {
        j = ctx.next(j)?;
    }
    if !(ctx.is(j, "up") || ctx.is(j, "down") || ctx.is(j, "off")) || ctx.next(j)? != nf {
        return None;
    }
    Some((
        "point".to_string(),
        FigureKind::Count,
        Some("points".to_string()),
    ))
}

/// The display of a bare figure once it has the carried unit.
fn carried_display(f: &Figure, unit: &str, kind: FigureKind, suffix: Option<&str>) -> String {
    let v = f.value.unwrap_or(0.0);
    let q = f.qualifier;
    match kind {
        FigureKind::Money => match unit.split_once(" per ") {
            Some((code, per)) => display::qualify(q, &format!("{}/{per}", display::money(code, v))),
            None => display::qualify(q, &display::money(unit, v)),
        },
        FigureKind::Percent => {
            let n = display::number(v);
            let amount = match unit {
                "percentage point" => format!("{n}pp"),
                "basis point" => format!("{n}bp"),
                _ => format!("{n}%"),
            };
            display::qualify(q, &amount)
        }
        _ => {
            let word = if v == 1.0 {
                unit
            } else {
                suffix.unwrap_or(unit)
            };
            format!("{} {word}", f.display)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::extract_text;
    use crate::model::Detail;

    /// `(text, unit)` of every figure found in `text`.
    fn check(text: &str, want: &[(&str, Option<&str>)]) {
        let got: Vec<(String, Option<String>)> = extract_text(text)
            .into_iter()
            .filter_map(|a| match a.detail {
                Detail::Figure(f) => Some((text[a.span.range()].to_string(), f.unit)),
                _ => None,
            })
            .collect();
        let want: Vec<(String, Option<String>)> = want
            .iter()
            .map(|(t, u)| (t.to_string(), u.map(str::to_string)))
            .collect();
        assert_eq!(got, want, "in {text:?}");
    }

    #[test]
    fn elided_units() {
        check(
            "The firm built 300 flats in the north and 120 in the south.",
            &[("300 flats", Some("flat")), ("120", Some("flat"))],
        );
        check(
            "The index gained 12.5 points to 3,410.2.",
            &[("12.5 points", Some("point")), ("3,410.2", Some("point"))],
        );
        check(
            "The index, at 3,410.2, up 12.5 points, led.",
            &[("3,410.2", Some("point")), ("12.5 points", Some("point"))],
        );
        check(
            "Exports grew by 4.1 percent and imports by 3.9.",
            &[("4.1 percent", Some("percent")), ("3.9", Some("percent"))],
        );
    }

    #[test]
    fn no_carry_without_ellipsis() {
        // A level after a percentage change is no percentage.
        check(
            "Shares rose 5% to 1,234.",
            &[("5%", Some("percent")), ("1,234", None)],
        );
        // A sentence boundary, a different size, or a noun of its own.
        check(
            "They sold 300 flats. Another 120 were empty.",
            &[("300 flats", Some("flat")), ("120", None)],
        );
        check(
            "They sold 300,000 flats and 2 were empty.",
            &[("300,000 flats", Some("flat")), ("2", None)],
        );
        // The figure after the same preposition is the place, not the parallel.
        check(
            "It has 900 staff in 12 towns and 150 in the capital.",
            &[
                ("900 staff", Some("staff")),
                ("12 towns", Some("town")),
                ("150", Some("staff")),
            ],
        );
    }
}
