//! Counts of things sized by a measure: "eight million 250ml bottles",
//! "600 40ft containers", "2.9 million 9 liter cases".
//!
//! What it does: after the scan, a bare count followed right away by a
//! measure figure ("250ml", "9 liter") and then a plural noun gets that
//! noun as its unit. Both figures stay: the count keeps its span on the
//! number, the size is a figure of its own.
//!
//! Why: read left to right, the first number found no noun (a number
//! follows it) and came out bare; a reader wants "8m bottles" next to
//! "250ml".
//!
//! Example: `"They shipped 600 40ft containers"` → 600, unit `container`
//! (span `600`), and 40, unit `foot`.

use super::ellipsis::tokens_of;
use super::tokens::Ctx;
use super::units;
use crate::model::{Annotation, Detail, FigureKind};

/// Gives the bare counts of `out` that precede a size their noun.
pub fn apply(ctx: &Ctx, out: &mut [Annotation]) {
    for k in 1..out.len() {
        let Detail::Figure(size) = &out[k].detail else {
            continue;
        };
        if size.kind != FigureKind::Measure {
            continue;
        }
        let (size_first, size_last) = tokens_of(ctx, &out[k]);
        let (_, count_last) = tokens_of(ctx, &out[k - 1]);
        // The count, one space, then the size.
        if ctx.next(count_last) != Some(size_first) || ctx.adjacent(count_last, size_first) {
            continue;
        }
        let Some(noun) = ctx
            .next_word(size_last)
            .filter(|&w| ctx.next(size_last) == Some(w))
        else {
            continue;
        };
        let Some(u) = units::counted_noun(ctx, noun, true) else {
            continue;
        };
        let head = ctx.s(u.last);
        if !units::looks_plural(ctx.lower(u.last).as_str()) {
            continue;
        }
        let Detail::Figure(count) = &mut out[k - 1].detail else {
            continue;
        };
        if count.kind != FigureKind::Count || count.unit.is_some() || count.value_high.is_some() {
            continue;
        }
        count.display.push(' ');
        count.display.push_str(head);
        count.unit = Some(u.unit.into_owned());
    }
}
