//! Quote style: direct, partial, scare or title.
//!
//! # What it does
//! Decides in the order of the annotation conventions:
//! 1. **title**: the quote follows `entitled`, `titled`, `headlined`, or a
//!    work noun (`the book “…”`) and is written in title case;
//! 2. **scare**: a short quoted label — after a naming word (`dubbed the`,
//!    `so-called`, `known as`), headed by a group/force/concept noun
//!    (`“reassurance force”`), in title case (`“Coalition of the Willing”`) —
//!    or a short phrase with no identifiable speaker (`officials believe the
//!    “cast iron” guarantees …`);
//! 3. **direct**: a complete clause that is the whole of what is reported:
//!    it opens its sentence, or follows a colon, a cue verb or `that`, and
//!    runs to the end of the clause;
//! 4. **partial**: anything smaller woven into the sentence.
//!
//! # Why
//! A fact-checker treats a full statement, a borrowed phrase and a label
//! differently; the style says which it is.
//!
//! # Example
//! `Diaz said the plan was “a real milestone”` → partial;
//! `the so-called “harbour tax”` → scare; `Diaz said: “We will win.”` →
//! direct.

use super::context::{Context, QuoteTokens};
use super::lexicon;
use crate::model::QuoteStyle;

/// Why a quote got its style (typed, for tests and diagnostics).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reason {
    /// Name of a work.
    WorkTitle,
    /// After a naming word.
    Named,
    /// Headed by a label noun.
    LabelHead,
    /// Written in title case.
    TitleCase,
    /// No identifiable speaker.
    NoSpeaker,
    /// A full clause, the whole report.
    WholeClause,
    /// A fragment woven in.
    Fragment,
}

/// Words of the quote (token indices), at most `N`, on the stack.
struct Words<const N: usize> {
    idx: [usize; N],
    len: usize,
}

impl<const N: usize> Words<N> {
    fn of(ctx: &Context<'_>, q: &QuoteTokens) -> Words<N> {
        let mut w = Words {
            idx: [0; N],
            len: 0,
        };
        for k in q.first..q.end.min(ctx.toks.len()) {
            if w.len == N {
                break;
            }
            if ctx.toks[k].is_word() {
                w.idx[w.len] = k;
                w.len += 1;
            }
        }
        w
    }

    fn as_slice(&self) -> &[usize] {
        &self.idx[..self.len]
    }
}

/// Whether the quote reads as a clause: a subject and a finite verb that is
/// not inside a relative clause.
pub(crate) fn is_clause(ctx: &Context<'_>, q: &QuoteTokens) -> bool {
    // The quote's first 40 words (token indices), read one after another as
    // needed: a zeroed array of them cost a `memory.fill` per quote (a call
    // out to C++ in V8), and most quotes are decided by their first words.
    const WORDS: usize = 40;
    let end = q.end.min(ctx.toks.len());
    // The quote's first word token at or after token `k`.
    let next_word = |k: usize| (k..end).find(|&j| ctx.toks[j].is_word());
    let Some(first) = next_word(q.first) else {
        return false;
    };
    let starts_ok = ctx.toks[first].capitalised()
        || ctx.is(first, lexicon::SUBJECT_WORD)
        || matches!(
            ctx.word(first),
            "the" | "a" | "an" | "no" | "all" | "every" | "some" | "many" | "nobody" | "none"
        );
    if !starts_ok {
        return false;
    }
    // "It's a disgrace", "We're ready", "That's wrong": a subject and its
    // verb in one word.
    if is_subject_contraction(ctx.word(first)) {
        return true;
    }
    let second = next_word(first + 1);
    // "We expect …", "they want …": a personal pronoun and a verb.
    if let Some(second) = second {
        // No character outside ASCII lower-cases to a letter of these.
        if ["i", "we", "you", "he", "she", "they", "it"]
            .iter()
            .any(|p| ctx.word(first).eq_ignore_ascii_case(p))
            && ctx.is_lower_word(second)
            && !ctx.is(second, lexicon::FUNCTION_WORD)
        {
            return true;
        }
    }
    // A quote opening with a capital is a sentence of its own: any finite
    // verb makes it a clause ("The one thing that matters is …").
    if ctx.toks[first].capitalised() && second.and_then(|s| next_word(s + 1)).is_some() {
        let mut at = Some(first);
        let mut n = 0;
        while let Some(k) = at.filter(|_| n < WORDS) {
            if ctx.is(k, lexicon::FINITE_VERB)
                || (ctx.is_lower_word(k) && ctx.word(k).ends_with("ed") && ctx.word(k).len() > 4)
            {
                return true;
            }
            n += 1;
            at = next_word(k + 1);
        }
    }
    // Words 2 to 40: word `n` (from 0) is token `k`.
    let mut at = second;
    let mut n = 1;
    while let Some(k) = at.filter(|_| n < WORDS) {
        if ctx.is(k, lexicon::RELATIVISER) {
            return false;
        }
        let w = ctx.word(k);
        let finite = ctx.is(k, lexicon::FINITE_VERB)
            || (ctx.is_lower_word(k) && w.ends_with("ed") && w.len() > 4)
            || (ctx.is(k, lexicon::CUE) && ctx.is_lower_word(k) && !w.ends_with("ing"));
        if finite {
            return true;
        }
        n += 1;
        at = next_word(k + 1);
    }
    // "I’m", "It’s" at the start.
    ctx.is(first, lexicon::FINITE_VERB)
}

