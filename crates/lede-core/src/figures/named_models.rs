//! Counts of a named model: "63,000 Model 3 sedans", "27,000 Model S and
//! Model X vehicles", "40 Airbus A320 jets".
//!
//! What it does: after a number, reads a run of capitalised words, model
//! codes (digits, single capitals) and "and" that ends in a lower-case plural
//! noun, and makes that noun the counted unit: the product name is a
//! modifier, like an adjective.
//!
//! Why: the name's own number or letter broke the counted-noun walk, and
//! the identifier check then took the count for a model name ("the 787
//! Dreamliner"), dropping the figure or leaving it bare. A plural noun
//! after the name shows the number counts things.
//!
//! Example: `"delivered 9,000 Model Y cars"` → 9000, unit `car`, span
//! `9,000 Model Y cars`.

use super::tokens::{all_caps, capitalised, Ctx, Tk};
use super::units::{self, UnitMatch};
use crate::model::FigureKind;

/// Most tokens of the name.
const NAME_WORDS: usize = 6;

/// The plural noun after a product name starting at token `n`.
pub fn after(ctx: &Ctx, n: usize) -> Option<UnitMatch> {
    if !capitalised(ctx.s(n)) {
        return None;
    }
    let mut k = n;
    let mut coded = false;
    for _ in 0..NAME_WORDS {
        let s = ctx.s(k);
        match ctx.kind(k) {
            Some(Tk::Num) => coded = true,
            Some(Tk::Word) if ctx.is(k, "and") => coded = true,
            Some(Tk::Word) if all_caps(s) && s.len() <= 2 => coded = true,
            Some(Tk::Word) if capitalised(s) => {}
            Some(Tk::Word) => {
                let w = ctx.lower(k);
                let w = w.as_str();
                let noun = units::looks_plural(w)
                    && !units::is_stopword(w)
                    && units::measure(w).is_none()
                    && units::time_unit(w).is_none();
                return (coded && noun).then(|| UnitMatch {
                    unit: units::lemma(s).into(),
                    kind: FigureKind::Count,
                    last: k,
                    factor: 1.0,
                    surface_first: k,
                });
            }
            _ => return None,
        }
        k = ctx.next(k)?;
    }
    None
}
