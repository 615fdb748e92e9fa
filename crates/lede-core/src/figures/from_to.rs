//! Ranges of change written around other words: "from $36,040 at 10pm to
//! $34,935", "to 138,285 lots from 212,577 lots", "from 450 sq ft up to 900
//! sq ft".
//!
//! What it does: after the scan, joins two neighbouring figures of the same
//! kind and unit into one range when they are the two ends of a
//! "from … to …" movement that the scan could not read in one go: a short
//! time phrase after the first amount ("at 10.45pm last night", "earlier
//! this week"), a rate written only after the first amount ("from $75 per
//! barrel to $45.88"), the bounds in the reverse order ("narrowed to X from
//! Y"), or "up to" as the second joint ("from X up to Y").
//!
//! Why: the convention makes "from X to Y" one range whichever way it
//! moves (see `docs/FIGURES.md`); split in two, the first bound came out as
//! a lone figure and the movement was lost.
//!
//! Example: `"fell to 80 staff from 95 staff"` → one range 80–95 staff;
//! `"from 3% on Monday to 5%"` → 3–5%.

use super::display;
use super::ellipsis::{tokens_of, tokens_of_span};
use super::tokens::{Ctx, Tk};
use crate::model::{Annotation, Detail, Figure, FigureKind, Qualifier, Span};

/// Most words allowed between the first bound and "to".
const GAP_WORDS: usize = 5;

/// Joins the "from … to …" pairs of `out[from..]` (sorted,
/// non-overlapping), in place (see [`join_adjacent`]).
pub fn apply(ctx: &Ctx, out: &mut Vec<Annotation>, from: usize) {
    join_adjacent(ctx, out, from, join);
}

/// Replaces each pair of neighbours in `out[from..]` (sorted,
/// non-overlapping) that `join` makes one figure of by that figure, in one
/// pass that moves each figure once (a `Vec::remove` per join would shift
/// the rest of the list: quadratic on long texts). A joined figure is not
/// joined again with the figure after it.
pub(super) fn join_adjacent(
    ctx: &Ctx,
    out: &mut Vec<Annotation>,
    from: usize,
    join: impl Fn(&Ctx, &Annotation, &Annotation) -> Option<Annotation>,
) {
    // `out[from..kept]` holds the result so far, `out[kept..next]` figures
    // already used (a join's second part, or a figure moved down), and
    // `out[next..]` the figures still to look at.
    let mut kept = from;
    let mut next = from;
    while next < out.len() {
        let joined = out.get(next + 1).and_then(|b| join(ctx, &out[next], b));
        match joined {
            Some(joined) => {
                out[kept] = joined;
                next += 2;
            }
            None => {
                if kept != next {
                    out.swap(kept, next);
                }
                next += 1;
            }
        }
        kept += 1;
    }
    out.truncate(kept);
}

fn amount(a: &Annotation) -> Option<&Figure> {
    match &a.detail {
        Detail::Figure(f)
            if f.value_high.is_none()
                && f.value.is_some()
                && matches!(
                    f.kind,
                    FigureKind::Money
                        | FigureKind::Percent
                        | FigureKind::Measure
                        | FigureKind::Count
                        | FigureKind::Duration
                ) =>
        {
            Some(f)
        }
        _ => None,
    }
}

