//! A number alone in brackets after a name: "Dak Prescott (4)", "Ward (12)
//! and Cole (7) scored".
//!
//! What it does: tells the identifier check that a plain whole number
//! standing alone between brackets, right after a capitalised word, names
//! rather than counts: a shirt number in a photo caption, a seed or a
//! reference after a name.
//!
//! Why: captions and match reports tag players with their numbers; read as
//! figures, every caption gained a meaningless bare count. A bracket with a
//! unit ("(5 miles)") or after a lower-case word ("the fee (4)") is left to
//! the other rules.
//!
//! Example: `"Striker Jane Doe (9) scores"` → no figure; `"the top seed (1)"`
//! → no change from this rule.

use super::numbers::Num;
use super::tokens::{capitalised, Ctx};

/// Whether `num` stands alone in brackets right after a capitalised word.
pub fn after_name(ctx: &Ctx, num: &Num) -> bool {
    if num.words || !num.plain_int || num.first == 0 {
        return false;
    }
    let (open, close) = (num.first - 1, num.last + 1);
    let bracketed = ctx.is_punct(open, '(')
        && ctx.is_punct(close, ')')
        && ctx.adjacent(open, num.first)
        && ctx.adjacent(num.last, close);
    bracketed
        && ctx
            .prev(open)
            .filter(|&s| !ctx.adjacent(s, open))
            .and_then(|s| ctx.prev(s))
            .is_some_and(|w| ctx.is_word(w) && capitalised(ctx.s(w)))
}
