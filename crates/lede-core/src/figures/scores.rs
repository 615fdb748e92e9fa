//! Scores and tallies: "beat Chelsea 3-1", "won 6-4, 3-6, 7-5", "a 2-2
//! draw", "voted 52-48", "a 5-4 ruling".
//!
//! What it does: reads two whole numbers joined by a dash with no space
//! ("3-1", "3–1") as one figure of kind `score` (value the first side's,
//! `value_high` the second's, display with an en dash), when the sentence
//! says it is a result: a verb of winning, losing, leading or voting at
//! most four words before it ("United beat Chelsea 3-1"), or a result noun
//! right after it ("a 2-1 win", "a 5-4 majority"). Set scores listed after
//! a score ("6-4, 3-6, 7-5") are scores too.
//!
//! Why: a result is a figure a fact-checker checks like any other, and read
//! as a range "won 3-6" became "3 to 6" while "won 6-4" was dropped (a
//! second bound below the first is no range). Without such a word a dash
//! between numbers stays what it was: a range ("aged 18-24") or, with the
//! second number lower, nothing (a code: "code 12-7").
//!
//! Example: `"Spain beat Italy 2-1 in Berlin"` → score 2–1 (value 2, value
//! high 1).

use super::numbers::Num;
use super::tokens::{Ctx, Tk};

/// A score after its first side's number.
pub struct Score {
    /// The second side's number.
    pub other: f64,
    /// Last token of the score.
    pub last: usize,
}

/// Words before a score that say it is a result ("won 3-1", "voted 52-48").
const VERBS: &str = words![
    "beat",
    "beats",
    "beating",
    "won",
    "win",
    "wins",
    "winning",
    "lost",
    "lose",
    "loses",
    "losing",
    "drew",
    "draw",
    "draws",
    "drawing",
    "led",
    "lead",
    "leads",
    "leading",
    "trailed",
    "trail",
    "trails",
    "trailing",
    "defeated",
    "defeats",
    "edged",
    "edging",
    "thrashed",
    "crushed",
    "routed",
    "hammered",
    "overcame",
    "downed",
    "stunned",
    "voted",
    "vote",
    "votes",
    "passed",
    "approved",
    "rejected",
    "ruled",
    "split",
    "scored",
    "score",
    "scoreline",
    "finished",
    "ended",
    "tied",
    "levelled",
    "leveled",
];

/// Nouns right after a score that say it is a result ("a 2-1 win").
const NOUNS: &str = words![
    "win",
    "wins",
    "victory",
    "victories",
    "defeat",
    "defeats",
    "draw",
    "draws",
    "loss",
    "losses",
    "lead",
    "scoreline",
    "thrashing",
    "drubbing",
    "aggregate",
    "ruling",
    "rulings",
    "decision",
    "decisions",
    "majority",
    "vote",
    "votes",
    "verdict",
    "margin",
    "home",
    "away",
    "triumph",
    "success",
    "setback",
    "reverse",
    "result",
];

/// Whether a phrase after token `last` places a result in a match: "on
/// aggregate", "on penalties", "at half-time", "after extra time".
fn result_phrase(ctx: &Ctx, last: usize) -> bool {
    const PHRASES: [&[&str]; 7] = [
        &["on", "aggregate"],
        &["on", "penalties"],
        &["on", "pens"],
        &["at", "half"],
        &["at", "the", "break"],
        &["at", "full"],
        &["after", "extra", "time"],
    ];
    ctx.next(last)
        .is_some_and(|n| PHRASES.iter().any(|p| ctx.phrase(n, p).is_some()))
}

/// The dash and second number after `num`, all glued: ("3-1"), its value
/// and last token. Whole numbers of up to three digits only: a score is
/// never "2.5-1" or "1,000-2".
fn glued(ctx: &Ctx, num: &Num) -> Option<(f64, usize)> {
    let (d, k) = (num.last + 1, num.last + 2);
    let small = |n: &Num| n.plain_int && !n.words && !n.scaled && n.digits <= 3;
    if !small(num) || !ctx.is_range_dash(d) || !ctx.adjacent(num.last, d) {
        return None;
    }
    if !ctx.is_num(k) || !ctx.adjacent(d, k) {
        return None;
    }
    let text = ctx.s(k);
    if text.len() > 3 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // "a 4-3-3 formation", "1-2-3": no score.
    if ctx.is_range_dash(k + 1) && ctx.adjacent(k, k + 1) {
        return None;
    }
    // "3-1.5", "3-1,000", "3-1bn", "45-50%": the second number goes on,
    // or is no side's count; closing marks may follow it.
    if ctx.adjacent(k, k + 1) && ctx.kind(k + 1).is_some_and(|t| !matches!(t, Tk::Space(_))) {
        let closes = [')', ';', ':', '!', '?', '”', '"', '’', '\'']
            .iter()
            .any(|&c| ctx.is_punct(k + 1, c));
        let stop = (ctx.is_punct(k + 1, ',') || ctx.is_punct(k + 1, '.'))
            && !(ctx.is_num(k + 2) && ctx.adjacent(k + 1, k + 2));
        if !closes && !stop {
            return None;
        }
    }
    Some((super::numbers::digits_value(text).0, k))
}

/// Whether a word before token `first` (at most four words back, within
/// its clause) says a result follows.
fn verb_before(ctx: &Ctx, first: usize) -> bool {
    let mut k = first;
    for _ in 0..4 {
        let Some(p) = ctx.prev_word(k) else {
            return false;
        };
        if crate::listed(VERBS, ctx.lower(p).as_str()) {
            return true;
        }
        k = p;
    }
    false
}

/// The score starting at `num` (its first side), when the text says it is
/// a result.
pub fn at(ctx: &Ctx, num: &Num) -> Option<Score> {
    let (other, last) = glued(ctx, num)?;
    let score = Score { other, last };
    let next = ctx.next_word(last).map(|n| ctx.lower(n));
    let noun_after = next
        .as_ref()
        .is_some_and(|n| crate::listed(NOUNS, n.as_str()))
        || result_phrase(ctx, last);
    // "won 40-45 seats": a rising pair before a counted plural is a range.
    if !noun_after && other > num.value && next.as_ref().is_some_and(|n| n.as_str().ends_with('s'))
    {
        return None;
    }
    if noun_after || verb_before(ctx, num.first) || listed_after_score(ctx, num.first) {
        Some(score)
    } else {
        None
    }
}

/// Whether the token `first` follows a score of the same list: "6-4, 3-6"
/// or "6-4 3-6" (set scores), whose head a verb introduces.
fn listed_after_score(ctx: &Ctx, first: usize) -> bool {
    let mut k = first;
    // At most five sets back.
    for _ in 0..5 {
        let Some(mut p) = ctx.prev(k) else {
            return false;
        };
        if ctx.is_punct(p, ',') {
            let Some(q) = ctx.prev(p) else {
                return false;
            };
            p = q;
        }
        // `p`: the second number of the score before, glued to a dash and
        // a first number.
        if !ctx.is_num(p) || p < 2 || !ctx.is_range_dash(p - 1) || !ctx.is_num(p - 2) {
            return false;
        }
        if !ctx.adjacent(p - 2, p - 1) || !ctx.adjacent(p - 1, p) {
            return false;
        }
        if verb_before(ctx, p - 2) {
            return true;
        }
        k = p - 2;
    }
    false
}
