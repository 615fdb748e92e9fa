//! Unit symbols written apart from the number: `5 W`, `300 PS`.
//!
//! What it does: reads a capital `W` (watt) or `PS` (metric horsepower,
//! "Pferdestärke", as car makers quote it) after a space as the number's
//! unit. The lower-case `w` stays a unit only when glued to the number
//! ("60w"), and `W` before a number or an ordinal is a compass point in an
//! address ("5 W 45th St").
//!
//! Why: spec sheets in technology and motoring stories space their symbols
//! ("a 5 W charger", "224 kW / 300 PS"); a bare 5 or 300 tells the reader
//! nothing.
//!
//! Example: `"ships with a 20 W charger"` → 20, unit `watt`; `"300 PS"` →
//! 300, unit `horsepower` (the unit `hp` gets too).

use super::tokens::Ctx;
use super::units::UnitMatch;
use crate::model::FigureKind;

/// The spaced symbol at token `n` (right after a number), if it is one.
pub fn spaced(ctx: &Ctx, n: usize) -> Option<UnitMatch> {
    let unit = match ctx.s(n) {
        "W" => "watt",
        "PS" => "horsepower",
        _ => return None,
    };
    // "5 W 45th St": a compass point before a street number.
    // "0.2 W/cm2": a quotient, read with the measures.
    let glued = ctx.is_word(n + 1) || ctx.is_num(n + 1) || ctx.is_punct(n + 1, '/');
    if ctx.next(n).is_some_and(|k| ctx.is_num(k)) || glued {
        return None;
    }
    Some(UnitMatch {
        unit: std::borrow::Cow::Borrowed(unit),
        kind: FigureKind::Measure,
        last: n,
        factor: 1.0,
        surface_first: n,
    })
}
