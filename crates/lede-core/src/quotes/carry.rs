//! Attribution carried across sentences and paragraphs.
//!
//! # What it does
//! When a quote's own sentence names no speaker, tries, in order:
//! - [`Rule::ColonParagraph`]: the quote opens a paragraph and the previous
//!   paragraph ends `… Diaz said:` → that speaker and cue;
//! - [`Rule::CreditLine`]: the quote ends its paragraph and the next line is
//!   a short credit with no verb (`Harbour Board spokesperson`) → that
//!   speaker, no cue;
//! - [`Rule::Continues`]: the previous quote, in the same paragraph or ending
//!   the previous one (alone or with its own credit), had a speaker and no
//!   new speech verb sits between the two → the same speaker and cue
//!   (`“…,” Diaz said. “…”`); and backwards, an unclosed quote that runs
//!   into an attributed one ([`runs_into`]) takes its attribution;
//! - [`Rule::PreviousSentence`]: the quote is woven into a sentence that
//!   continues the previous sentence's report (`Diaz announced that … . The
//!   chiefs will “…”`) → that speaker and cue.
//!
//! # Why
//! Journalists attribute once and quote on; each rule looks only at one
//! neighbouring sentence, paragraph or quote, so it stays linear.
//!
//! # Example
//! `“We won,” Diaz said. “It was hard.”` → the second quote is Diaz's, cue
//! `said`.

use super::attribution::{self, Attribution, Rule};
use super::context::{Context, QuoteTokens, WINDOW};
use super::lexicon;
use super::speaker::{self, Subject};

/// The paragraph's first and one-past-last token around token `i`.
fn paragraph_tokens(ctx: &Context<'_>, i: usize) -> (usize, usize) {
    ctx.paragraph_tokens(i)
}

/// Rule: the previous paragraph ends with "X said:".
pub(crate) fn colon_paragraph(ctx: &Context<'_>, q: &QuoteTokens) -> Option<Attribution> {
    let open = q.open?;
    let (a, _) = paragraph_tokens(ctx, open);
    if open != a || a == 0 || !ctx.is_punct(a - 1, ":") {
        return None;
    }
    let colon = a - 1;
    let (pa, _) = paragraph_tokens(ctx, colon);
    let mut start = colon;
    while start > pa && start + WINDOW > colon && !ctx.is_punct(start - 1, ".") {
        start -= 1;
    }
    let pseudo = QuoteTokens {
        first: colon + 1,
        end: colon + 1,
        open: Some(colon + 1),
        close: None,
        frame_start: start,
        frame_end: colon + 1,
    };
    let mut found = attribution::in_sentence(ctx, &pseudo)?;
    found.rule = Rule::ColonParagraph;
    Some(found)
}

/// Rule: a short credit line after a quote that ends its paragraph.
pub(crate) fn credit_line(ctx: &Context<'_>, q: &QuoteTokens) -> Option<Attribution> {
    let close = q.close?;
    let (_, b) = paragraph_tokens(ctx, close);
    if (close + 1..b).any(|k| ctx.toks[k].is_word()) || b >= ctx.toks.len() {
        return None;
    }
    let (na, nb) = paragraph_tokens(ctx, b);
    let words = (na..nb).filter(|&k| ctx.toks[k].is_word()).count();
    if words == 0 || words > 6 || nb - na > 8 {
        return None;
    }
    if (na..nb).any(|k| {
        ctx.is(k, lexicon::CUE) || ctx.is_mark(k) || ctx.is_punct(k, ".") || ctx.is_punct(k, ":")
    }) {
        return None;
    }
    let last = (na..nb).rev().find(|&k| ctx.toks[k].is_word())?;
    match speaker::ending_at(ctx, last, na)? {
        Subject::Speaker(s) => Some(Attribution {
            speaker: Some(s),
            cue: None,
            rule: Rule::CreditLine,
        }),
        Subject::Generic => None,
    }
}

/// The previous outer quote and its attribution, as the carry rules see it.
pub(crate) struct Previous<'p> {
    /// Its tokens.
    pub tokens: &'p QuoteTokens,
    /// Its attribution.
    pub attribution: &'p Attribution,
    /// Whether it is a missing-close quote (runs into this one).
    pub open_ended: bool,
}

