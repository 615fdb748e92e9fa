//! Qualifiers: the words before (or after) a number that bound or soften it.
//!
//! What it does: recognises `more than`, `over`, `nearly`, `almost`,
//! `around`, `about`, `some`, `up to`, `at least`, `at most`, `fewer than`,
//! `no more than`, `>`, `≤`, … before a number and `or more`, `or less`,
//! `plus`, `+` after it, and the range openers `between` and `from`.
//!
//! Why: "more than 30 nations" and "30 nations" are different claims; the
//! gold convention includes the qualifier in the span and records it.
//!
//! Example: `"Around two dozen leaders"` → `About`, span from `Around`.

use super::tokens::{Ctx, Tk};
use crate::model::Qualifier;

/// A qualifier found before a number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Before {
    /// The qualifier; `Range` for "between" / "from".
    pub qualifier: Qualifier,
    /// The token after the qualifier.
    pub next: usize,
}

use Qualifier::*;

/// Phrases, longest first within each first word.
pub(super) const PHRASES: &[(&[&str], Qualifier)] = &[
    (&["more", "than", "or", "equal", "to"], AtLeast),
    (&["more", "than"], Over),
    (&["over"], Over),
    (&["above"], Over),
    (&["in", "excess", "of"], Over),
    (&["upwards", "of"], Over),
    (&["exceeding"], Over),
    (&["exceed"], Over),
    (&["exceeds"], Over),
    (&["surpass"], Over),
    (&["greater", "than", "or", "equal", "to"], AtLeast),
    (&["greater", "than"], Over),
    (&["higher", "or", "equal", "than"], AtLeast),
    (&["higher", "than"], Over),
    (&["larger", "or", "equal", "than"], AtLeast),
    (&["larger", "than"], Over),
    (&["bigger", "or", "equal", "than"], AtLeast),
    (&["bigger", "than"], Over),
    (&["well", "over"], Over),
    (&["just", "over"], Over),
    (&["just", "under"], Under),
    (&["nearly"], Under),
    (&["almost"], Under),
    (&["fewer", "than"], Under),
    (&["less", "than", "or", "equal", "to"], AtMost),
    (&["less", "or", "equal", "than"], AtMost),
    (&["less", "than"], Under),
    (&["lower", "or", "equal", "than"], AtMost),
    (&["lower", "than"], Under),
    (&["smaller", "or", "equal", "than"], AtMost),
    (&["smaller", "than"], Under),
    (&["under"], Under),
    (&["below"], Under),
    (&["close", "to"], Under),
    (&["not", "quite"], Under),
    (&["about"], About),
    (&["around"], About),
    (&["roughly"], About),
    (&["approximately"], About),
    (&["approx"], About),
    (&["circa"], About),
    (&["some"], About),
    (&["an", "estimated"], About),
    (&["estimated"], About),
    (&["at", "least", "or", "equal", "to"], AtLeast),
    (&["at", "least"], AtLeast),
    (&["no", "less", "than"], AtLeast),
    (&["no", "fewer", "than"], AtLeast),
    (&["not", "less", "than"], AtLeast),
    (&["a", "minimum", "of"], AtLeast),
    (&["minimum", "of"], AtLeast),
    (&["equal", "to", "or", "more", "than"], AtLeast),
    (&["equal", "to", "or", "greater", "than"], AtLeast),
    (&["equal", "to", "or", "less", "than"], AtMost),
    (&["at", "most"], AtMost),
    (&["up", "to"], AtMost),
    (&["as", "many", "as"], AtMost),
    (&["as", "much", "as"], AtMost),
    (&["no", "more", "than"], AtMost),
    (&["not", "more", "than"], AtMost),
    (&["a", "maximum", "of"], AtMost),
    (&["maximum", "of"], AtMost),
    (&["between"], Range),
    (&["from"], Range),
];

/// True when the lower-cased word can open a qualifier phrase.
pub(super) fn opens(w: &str) -> bool {
    matches!(
        w,
        "more"
            | "over"
            | "above"
            | "in"
            | "upwards"
            | "exceeding"
            | "exceed"
            | "exceeds"
            | "surpass"
            | "greater"
            | "higher"
            | "larger"
            | "bigger"
            | "well"
            | "just"
            | "nearly"
            | "almost"
            | "fewer"
            | "less"
            | "lower"
            | "smaller"
            | "under"
            | "below"
            | "close"
            | "not"
            | "about"
            | "around"
            | "roughly"
            | "approximately"
            | "approx"
            | "circa"
            | "some"
            | "an"
            | "estimated"
            | "at"
            | "no"
            | "a"
            | "minimum"
            | "equal"
            | "up"
            | "as"
            | "maximum"
            | "between"
            | "from"
    )
}

