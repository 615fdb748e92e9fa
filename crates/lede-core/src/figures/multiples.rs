//! Multiples and repetitions: `3,200 times`, `6.5 times earnings`, `3-fold`,
//! `sixfold`.
//!
//! What it does: gives a number followed by `times` (or glued to `-fold`)
//! the unit `count`: the figure is a pure number of repetitions or a
//! multiplier, with no counted thing. Reads the one-word multiples
//! (`twofold` … `tenfold`, `twentyfold`, `hundredfold`) as such numbers.
//!
//! Why: `times` is not a noun the number counts the way `leaders` is; its
//! lemma `time` would read as a time unit (a duration) in an export. Both
//! peer suites that annotate such figures use `count` (NewsQuant for
//! "more than four times", quantulum3 for "four times per week"), so a rate
//! comes out as `count per minute`.
//!
//! Example: `"circled the track 40 times"` → 40, unit `count`;
//! `"a 12-fold rise"` → 12, unit `count`; `"spins 600 times a second"` →
//! unit `count per second`.

use super::tokens::Ctx;
use super::units::UnitMatch;
use crate::model::FigureKind;

/// The unit given to multiples and repetitions.
pub const UNIT: &str = "count";

/// The one-word multiples that open a figure (sorted; their stems are
/// number words).
pub const FOLD_WORDS: &[&str] = &[
    "eightfold",
    "fivefold",
    "fourfold",
    "hundredfold",
    "ninefold",
    "sevenfold",
    "sixfold",
    "tenfold",
    "thousandfold",
    "threefold",
    "twelvefold",
    "twentyfold",
    "twofold",
];

/// The value of a one-word multiple ("sixfold" → 6).
pub fn fold_word(w: &str) -> Option<f64> {
    let stem = w.strip_suffix("fold")?;
    match stem {
        "hundred" => Some(100.0),
        "thousand" => Some(1000.0),
        "one" | "zero" => None,
        _ => super::numbers::word_value(stem),
    }
}

/// The unit of the one-word multiple at token `n` (the number itself).
pub fn folded(ctx: &Ctx, n: usize) -> Option<UnitMatch> {
    fold_word(ctx.lower(n).as_str()).map(|_| count(n))
}

/// `times` at token `n`, right after a number.
pub fn after(ctx: &Ctx, n: usize) -> Option<UnitMatch> {
    ctx.is(n, "times").then(|| count(n))
}

/// `fold` glued by a hyphen to a number ("3-fold"), at token `n`.
pub fn hyphenated(word: &str, n: usize) -> Option<UnitMatch> {
    (word == "fold").then(|| count(n))
}

fn count(n: usize) -> UnitMatch {
    UnitMatch {
        unit: std::borrow::Cow::Borrowed(UNIT),
        kind: FigureKind::Count,
        last: n,
        factor: 1.0,
        surface_first: n,
    }
}