/// Rule: the previous quote's speaker goes on.
pub(crate) fn continues(
    ctx: &Context<'_>,
    q: &QuoteTokens,
    prev: &Previous<'_>,
) -> Option<Attribution> {
    let open = q.open.unwrap_or(q.first);
    let speaker = prev.attribution.speaker.as_ref()?;
    // The last token of the previous quote: its closing mark, or its last
    // word when the mark is missing.
    let prev_end = prev
        .tokens
        .close
        .unwrap_or(prev.tokens.end.saturating_sub(1));
    let same_para = ctx.same_paragraph(prev_end, open);
    if !same_para {
        // Across paragraphs only from a quote that ended its paragraph into
        // one that opens the next.
        let (a, _) = paragraph_tokens(ctx, open);
        let (_, pb) = paragraph_tokens(ctx, prev_end.min(ctx.toks.len().saturating_sub(1)));
        let prev_ends_para = (prev_end + 1..pb).all(|k| !ctx.toks[k].is_word())
            || only_own_credit_after(ctx, prev_end, pb)
            // (A quote left open takes the credit of the quote it runs
            // into instead: `backward_carry`.)
            || (q.close.is_some() && only_own_sentence_after(ctx, prev_end, pb));
        if open != a
            || !(prev_ends_para || prev.open_ended)
            || ctx.paragraph(open) != ctx.paragraph(prev_end) + 1
        {
            return None;
        }
    }
    // Skip the previous quote's own attribution, before it or right after
    // it (`“…,” it said.`).
    let mut from = prev_end + 1;
    // `“…,” it said.` even when "it" found no antecedent.
    if ctx.is_punct(from, ",") {
        let end = (from + 8).min(open);
        if let Some(c) = (from + 1..end).find(|&k| ctx.is(k, lexicon::CUE) && ctx.is_lower_word(k))
        {
            if let Some(stop) = (c + 1..(c + 5).min(open)).find(|&k| ctx.is_punct(k, ".")) {
                from = stop + 1;
            }
        }
    }
    if let Some(after) = attribution::after_quote(ctx, prev.tokens) {
        for span in [after.cue, after.speaker.as_ref().map(|s| s.mention)]
            .into_iter()
            .flatten()
        {
            let k = ctx.token_at(span.end, prev_end);
            if k < open {
                from = from.max(k);
            }
        }
    }
    if let Some(c) = prev.attribution.cue {
        let ci = ctx.token_at(c.start, prev_end);
        if ci >= from && ci < open {
            from = ci + 1;
        }
    }
    let si = ctx.token_at(speaker.mention.start, prev_end);
    if si >= from && si < open {
        let sl = ctx.token_at(speaker.mention.end, si);
        from = from.max(sl);
    }
    if open > from + WINDOW {
        return None;
    }
    for k in from..open {
        if ctx.toks[k].in_quote() {
            return None;
        }
        if ctx.is(k, lexicon::CUE) && ctx.is_lower_word(k) {
            return None;
        }
        // (In the quote's own sentence: "complacency being displayed by
        // voters" before it is still the previous report.)
        if k > q.frame_start && is_agent_by(ctx, k) {
            return None;
        }
        // A new named subject takes over.
        if let Some(m) = ctx.mention_starting_at(k) {
            if speaker::is_subject_at(ctx, m.last_token) && Some(m.entity) != speaker.entity {
                return None;
            }
        }
    }
    let mut found = if same_para {
        prev.attribution.clone()
    } else {
        outer_report(ctx, prev.attribution).unwrap_or_else(|| prev.attribution.clone())
    };
    found.rule = Rule::Continues;
    Some(found)
}

/// The report that holds the attribution `inner` in a `that` clause of its
/// sentence, when one does: `Mr Lewis reminded MPs that Ian McCartney
/// described him as “…”` → Mr Lewis's.
///
/// # Why
/// A paragraph that opens with an unattributed quote goes on with the
/// speaker of the previous paragraph's report; when that paragraph ended
/// by recounting what someone else once said, the speaker who goes on is
/// the one recounting, not the one recounted.
fn outer_report(ctx: &Context<'_>, inner: &Attribution) -> Option<Attribution> {
    let speaker = inner.speaker.as_ref()?;
    let first = speaker.first;
    // The sentence's start: after the last full stop before the speaker,
    // within 60 tokens and the paragraph.
    let (para_start, _) = paragraph_tokens(ctx, first);
    let lo = para_start.max(first.saturating_sub(60));
    let mut start = first;
    while start > lo && !ctx.is_punct(start - 1, ".") {
        start -= 1;
    }
    let that = (start..first).rev().find(|&k| ctx.word(k) == "that")?;
    let outer = attribution::of_sentence(ctx, start, that)?;
    let other = outer.speaker.as_ref()?;
    (other.entity.is_some() && other.entity != speaker.entity).then_some(outer)
}

/// Whether token `k` is the `by` of a passive's agent (after a past
/// participle): the sentence names a source of its own, and the previous
/// speaker does not go on into it.
///
/// # Example
/// `Doubts have also been raised by “pro-harbour” groups` → the quote is
/// not the previous speaker's.
fn is_agent_by(ctx: &Context<'_>, k: usize) -> bool {
    k > 0 && ctx.word(k) == "by" && ctx.word(k - 1).ends_with("ed")
}