/// The indices of the [`PHRASES`] whose first word is `w`, in table order
/// (so the longest phrase is still tried first). Built once: a word tries
/// only its own few phrases instead of scanning the whole table.
fn phrases_opened_by(w: &str) -> &'static [usize] {
    static INDEX: std::sync::OnceLock<crate::hash::FastMap<&'static str, Vec<usize>>> =
        std::sync::OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut index = crate::hash::FastMap::<&'static str, Vec<usize>>::default();
        for (k, (phrase, _)) in PHRASES.iter().enumerate() {
            index.entry(phrase[0]).or_default().push(k);
        }
        index
    });
    index.get(w).map_or(&[], Vec::as_slice)
}

/// Matches `rest` word by word after token `i` (one space between words,
/// as [`Ctx::phrase`]); returns the index of the last token matched.
#[inline]
fn rest_of_phrase(ctx: &Ctx, i: usize, rest: &[&str]) -> Option<usize> {
    let mut k = i;
    for w in rest {
        k = ctx.next(k)?;
        if !ctx.is(k, w) {
            return None;
        }
    }
    Some(k)
}

/// The [`PHRASES`] (indices) the lower-cased word `w` opens.
pub(super) fn phrases_of(w: &str) -> &'static [usize] {
    if opens(w) {
        phrases_opened_by(w)
    } else {
        &[]
    }
}

/// The qualifier starting at the word token `i` whose lower-cased form
/// opens `phrases` ([`phrases_of`]).
pub(super) fn before_word(ctx: &Ctx, i: usize, phrases: &[usize]) -> Option<Before> {
    for &k in phrases {
        let (phrase, q) = &PHRASES[k];
        // The first word is the token's: match the rest.
        if let Some(last) = rest_of_phrase(ctx, i, &phrase[1..]) {
            let mut next = ctx.next(last)?;
            // "approx. 30": the abbreviation's dot. After any other word a
            // dot ends the sentence ("It was over. Two men were hurt").
            if phrase[phrase.len() - 1] == "approx"
                && ctx.is_punct(next, '.')
                && ctx.adjacent(last, next)
            {
                next = ctx.next(next)?;
            }
            return Some(Before {
                qualifier: *q,
                next,
            });
        }
    }
    None
}

/// The qualifier starting at token `i`, if any.
pub fn before(ctx: &Ctx, i: usize) -> Option<Before> {
    match ctx.kind(i)? {
        Tk::Word => {
            // Lower-cased once: `as_str` re-validates a lower-cased copy.
            let lower = ctx.lower(i);
            before_word(ctx, i, phrases_of(lower.as_str()))
        }
        Tk::Punct(c) => {
            let (q, last) = match c {
                '>' | '<' => {
                    let eq = ctx.next(i).filter(|&k| ctx.is_punct(k, '='));
                    match (c, eq) {
                        ('>', Some(k)) => (AtLeast, k),
                        ('<', Some(k)) => (AtMost, k),
                        ('>', None) => (Over, i),
                        _ => (Under, i),
                    }
                }
                '≥' => (AtLeast, i),
                '≤' => (AtMost, i),
                '~' => (About, i),
                _ => return None,
            };
            let next = ctx.next(last)?;
            Some(Before { qualifier: q, next })
        }
        _ => None,
    }
}

/// A qualifier after the number or unit ending at `last`: "or more",
/// "or less", "or so", "plus", "+". Returns it and its last token.
pub fn after(ctx: &Ctx, last: usize) -> Option<(Qualifier, usize)> {
    if ctx.is_punct(last + 1, '+') && !ctx.is_num(last + 2) {
        return Some((Over, last + 1));
    }
    // "30-plus"
    if ctx.is_hyphen(last + 1) && ctx.adjacent(last, last + 1) && ctx.is(last + 2, "plus") {
        return Some((Over, last + 2));
    }
    let n = ctx.next_word(last)?;
    let w = ctx.lower(n);
    match w.as_str() {
        "plus" => {
            // "30 plus" but not "30 plus 5".
            let after = ctx.next(n);
            if after.is_some_and(|k| ctx.is_num(k)) {
                return None;
            }
            Some((Over, n))
        }
        "or" | "and" => {
            let m = ctx.next_word(n)?;
            let mw = ctx.lower(m);
            let q = match mw.as_str() {
                "more" | "greater" | "higher" | "above" | "over" => AtLeast,
                "less" | "fewer" | "lower" | "below" | "under" => AtMost,
                "so" if w.as_str() == "or" => About,
                _ => return None,
            };
            // "5 or more" but not "5 or more than 6".
            if let Some(t) = ctx.next_word(m) {
                if ctx.is(t, "than") {
                    return None;
                }
            }
            Some((q, m))
        }
        _ => None,
    }
}
