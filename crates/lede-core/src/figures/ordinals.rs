//! Ordinals modifying a noun: `third year`, `first direct meeting`,
//! `22nd amendment`.
//!
//! What it does: reads an ordinal (word or digits with suffix) followed by a
//! noun phrase and gives its number with the noun as unit. Adverbial uses
//! ("first emerged", "take everything first"), ranks ("second-largest",
//! "second largest") and names ("First Minister" mid-sentence) are left out.
//!
//! Why: the gold convention counts an ordinal modifying a noun as a figure
//! (kind `ordinal`), and only then.
//!
//! Example: `"the first Oval Office meeting"` → 1, unit `meeting`.

use super::numbers;
use super::tokens::{capitalised, Ctx};
use super::units::{self, UnitMatch};

/// An ordinal with its noun: value, last token of the ordinal, the noun.
pub fn parse(ctx: &Ctx, i: usize) -> Option<(f64, usize, UnitMatch)> {
    let (value, last) = numbers::compound_ordinal(ctx, i).or_else(|| numbers::ordinal(ctx, i))?;
    // "second-largest", "first-ever": hyphenated compounds are not counted.
    if ctx.is_hyphen(last + 1) && ctx.adjacent(last, last + 1) {
        return None;
    }
    if i > 0 && ctx.is_hyphen(i - 1) && ctx.adjacent(i - 1, i) {
        return None;
    }
    // A capitalised ordinal word mid-sentence is part of a name.
    if ctx.is_word(i) && capitalised(ctx.s(i)) && !ctx.starts_sentence(i) {
        return None;
    }
    let n = ctx.next_word(last)?;
    // "First Minister", "Second World War": titles and names.
    if ctx.is_word(i) && capitalised(ctx.s(i)) && capitalised(ctx.s(n)) {
        return None;
    }
    // "the world's second largest exporter": a rank, like "second-largest";
    // "the first six months": the number after it is the figure.
    let nw = ctx.lower(n);
    if is_superlative(nw.as_str()) || numbers::word_value(nw.as_str()).is_some() {
        return None;
    }
    // "the first minister", "the first lady": titles, in any case.
    if value == 1.0 && is_title_after_first(nw.as_str()) {
        return None;
    }
    let noun = units::ordinal_noun(ctx, n)?;
    Some((value, last, noun))
}

/// What it does: true for a superlative ("largest", "most"), the word after
/// an ordinal that ranks rather than counts.
/// Why: "second-largest" is left out as a hyphenated compound; written
/// open ("the second largest exporter") it is the same rank, not a second
/// exporter.
/// Example: `"third biggest"` → no figure; `"third year"` → ordinal.
fn is_superlative(w: &str) -> bool {
    matches!(
        w,
        "largest"
            | "biggest"
            | "highest"
            | "lowest"
            | "best"
            | "worst"
            | "most"
            | "least"
            | "fastest"
            | "busiest"
            | "richest"
            | "oldest"
            | "smallest"
            | "longest"
            | "greatest"
            | "strongest"
            | "deadliest"
            | "heaviest"
            | "wealthiest"
            | "poorest"
            | "closest"
            | "youngest"
            | "tallest"
            | "hottest"
            | "coldest"
            | "wettest"
            | "driest"
            | "cheapest"
            | "shortest"
            | "weakest"
            | "safest"
            | "newest"
            | "slowest"
    )
}

/// What it does: true for the words that make "first" a title: "first
/// minister(s)", "first lady", "first secretary".
/// Why: BBC copy writes "the first minister's plan" in lower case; the
/// capitalised form was already left out as a name, but the lower-case one
/// came out as an ordinal (1, unit minister).
/// Example: `"the first minister said"` → no figure; `"the first meeting"`
/// → ordinal.
fn is_title_after_first(w: &str) -> bool {
    matches!(
        w,
        "minister" | "ministers" | "lady" | "secretary" | "gentleman"
    )
}