fn is_title_case(ctx: &Context<'_>, q: &QuoteTokens) -> bool {
    let words = Words::<8>::of(ctx, q);
    let ws = words.as_slice();
    ws.len() >= 2
        && ws.iter().all(|&k| {
            ctx.toks[k].capitalised()
                || matches!(
                    ctx.word(k),
                    "of" | "the" | "and" | "for" | "to" | "a" | "in" | "on" | "at" | "by" | "with"
                )
        })
}

/// The word token before the opening mark, skipping one determiner.
fn word_before(ctx: &Context<'_>, q: &QuoteTokens, skip_det: bool) -> Option<usize> {
    let open = q.open?;
    let mut k = open.checked_sub(1)?;
    if skip_det && matches!(ctx.word(k), "the" | "a" | "an" | "The" | "A") {
        k = k.checked_sub(1)?;
    }
    ctx.toks[k].is_word().then_some(k)
}

/// Whether the quote is the first half of a sentence split by its credit:
/// `“The wall,” said Ana Diaz, “is finished.”` (a speech verb after it,
/// then a quote going on in lower case, in the same sentence).
fn is_split_first(ctx: &Context<'_>, q: &QuoteTokens) -> bool {
    let Some(close) = q.close else { return false };
    let end = q.frame_end.min(close + 10).min(ctx.toks.len());
    let mut cue = false;
    for k in close + 1..end {
        if ctx.is_mark(k) {
            return cue && ctx.is_lower_word(k + 1);
        }
        if ctx.is_punct(k, ".") || ctx.toks[k].in_quote() {
            return false;
        }
        cue |= ctx.is_lower_word(k) && ctx.is(k, lexicon::CUE);
    }
    false
}

/// Whether the quote is a label (scare quote) whatever the speaker.
fn label_reason(ctx: &Context<'_>, q: &QuoteTokens, n_words: usize) -> Option<Reason> {
    if n_words > 5 || is_clause(ctx, q) || is_split_first(ctx, q) {
        return None;
    }
    if let Some(k) = word_before(ctx, q, true) {
        if ctx.is(k, lexicon::NAMING_WORD) {
            return Some(Reason::Named);
        }
        if ctx.word(k) == "as" && k > 0 && ctx.word(k - 1) == "known" {
            return Some(Reason::Named);
        }
    }
    if is_title_case(ctx, q) {
        return Some(Reason::TitleCase);
    }
    // "the “cash for honours” affair": a name the article gives a matter,
    // the noun right after the closing mark.
    if let (Some(open), Some(close)) = (q.open, q.close) {
        let after = close + 1;
        if open > 0
            && ctx.word(open - 1).eq_ignore_ascii_case("the")
            && ctx.is_lower_word(after)
            && matches!(
                ctx.word(after),
                "affair"
                    | "scandal"
                    | "row"
                    | "controversy"
                    | "saga"
                    | "case"
                    | "campaign"
                    | "policy"
            )
        {
            return Some(Reason::LabelHead);
        }
    }
    // The head noun: the word before "of", else the last word.
    let words = Words::<8>::of(ctx, q);
    let ws = words.as_slice();
    let head = ws
        .iter()
        .position(|&k| ctx.word(k) == "of")
        .and_then(|p| p.checked_sub(1))
        .map(|p| ws[p])
        .or(ws.last().copied());
    if let Some(h) = head {
        if ctx.is(h, lexicon::LABEL_HEAD) && n_words >= 2 {
            return Some(Reason::LabelHead);
        }
    }
    None
}

