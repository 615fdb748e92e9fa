//! Reporting periods: quarters and halves of a year ("Q3 2024", "H1
//! 2025") and fiscal years ("FY2024", "FY24").
//!
//! What it does: reads "Q" (1 to 4) or "H" (1 or 2) glued to a digit and
//! followed by a year as one date, with the ISO-style period `2024-Q3`;
//! and "FY" glued to a year as that year.
//!
//! Why: company results and forecasts are dated this way; a letter glued
//! to digits was skipped as an identifier, and its year with it.
//!
//! Example: `"profits in Q3 2024"` → date `2024-Q3`; `"FY24 guidance"` →
//! year 2024, display `FY24`.

use super::numbers::Num;
use super::tokens::{Ctx, Tk};
use crate::model::FigureKind;

/// A period: first and last token, display, ISO form (dates), value
/// (years) and kind.
pub struct Period {
    /// First token (the letter).
    pub first: usize,
    /// Last token.
    pub last: usize,
    /// What the display shows.
    pub display: String,
    /// `2024-Q3` for a quarter or half.
    pub iso: Option<String>,
    /// The year, for a fiscal year.
    pub value: Option<f64>,
    /// Date or year.
    pub kind: FigureKind,
}

/// The period whose digits are `num`, with a letter glued before them.
pub fn at(ctx: &Ctx, num: &Num) -> Option<Period> {
    let f = num.first;
    if !num.plain_int || num.words || f == 0 || !ctx.is_word(f - 1) || !ctx.adjacent(f - 1, f) {
        return None;
    }
    // Nothing glued after the digits but a comma or a full stop ("Q3s",
    // "FY2024-25" are left alone).
    let glued_after = match ctx.kind(num.last + 1) {
        None | Some(Tk::Space(_) | Tk::Punct(',' | '.')) => false,
        Some(_) => ctx.adjacent(num.last, num.last + 1),
    };
    if glued_after {
        return None;
    }
    let letter = ctx.s(f - 1);
    let v = num.value as u32;
    match letter {
        "Q" | "H" if num.digits == 1 && (1..=if letter == "Q" { 4 } else { 2 }).contains(&v) => {
            let y = ctx.next(num.last).filter(|&y| ctx.is_num(y))?;
            let year = super::numbers::digits_value(ctx.s(y));
            if year.1 || year.2 != 4 || !(1900.0..=2100.0).contains(&year.0) {
                return None;
            }
            let year = year.0 as u32;
            let mut iso = String::with_capacity(8);
            super::display::push_digits(&mut iso, u64::from(year));
            iso.push('-');
            iso.push_str(letter);
            super::display::push_digits(&mut iso, u64::from(v));
            let display = ctx.between(f - 1, y).to_string();
            Some(Period {
                first: f - 1,
                last: y,
                display,
                iso: Some(iso),
                value: None,
                kind: FigureKind::Date,
            })
        }
        "FY" if num.digits == 4 || num.digits == 2 => {
            let year = if num.digits == 2 {
                2000.0 + num.value
            } else {
                num.value
            };
            if !(1900.0..=2100.0).contains(&year) {
                return None;
            }
            Some(Period {
                first: f - 1,
                last: num.last,
                display: ctx.between(f - 1, num.last).to_string(),
                iso: None,
                value: Some(year),
                kind: FigureKind::Year,
            })
        }
        _ => None,
    }
}