/// Whether all that follows a quote's closing mark `close` in its paragraph
/// (which ends before token `para_end`) is the quote's own credit: a short
/// tail with a speech verb and no other sentence (`…,” said Mr Hale.`).
///
/// # What it does
/// At most eight words, one of them a lower-case speech verb, and no full
/// stop, colon or quote mark before the paragraph's last token.
///
/// # Why
/// A paragraph that opens with a quote and names no speaker goes on with the
/// speaker of the quote that ended the previous paragraph, whether that
/// quote closed the paragraph itself or was followed by its credit
/// (`“…,” said Mr Hale.¶“I don't think …”`): news copy attributes once per
/// speech, not once per paragraph.
///
/// # Example
/// `“Costs rose,” said Mr Hale.¶“We cannot stand aside.”` → the second
/// quote is Hale's.
fn only_own_credit_after(ctx: &Context<'_>, close: usize, para_end: usize) -> bool {
    let end = para_end.min(ctx.toks.len());
    if close + 1 >= end || end - close > 14 {
        return false;
    }
    let mut words = 0;
    let mut cue = false;
    for k in close + 1..end {
        if ctx.toks[k].in_quote() || ctx.is_mark(k) || ctx.is_punct(k, ":") {
            return false;
        }
        if ctx.is_punct(k, ".") && k + 1 < end {
            return false;
        }
        if ctx.toks[k].is_word() {
            words += 1;
            cue |= ctx.is(k, lexicon::CUE) && ctx.is_lower_word(k);
        }
    }
    cue && words <= 8
}

/// Whether what follows a quote's closing mark `close` in its paragraph
/// (which ends before token `para_end`) only finishes the quote's own
/// sentence: a few words, no other quote, mark or sentence.
///
/// # Why
/// A woven quote closing its paragraph's last sentence ("…, saying he has
/// the “wrong solution” to them.¶“The result is …”") hands its speaker on
/// to a paragraph that opens with an unattributed quote, as a quote ending
/// the paragraph does.
fn only_own_sentence_after(ctx: &Context<'_>, close: usize, para_end: usize) -> bool {
    let end = para_end.min(ctx.toks.len());
    if close + 1 >= end || end - close > 12 {
        return false;
    }
    (close + 1..end).all(|k| {
        !(ctx.toks[k].in_quote()
            || ctx.is_mark(k)
            || ctx.is_punct(k, ":")
            || (ctx.is_punct(k, ".") && k + 1 < end))
    })
}

/// Rule: an unattributed quote left open (no closing mark) that runs into
/// the next quote of its paragraph takes that quote's attribution.
///
/// # What it does
/// `q` has no closing mark and `next` opens right where `q` stops (no word
/// between them, same paragraph): the two are one statement the writer
/// forgot to close, so the attribution of `next` (`“A. “B,” she said.`)
/// covers both.
///
/// # Why
/// The repair of an unbalanced mark cuts one speech in two; the credit
/// sits after the second half.
///
/// # Example
/// `“Costs limit us all. “It is simply wrong,” she said.` → both quotes are
/// hers.
pub(crate) fn runs_into(ctx: &Context<'_>, q: &QuoteTokens, next: &QuoteTokens) -> bool {
    let Some(next_open) = next.open else {
        return false;
    };
    q.close.is_none()
        && q.end <= next_open
        && next_open < ctx.toks.len()
        && ctx.same_paragraph(q.first.min(next_open), next_open)
        && (q.end..next_open).all(|k| !ctx.toks[k].is_word())
}

/// Rule: a quote in a sentence that continues the previous sentence's
/// report: woven in (`Diaz announced that … . The chiefs will meet to
/// finalise “…”`), or opening its sentence right after a reported statement
/// (`Diaz said the fund was empty. “We will refill it.”`), also from the
/// last sentence of the previous paragraph.
pub(crate) fn previous_sentence(ctx: &Context<'_>, q: &QuoteTokens) -> Option<Attribution> {
    let open = q.open.unwrap_or(q.first);
    if q.frame_start == 0 {
        return None;
    }
    let opens_sentence = open <= q.frame_start;
    let end = q.frame_start - 1;
    if !opens_sentence && ctx.paragraph(end) != ctx.paragraph(q.frame_start) {
        return None;
    }
    if opens_sentence && ctx.paragraph(end) + 1 < ctx.paragraph(q.frame_start) {
        return None;
    }
    // No speaker-like subject of its own (bounded look-back).
    if open > q.frame_start + 2 * WINDOW {
        return None;
    }
    for k in q.frame_start..open {
        if ctx.toks[k].in_quote() {
            return None;
        }
        if ctx.is(k, lexicon::PRONOUN) && !ctx.word(k).eq_ignore_ascii_case("it") {
            return None;
        }
        if k > q.frame_start && is_agent_by(ctx, k) {
            return None;
        }
        if let Some(m) = ctx.mention_starting_at(k) {
            if speaker::is_subject_at(ctx, m.last_token) {
                return None;
            }
        }
    }
    let mut start = end;
    while start > 0
        && start + WINDOW > end
        && ctx.paragraph(start - 1) == ctx.paragraph(end)
        && !ctx.is_punct(start - 1, ".")
        && !ctx.is_mark(start - 1)
    {
        start -= 1;
    }
    if (start..end).any(|k| ctx.toks[k].in_quote()) {
        return None;
    }
    let cue_at = |k: usize| ctx.is(k, lexicon::CUE) && ctx.is_lower_word(k);
    let ok = if opens_sentence {
        (start..end).any(cue_at)
    } else {
        // A woven quote needs a cue that reports a clause ("announced … that").
        (start..end).any(|k| cue_at(k) && (k + 1..(k + 7).min(end)).any(|j| ctx.word(j) == "that"))
    };
    if !ok {
        return None;
    }
    attribution::of_sentence(ctx, start, end + 1)
}