/// A subject and a verb contracted into one word: "it's", "we're", "I'm",
/// "they've", "that's", "there'll" (either apostrophe).
fn is_subject_contraction(w: &str) -> bool {
    let Some((subject, verb)) = w.split_once(['\'', '’']) else {
        return false;
    };
    let subject_ok = [
        "i", "we", "you", "he", "she", "it", "they", "that", "there", "here", "what", "who",
    ]
    .iter()
    .any(|p| subject.eq_ignore_ascii_case(p));
    subject_ok
        && ["s", "re", "m", "ve", "ll", "d"]
            .iter()
            .any(|v| verb.eq_ignore_ascii_case(v))
}

/// Whether the quote is the whole report: it opens its sentence or follows
/// a colon, a cue verb or `that`/`,`, and nothing but attribution follows.
fn is_whole(ctx: &Context<'_>, q: &QuoteTokens) -> bool {
    let open = q.open.unwrap_or(q.first);
    let before_ok = if open <= q.frame_start {
        true
    } else {
        let k = open - 1;
        ctx.is_punct(k, ":")
            || ctx.is_punct(k, ",")
            || ctx.is_mark(k)
            || ctx.word(k) == "that"
            || (ctx.is(k, lexicon::CUE) && ctx.is_lower_word(k))
    };
    if !before_ok {
        return false;
    }
    let Some(c) = q.close else { return true };
    if q.open.is_none() {
        // A missing opening mark: the quote starts its sentence.
        return true;
    }
    let n = c + 1;
    n >= q.frame_end
        || ctx.is_punct(n, ",")
        || ctx.is_punct(n, ".")
        || ctx.is_punct(n, ";")
        || ctx.is_mark(n)
        || !ctx.same_paragraph(n, c)
        || (ctx.is_lower_word(n) && (ctx.is(n, lexicon::CUE) || ctx.is(n, lexicon::PRONOUN)))
        || ctx.toks[n].capitalised()
        || c.checked_sub(1).is_some_and(|p| ctx.is_punct(p, ","))
}

/// Whether the quote names a work in apposition: `the union’s report,
/// “Profit at the Ports”, claims …`.
///
/// # What it does
/// A comma sits right before the opening mark, a work noun (`report`,
/// `book`, `film`, …) right before the comma, and the quote is in title
/// case.
///
/// # Why
/// Modern copy often gives a work's name after a comma rather than right
/// after the noun; the name is a title, not speech, whatever verb follows.
///
/// # Example
/// `The council’s report, “Homes for All”, found …` → title.
fn is_work_in_apposition(ctx: &Context<'_>, q: &QuoteTokens) -> bool {
    let Some(open) = q.open else { return false };
    open >= 2
        && ctx.is_punct(open - 1, ",")
        && ctx.is(open - 2, lexicon::WORK_NOUN)
        && ctx.is_lower_word(open - 2)
        && is_title_case(ctx, q)
}

