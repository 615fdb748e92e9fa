//! Parts of a group: "two of the victims", "35m of its users".
//!
//! What it does: after the scan, gives a bare whole count the noun of the
//! group it is taken from, when "of" and a determiner or possessive follow
//! it ("of the", "of its", "of Johnson's") and a plural noun ends the
//! phrase within three words. The span stays on the number: the noun
//! belongs to the group.
//!
//! Why: "two of the victims were children" counts victims; without the
//! noun the figure is a bare 2. A number after the determiner ("12 of the
//! 30 seats") is left to [`super::ellipsis`], and shares ("half of the
//! voters") stay shares.
//!
//! Example: `"Three of the climbers turned back"` → 3, unit `climber`,
//! span `Three`.

use super::ellipsis::tokens_of_span;
use super::tokens::{Ctx, Tk};
use super::units;
use crate::model::{Annotation, Detail, FigureKind};

/// Most words between the determiner and the plural noun.
const WORDS: usize = 3;

/// Gives the bare counts of `out` the noun of their group.
pub fn apply(ctx: &Ctx, out: &mut [Annotation]) {
    for a in out.iter_mut() {
        let span = a.span;
        let Detail::Figure(f) = &mut a.detail else {
            continue;
        };
        let whole = f.value.is_some_and(|v| v >= 1.0 && v.fract() == 0.0);
        if f.kind != FigureKind::Count || f.unit.is_some() || f.value_high.is_some() || !whole {
            continue;
        }
        // The token search only for the few bare counts.
        let (_, last) = tokens_of_span(ctx, span);
        if let Some(noun) = group_noun(ctx, last) {
            let word = ctx.s(noun);
            f.display.push(' ');
            f.display.push_str(word);
            f.unit = Some(units::lemma(word));
        }
    }
}

/// The plural noun of "of the/its/Name's [adjectives] NOUNS" after `last`.
fn group_noun(ctx: &Ctx, last: usize) -> Option<usize> {
    let of = ctx.next(last)?;
    if !ctx.is(of, "of") {
        return None;
    }
    let det = ctx.next_word(of)?;
    let mut k = det;
    let determiner = matches!(
        ctx.lower(det).as_str(),
        "the" | "its" | "their" | "his" | "her" | "our" | "your" | "my" | "these" | "those"
    );
    if !determiner {
        // "of Johnson's deputies": a possessive name.
        let apostrophe = matches!(ctx.kind(det + 1), Some(Tk::Punct('\'' | '’')));
        if !(apostrophe && ctx.is(det + 2, "s") && ctx.adjacent(det, det + 1)) {
            return None;
        }
        k = det + 2;
    }
    for _ in 0..WORDS {
        let n = ctx.next(k)?;
        if !ctx.is_word(n) {
            return None;
        }
        let w = ctx.lower(n);
        let w = w.as_str();
        if units::is_stopword(w) {
            return None;
        }
        if units::looks_plural(w) {
            // "92 of the Lords' 750 peers": a possessive is not the group.
            let possessive = matches!(ctx.kind(n + 1), Some(Tk::Punct('\'' | '’')));
            return (!possessive).then_some(n);
        }
        k = n;
    }
    None
}
