//! Millions of money, not metres: "1bn euros now, with another 550m to follow".
//!
//! What it does: after the scan, turns a figure read as metres from an
//! attached lower-case "m" ("550m") into money when an amount of money in
//! millions or more comes shortly before it in the same sentence and
//! nothing around it speaks of length: the amount takes that currency and
//! is read in millions (EUR 550m).
//!
//! Why: news writes the currency once and drops it on the next amount
//! ("pay 1.55bn euros ... 1bn euros immediately, with another 550m"); an
//! attached "m" is metres only when nothing says money ("a 100m sprint").
//!
//! Example: `"1bn euros now and another 550m later"` → the second figure is
//! EUR 550m, not 550 metres.

use super::display;
use super::ellipsis::{sentence_break, tokens_of};
use super::tokens::Ctx;
use crate::model::{Annotation, Detail, FigureKind, Qualifier};

/// How many tokens back the amount of money may start.
const WINDOW: usize = 48;

/// Rewrites the metres of `out` that are millions of money.
pub fn apply(ctx: &Ctx, out: &mut [Annotation]) {
    for k in 1..out.len() {
        if !attached_metres(ctx, &out[k]) {
            continue;
        }
        if !amount_like(ctx, &out[k]) {
            continue;
        }
        let Some(code) = money_before(ctx, out, k) else {
            continue;
        };
        if let Detail::Figure(f) = &mut out[k].detail {
            let Some(v) = f.value.map(|v| v * 1e6) else {
                continue;
            };
            f.value = Some(v);
            f.kind = FigureKind::Money;
            f.display = display::qualify(f.qualifier, &display::money(code, v));
            f.unit = Some(code.to_string());
        }
    }
}

/// A single amount in metres written with an attached "m": "550m".
fn attached_metres(ctx: &Ctx, a: &Annotation) -> bool {
    let Detail::Figure(f) = &a.detail else {
        return false;
    };
    // The figure's text is read only for a metre figure (few).
    f.kind == FigureKind::Measure
        && f.unit.as_deref() == Some("metre")
        && f.value_high.is_none()
        && f.qualifier != Qualifier::Range
        && matches!(
            ctx.text.get(a.span.range()).unwrap_or_default().as_bytes(),
            [.., d, b'm'] if d.is_ascii_digit()
        )
}

/// Nothing around the figure speaks of length: no article before it ("the
/// 100m", "a 200m drop") and, after it, punctuation, the end, or a function
/// word other than those of distance ("200m from the river", "300m tall").
fn amount_like(ctx: &Ctx, a: &Annotation) -> bool {
    let (first, last) = tokens_of(ctx, a);
    let article = ctx
        .prev_word(first)
        .is_some_and(|p| matches!(ctx.lower(p).as_str(), "the" | "a" | "an"));
    let after_ok = match ctx.next(last) {
        None => true,
        Some(n) if ctx.is_word(n) => {
            let w = ctx.lower(n);
            let w = w.as_str();
            super::units::is_stopword(w)
                && !matches!(
                    w,
                    "from"
                        | "of"
                        | "tall"
                        | "high"
                        | "long"
                        | "wide"
                        | "deep"
                        | "away"
                        | "above"
                        | "below"
                        | "across"
                        | "up"
                        | "down"
                        | "into"
                        | "along"
                        | "off"
                )
        }
        Some(n) => !ctx.is_num(n),
    };
    !article && after_ok
}

/// The currency of an amount of at least a million shortly before figure
/// `k` in its sentence (the nearest figure only).
fn money_before(ctx: &Ctx, out: &[Annotation], k: usize) -> Option<&'static str> {
    let (first, _) = tokens_of(ctx, &out[k]);
    let before = out.get(k.checked_sub(1)?)?;
    let (pf, pl) = tokens_of(ctx, before);
    if first.saturating_sub(pf) > WINDOW || sentence_break(ctx, pl, first) {
        return None;
    }
    let Detail::Figure(f) = &before.detail else {
        return None;
    };
    if f.kind != FigureKind::Money || !f.value.is_some_and(|v| v >= 1e6) {
        return None;
    }
    // A plain currency code (not a rate, not cents or pence).
    let code = f.unit.as_deref()?;
    super::units::currency_code(code).filter(|&c| c == code)
}
