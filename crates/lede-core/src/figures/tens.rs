//! Approximate tens: "temperatures in the mid-30s", "highs in the upper
//! 80s", "polling in the low 40s".
//!
//! What it does: reads a round two-digit number with a glued "s" ("30s")
//! after "low", "mid", "high" and the like ("mid-30s", "the low 20s") as a
//! range within that ten: low 30–33, mid 34–36, high 37–39. In a sentence
//! about the weather (a temperature word up to twelve tokens before it) it
//! is a measure in degrees, and with no modifier it is the whole ten
//! ("temperatures in the 30s" → 30–39 degrees), not the 1930s.
//!
//! Why: weather reports write temperatures this way; read alone, "the
//! mid-30s" was a bare 30 and "in the 30s" a decade.
//!
//! Example: `"Temperatures reached the mid-30s"` → 34–36 degrees.

use super::numbers::Num;
use super::tokens::{Ctx, Tk};

/// An approximate ten.
pub struct Tens {
    /// The range's low end.
    pub low: f64,
    /// The range's high end.
    pub high: f64,
    /// First token (the modifier, when there is one).
    pub first: usize,
    /// Whether the sentence speaks of temperatures.
    pub temperature: bool,
}

/// Words that make a sentence speak of temperatures ("hot" and "cold" do
/// not: "hot fashion from the 80s").
const WEATHER: &str = words![
    "temperature",
    "temperatures",
    "highs",
    "lows",
    "degrees",
    "heat",
    "heatwave",
    "thermometer",
    "thermometers",
    "mercury",
    "celsius",
    "fahrenheit",
];

/// The approximate ten at `num` ("30" of "mid-30s"), with its last token
/// (the glued "s") at `num.last + 1`.
pub fn at(ctx: &Ctx, num: &Num) -> Option<Tens> {
    let round = num.plain_int
        && !num.words
        && num.digits == 2
        && num.value % 10.0 == 0.0
        && ctx.glued_s(num.last);
    if !round {
        return None;
    }
    // The modifier: "mid-30s" (hyphenated) or "low 20s".
    let f = num.first;
    let hyphenated = f >= 2 && ctx.hyphen_joins(f - 2);
    let m = if hyphenated {
        Some(f - 2).filter(|&m| ctx.is_word(m))
    } else {
        ctx.prev_word(f)
    };
    let modifier = m.and_then(|m| {
        let part = match ctx.lower(m).as_str() {
            "low" | "lower" | "early" => 0,
            "mid" | "middle" => 1,
            "high" | "upper" | "late" => 2,
            _ => return None,
        };
        Some((m, part))
    });
    let temperature = weather_before(ctx, modifier.map_or(f, |(m, _)| m));
    let (first, low, high) = match modifier {
        // "early" and "late" tens are ages and decades unless it is hot.
        Some((m, part)) if temperature || !matches!(ctx.lower(m).as_str(), "early" | "late") => {
            let (a, b) = [(0.0, 3.0), (4.0, 6.0), (7.0, 9.0)][part];
            (m, num.value + a, num.value + b)
        }
        Some(_) => return None,
        None if temperature => (f, num.value, num.value + 9.0),
        None => return None,
    };
    Some(Tens {
        low,
        high,
        first,
        temperature,
    })
}

/// Whether a temperature word is among the twelve tokens before token `k`
/// in its sentence.
fn weather_before(ctx: &Ctx, k: usize) -> bool {
    let lo = k.saturating_sub(12);
    (lo..k)
        .rev()
        .take_while(|&j| {
            !matches!(
                ctx.kind(j),
                Some(Tk::Punct('.' | '!' | '?')) | Some(Tk::Space(true))
            )
        })
        .any(|j| ctx.is_word(j) && crate::listed(WEATHER, ctx.lower(j).as_str()))
}