/// Whether the quote names the work or campaign that follows it:
/// `McDonald's “I'm lovin' it” advertising campaign`.
///
/// # What it does
/// Right after the closing mark comes a work noun (`campaign`, `programme`,
/// `report`, `slogan` is not one), directly or after one lower-case
/// modifier (`advertising campaign`).
///
/// # Why
/// A quoted phrase used as the name of a work or event is a title, even a
/// whole clause with a named owner before it; no one is quoted saying it.
///
/// # Example
/// `Mr Bell oversaw the firm's “Buy One Now” advertising campaign.` → title.
fn names_following_work(ctx: &Context<'_>, q: &QuoteTokens) -> bool {
    let Some(close) = q.close else { return false };
    let n = close + 1;
    ctx.is_lower_word(n)
        && (ctx.is(n, lexicon::WORK_NOUN)
            || (ctx.is_lower_word(n + 1)
                && ctx.is(n + 1, lexicon::WORK_NOUN)
                && !ctx.is(n, lexicon::FUNCTION_WORD)
                && !ctx.is(n, lexicon::CUE)))
}

/// Whether the quote is a statement introduced by a colon: `X said: “…”`.
///
/// # What it does
/// The opening mark follows a colon and the quote's first word opens a
/// sentence (a capital letter or a digit).
///
/// # Why
/// A colon after a speech verb introduces the speaker's own sentences, even
/// when no finite verb is recognised in them ("2005 offers the chance …",
/// "Let's just apologise and move on", "It's quite dangerous when …"): with
/// a speaker and four words or more, the quote is the whole report (direct),
/// as a quote that opens its sentence is.
///
/// # Example
/// `Ann Stokes said: “2005 offers the chance for a breakthrough.”` → direct.
fn is_colon_statement(ctx: &Context<'_>, q: &QuoteTokens) -> bool {
    let Some(open) = q.open else { return false };
    let Some(first) = (q.first..q.end.min(ctx.toks.len())).find(|&k| ctx.toks[k].is_word()) else {
        return false;
    };
    let starts_sentence = ctx.toks[first].capitalised()
        || ctx
            .word(first)
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_digit());
    open > 0 && ctx.is_punct(open - 1, ":") && starts_sentence
}

/// Decides the style of quote `q`, given whether a speaker was found.
///
/// Inlined into the quote loop (its hot caller), as it was before a second,
/// rare caller ([`super::backward_carry`]) made the compiler keep it apart.
#[inline(always)]
pub(crate) fn style(ctx: &Context<'_>, q: &QuoteTokens, has_speaker: bool) -> (QuoteStyle, Reason) {
    let n_words = (q.first..q.end.min(ctx.toks.len()))
        .filter(|&k| ctx.toks[k].is_word())
        .count();
    if let Some(k) = word_before(ctx, q, false) {
        let titled = matches!(ctx.word(k), "entitled" | "titled" | "headlined");
        let work = ctx.is(k, lexicon::WORK_NOUN) && is_title_case(ctx, q);
        if titled || work {
            return (QuoteStyle::Title, Reason::WorkTitle);
        }
    }
    if is_work_in_apposition(ctx, q) || names_following_work(ctx, q) {
        return (QuoteStyle::Title, Reason::WorkTitle);
    }
    if let Some(r) = label_reason(ctx, q, n_words) {
        return (QuoteStyle::Scare, r);
    }
    let clause = is_clause(ctx, q);
    if !has_speaker && !clause && n_words < 6 {
        return (QuoteStyle::Scare, Reason::NoSpeaker);
    }
    // A sentence of four words or more that opens its sentence and is then
    // credited (`“Orders rose in May,” she said`) is whole even when no
    // verb was recognised.
    let opens = || q.open.unwrap_or(q.first) <= q.frame_start || is_colon_statement(ctx, q);
    // A shorter one whose own full stop sits inside the marks (“But
    // deterrence matters.”) is a sentence too.
    let own_stop = || {
        q.close
            .and_then(|c| c.checked_sub(1))
            .is_some_and(|k| ctx.is_punct(k, ".") || ctx.is_punct(k, "!") || ctx.is_punct(k, "?"))
    };
    let sentence = has_speaker && (n_words >= 4 || n_words >= 2 && own_stop()) && opens();
    if (clause || sentence) && is_whole(ctx, q) {
        (QuoteStyle::Direct, Reason::WholeClause)
    } else {
        (QuoteStyle::Partial, Reason::Fragment)
    }
}
