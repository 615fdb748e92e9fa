//! Ordinals modifying a noun: `third year`, `first direct meeting`,
//! `22nd amendment`.
//!
//! What it does: reads an ordinal (word or digits with suffix) followed by a
//! noun phrase and gives its number with the noun as unit. Adverbial uses
//! ("first emerged", "take everything first"), hyphenated compounds
//! ("second-largest") and names ("First Minister" mid-sentence) are left out.
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
    let noun = units::ordinal_noun(ctx, n)?;
    Some((value, last, noun))
}