/// The range made of `a` and `b`, if they are the ends of one movement.
fn join(ctx: &Ctx, a: &Annotation, b: &Annotation) -> Option<Annotation> {
    let (fa, fb) = (amount(a)?, amount(b)?);
    if fa.kind != fb.kind
        || fa.unit.is_none()
        || !matches!(fa.qualifier, Qualifier::Exact | Qualifier::About)
    {
        return None;
    }
    // Only after "from" or "to" (the test every join below makes, asked
    // first: most neighbours are none, and the tests of units and gaps
    // cost more).
    let a_first = tokens_of_span(ctx, a.span).0;
    let before = ctx.prev_word(a_first)?;
    if !ctx.is(before, "from") && !ctx.is(before, "to") {
        return None;
    }
    // "from $75 per barrel to $45.88": the rate is written once.
    let rate_once = fa.kind == FigureKind::Money
        && fa
            .unit
            .as_deref()
            .zip(fb.unit.as_deref())
            .is_some_and(|(ua, ub)| super::split_per(ua).is_some_and(|(c, _)| c == ub));
    if fa.unit != fb.unit && !rate_once {
        return None;
    }
    let (_, a_last) = tokens_of(ctx, a);
    let (b_first, _) = tokens_of(ctx, b);
    // The words between the two figures: at most one more than a join
    // allows (enough to tell a longer gap), in a stack buffer. Figures far
    // apart are the common pair, and their gap is not walked to its end.
    let mut words = [0usize; GAP_WORDS + 1];
    let mut count = 0;
    for (slot, t) in words
        .iter_mut()
        .zip((a_last + 1..b_first).filter(|&t| ctx.is_word(t)))
    {
        *slot = t;
        count += 1;
    }
    if count > GAP_WORDS {
        return None;
    }
    let gap = words.get(..count).unwrap_or_default();
    let plain_gap = (a_last + 1..b_first).all(|t| {
        matches!(
            ctx.kind(t),
            Some(Tk::Word | Tk::Space(false) | Tk::Num | Tk::Punct('.' | ':'))
        )
    });
    if !plain_gap {
        return None;
    }
    let b_up_to = fb.qualifier == Qualifier::AtMost && ctx.is(b_first, "up");
    let first = if ctx.is(before, "from") && fb.qualifier == Qualifier::Exact {
        // "from X [time phrase] to Y": the time phrase opens with a
        // preposition or a time word and names no figure.
        let (last_gap, phrase) = gap.split_last()?;
        let phrase_ok = if phrase.is_empty() {
            rate_once
        } else {
            time_phrase(ctx, phrase)
        };
        if !ctx.is(*last_gap, "to") || !phrase_ok {
            return None;
        }
        before
    } else if ctx.is(before, "from") && b_up_to {
        // "from X up to Y".
        if !gap.is_empty() {
            return None;
        }
        before
    } else if ctx.is(before, "to") && fb.qualifier == Qualifier::Exact {
        // "to X from Y".
        if gap.len() != 1 || !ctx.is(gap[0], "from") {
            return None;
        }
        a_first
    } else {
        return None;
    };
    let (va, vb) = (fa.value?, fb.value?);
    let (low, high) = if va <= vb { (va, vb) } else { (vb, va) };
    if low == high {
        return None;
    }
    let fig = Figure {
        value: Some(low),
        value_high: Some(high),
        qualifier: Qualifier::Range,
        unit: fa.unit.clone(),
        kind: fa.kind,
        display: range_display(fa, fb, low, high),
        iso: None,
    };
    Some(Annotation {
        span: Span::new(ctx.start(first), b.span.end),
        confidence: a.confidence.min(b.confidence),
        detail: Detail::Figure(fig),
    })
}

/// A time phrase between the bounds: "at 10.45pm last night", "in the
/// morning", "on Friday", "earlier this year".
fn time_phrase(ctx: &Ctx, words: &[usize]) -> bool {
    let opener = ctx.lower(words[0]);
    matches!(
        opener.as_str(),
        "at" | "on" | "in" | "during" | "earlier" | "last" | "this" | "a" | "the"
    ) && !words.iter().any(|&w| ctx.is(w, "to") || ctx.is(w, "from"))
}

/// "$34,935–$36,040", "3–5%", "80–95 staff".
fn range_display(fa: &Figure, fb: &Figure, low: f64, high: f64) -> String {
    let unit = fa.unit.as_deref().unwrap_or("");
    match fa.kind {
        FigureKind::Money => {
            let (code, per) = match unit.split_once(" per ") {
                Some((c, p)) => (c, Some(p)),
                None => (unit, None),
            };
            let r = display::range(&display::money(code, low), &display::money(code, high));
            match per {
                Some(p) => format!("{r}/{p}"),
                None => r,
            }
        }
        FigureKind::Percent if unit == "percent" => format!(
            "{}%",
            display::range(&display::number(low), &display::number(high))
        ),
        _ => {
            // The unit words of the display ("138,285 lots" → "lots").
            let words = [&fb.display, &fa.display]
                .iter()
                .find_map(|d| d.split_once(' ').map(|(_, w)| w.to_string()))
                .unwrap_or_default();
            let r = display::range(&display::number(low), &display::number(high));
            if words.is_empty() {
                r
            } else {
                format!("{r} {words}")
            }
        }
    }
}
