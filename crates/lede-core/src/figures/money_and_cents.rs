//! Amounts written in two units: "thirteen dollars and forty-five cents",
//! "£1 and 50p", "3 euros 20 cents".
//!
//! What it does: after the scan, joins a whole amount of a currency and the
//! amount of its sub-unit written right after it (cents after a dollar,
//! euro or other decimal currency; pence after pounds), with "and" or
//! nothing between them, into one amount: 13 + 45/100 = $13.45.
//!
//! Why: read apart, the price came out as two figures, $13 and 45 cents,
//! neither of them the amount the text states.
//!
//! Example: `"it cost thirteen dollars and forty-five cents"` → one figure,
//! value 13.45, unit USD, display `$13.45`.

use super::display;
use super::ellipsis::tokens_of;
use super::tokens::Ctx;
use crate::model::{Annotation, Detail, Figure, FigureKind, Qualifier, Span};

/// Joins the amount-and-sub-unit pairs of `out[from..]` (sorted,
/// non-overlapping), in place, each figure moved once.
pub fn apply(ctx: &Ctx, out: &mut Vec<Annotation>, from: usize) {
    super::from_to::join_adjacent(ctx, out, from, join);
}

fn money(a: &Annotation) -> Option<&Figure> {
    match &a.detail {
        Detail::Figure(f)
            if f.kind == FigureKind::Money
                && f.value_high.is_none()
                && f.value.is_some_and(|v| v.fract() == 0.0 && v < 1e6) =>
        {
            Some(f)
        }
        _ => None,
    }
}

/// The one amount written as `a` (whole units) and `b` (sub-units).
fn join(ctx: &Ctx, a: &Annotation, b: &Annotation) -> Option<Annotation> {
    let (fa, fb) = (money(a)?, money(b)?);
    let code = fa.unit.as_deref()?;
    let minor = fb.unit.as_deref()?;
    // A plain currency code, and its own sub-unit.
    let decimal = code.len() == 3 && code.bytes().all(|c| c.is_ascii_uppercase());
    let fits = match minor {
        "pence" => code == "GBP",
        "cent" => !matches!(code, "GBP" | "JPY" | "KRW"),
        _ => false,
    };
    let cents = fb.value?;
    if !decimal || !fits || !(1.0..100.0).contains(&cents) || fb.qualifier != Qualifier::Exact {
        return None;
    }
    // Nothing but "and" between the two.
    let (_, a_last) = tokens_of(ctx, a);
    let (b_first, _) = tokens_of(ctx, b);
    let k = ctx.next(a_last)?;
    let k = if ctx.is(k, "and") { ctx.next(k)? } else { k };
    if k != b_first {
        return None;
    }
    let value = fa.value? + cents / 100.0;
    let figure = Figure {
        value: Some(value),
        value_high: None,
        qualifier: fa.qualifier,
        unit: Some(code.to_string()),
        kind: FigureKind::Money,
        display: display::qualify(fa.qualifier, &display::money(code, value)),
        iso: None,
    };
    Some(Annotation {
        span: Span::new(a.span.start, b.span.end),
        confidence: a.confidence,
        detail: Detail::Figure(figure),
    })
}
