//! Attribution inside the quote's own sentence: the speech verb (cue) and
//! its subject.
//!
//! # What it does
//! Tries, in order:
//! 1. [`Rule::AfterQuote`]: `“…,” Ana Diaz said`, `“…,” said Ana Diaz`,
//!    `“…,” a European diplomat revealed`;
//! 2. [`Rule::BeforeQuote`]: the nearest speech verb left of the opening
//!    mark in the same sentence and its subject: `Diaz said: “…”`, `Diaz said
//!    that “…”`, `Diaz told reporters he was “…”`, `Diaz hailed the talks as
//!    “…”`; a participle (`…, stating: “…”`, `insisting “…”`) or a
//!    coordinated verb (`… and said: “…”`) takes the subject of the clause;
//!    a subject may stand before an aside between dashes, a relative clause
//!    (`the Conservatives who said`), a descriptor set off by commas (`Tim
//!    Collins, the shadow education secretary, said`), auxiliaries and time
//!    phrases (`Bob Geldof in July said`);
//! 3. [`Rule::AccordingTo`]: `according to Diaz, … “…”`, no cue;
//! 4. a credit closing the sentence further on, after the rest of the
//!    clause (`Mr Diaz “should have gone” once he knew, said Mr Blair.`,
//!    `…, he said.`), reported as [`Rule::AfterQuote`].
//!
//! A passive cue (`was described as “…”`) has no speaker, unless its agent
//! follows the quote (`described as “…” by Downing Street`). When a verb
//! sits on both sides (`stating: “…,” Macron said`), the one after the
//! quote wins, since its subject names the speaker.
//!
//! # Why
//! These forms cover nearly all attributions in news copy, and each look is
//! bounded by the sentence and [`WINDOW`] tokens, so the pass stays linear.
//!
//! # Example
//! `Zelensky hailed the talks as “a step forward,” noting …` → speaker
//! Zelensky, cue `hailed`.

use super::context::{Context, QuoteTokens, WINDOW};
use super::lexicon;
use super::speaker::{self, Speaker, Subject};
use crate::model::Span;

/// Which rule found an attribution (kept for diagnostics and tests).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Rule {
    /// Cue and subject right after the closing mark.
    AfterQuote,
    /// Cue before the quote in the same sentence.
    BeforeQuote,
    /// "according to X".
    AccordingTo,
    /// The previous paragraph ends "X said:".
    ColonParagraph,
    /// A credit line with no verb after a block quote.
    CreditLine,
    /// Continues the previous quote's speaker.
    Continues,
    /// The previous sentence's report goes on.
    PreviousSentence,
}

/// A speaker with its cue.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Attribution {
    /// The speaker, or `None` for a generic source.
    pub speaker: Option<Speaker>,
    /// The cue verb.
    pub cue: Option<Span>,
    /// The rule that found it.
    pub rule: Rule,
}

fn make(subject: Subject, cue: Option<usize>, ctx: &Context<'_>, rule: Rule) -> Attribution {
    Attribution {
        speaker: match subject {
            Subject::Speaker(s) => Some(s),
            Subject::Generic => None,
        },
        cue: cue.map(|c| ctx.toks[c].span()),
        rule,
    }
}

/// Finds the attribution of quote `q` in its own sentence.
pub(crate) fn in_sentence(ctx: &Context<'_>, q: &QuoteTokens) -> Option<Attribution> {
    after_quote(ctx, q)
        .or_else(|| before_quote(ctx, q))
        .or_else(|| inverted_at_end(ctx, q))
        .or_else(|| quoted_verb_subject(ctx, q))
}

/// Rule 3: a credit that closes the quote's sentence further on: `Mr Diaz
/// “should have withdrawn it” once he knew, said Mr Blair.` or `…, he
/// said.`
///
/// # What it does
/// After the quote, within its sentence and before any other quote, mark
/// or colon: a comma, then a strong lower-case cue and the speaker, or the
/// speaker (a few words) and the cue; then the sentence's full stop.
///
/// # Why
/// A woven quote often opens the sentence and the credit comes after the
/// rest of the clause; rule 1 looks only right after the closing mark.
fn inverted_at_end(ctx: &Context<'_>, q: &QuoteTokens) -> Option<Attribution> {
    let after = q.close.map_or(q.end, |c| c + 1);
    let end = q.frame_end.min(ctx.toks.len()).min(after + 40);
    let mut k = after;
    while k < end {
        if ctx.toks[k].in_quote() || ctx.is_mark(k) || ctx.is_punct(k, ":") {
            return None;
        }
        if ctx.is_punct(k, ".") {
            return None;
        }
        let strong_cue = |c: usize| {
            ctx.is_lower_word(c)
                && ctx.is(c, lexicon::CUE)
                && !ctx.is(c, lexicon::WEAK_CUE)
                && !ctx.word(c).ends_with("ing")
        };
        if k > after && ctx.is_punct(k - 1, ",") && strong_cue(k) {
            let m = ctx.mention_starting_at(k + 1)?;
            if !ends_credit(ctx, m.last_token + 1, end) {
                return None;
            }
            let subject = speaker::starting_at(ctx, k + 1, end)?;
            return Some(make(subject, Some(k), ctx, Rule::AfterQuote));
        }
        // "…, he said." / "…, Mr Hale said.": the subject first.
        if k > after && ctx.is_punct(k - 1, ",") && ctx.toks[k].is_word() {
            let cue = (k + 1..(k + 8).min(end)).find(|&c| strong_cue(c));
            if let Some(c) = cue {
                if ends_credit(ctx, c + 1, end) {
                    if let Some(subject) = speaker::ending_at(ctx, c - 1, k) {
                        return Some(make(subject, Some(c), ctx, Rule::AfterQuote));
                    }
                }
            }
        }
        k += 1;
    }
    None
}

/// Rule 1: `“…,” X said` / `“…,” said X`.
pub(crate) fn after_quote(ctx: &Context<'_>, q: &QuoteTokens) -> Option<Attribution> {
    // The first token after the quote (and its closing mark, if any), and
    // the last token inside it.
    let after = q.close.map_or(q.end, |c| c + 1);
    let last_in = q.close.unwrap_or(q.end).checked_sub(1)?;
    if q.close.is_none() && q.end <= q.first {
        return None;
    }
    let mut j = after;
    if ctx.is_punct(j, ",") {
        j += 1;
    }
    if j >= ctx.toks.len() || !ctx.same_paragraph(j, last_in) {
        return None;
    }
    // A quote ending its sentence with a full stop is followed by a new
    // sentence, unless a lower-case word carries on.
    let ends_with_stop = ctx.is_punct(last_in, ".");
    if ends_with_stop && !ctx.is_lower_word(j) {
        return None;
    }
    // The attribution is set off by a comma (or the quote ends in ? or !),
    // unless a cue or pronoun follows at once (`” he said`).
    let separated = ctx.is_punct(after, ",")
        || [",", "?", "!", "—", "–"]
            .iter()
            .any(|p| ctx.is_punct(last_in, p));
    let reporting_verb = ctx.is(j, lexicon::CUE)
        && ctx.is_lower_word(j)
        && !ctx.is(j, lexicon::WEAK_CUE)
        && (ctx.word(j).ends_with("ed")
            || matches!(
                ctx.word(j),
                "said" | "says" | "told" | "tells" | "wrote" | "writes" | "adds"
            ));
    if !separated && !reporting_verb && !ctx.is(j, lexicon::PRONOUN) {
        return None;
    }
    // "“…”, according to a senior official" (a speech verb before the
    // quote governs it first: "Ana Diaz said it was “…”, according to the
    // Times" is hers).
    if ctx.word(j).eq_ignore_ascii_case("according") && ctx.word(j + 1) == "to" {
        if let Some(before) = before_quote(ctx, q).filter(|a| a.cue.is_some()) {
            return Some(before);
        }
        let limit = (j + 14).min(q.frame_end.max(j + 2)).min(ctx.toks.len());
        let subject = speaker::starting_at(ctx, j + 2, limit)?;
        return Some(make(subject, None, ctx, Rule::AccordingTo));
    }
    // "…”, while the others say …" starts a new clause with its own speaker.
    if matches!(
        ctx.word(j),
        "while"
            | "whilst"
            | "but"
            | "and"
            | "whereas"
            | "although"
            | "though"
            | "as"
            | "because"
            | "after"
            | "before"
            | "when"
            | "if"
    ) {
        return None;
    }
    let limit = (j + 10).min(q.frame_end.max(j + 1)).min(ctx.toks.len());
    if ctx.is(j, lexicon::CUE) && ctx.is_lower_word(j) {
        // "… driven them to “madness”, saying two were held in Broadmoor": a
        // participle after a woven quote takes the clause's subject, not a
        // name in its own complement.
        let open = q.open.unwrap_or(q.first);
        // A speech verb before the quote governs it first ("said he would
        // “…”, adding: …" → said).
        if ctx.word(j).ends_with("ing") && open > q.frame_start {
            if let Some(before) = before_quote(ctx, q) {
                return Some(before);
            }
            let subject = clause_subject(ctx, q.frame_start, open)?;
            return Some(make(subject, Some(j), ctx, Rule::AfterQuote));
        }
        let subject = speaker::starting_at(ctx, j + 1, limit + 4)?;
        return Some(make(subject, Some(j), ctx, Rule::AfterQuote));
    }
    // Subject, then cue: find the first cue before the sentence ends
    // (`“…,” Ana Diaz, an economist at Acme, said`).
    let limit = (j + 24).min(q.frame_end.max(j + 1)).min(ctx.toks.len());
    let mut k = j;
    while k < limit {
        let t = &ctx.toks[k];
        if t.in_quote() || ctx.is_mark(k) || ctx.is_punct(k, ".") || ctx.is_punct(k, ":") {
            break;
        }
        // "…,” one official, who asked not to be named, told …": a relative
        // clause set off by commas holds no cue of the quote.
        if k > j && ctx.is_punct(k - 1, ",") && matches!(ctx.word(k), "who" | "which") {
            if let Some(c) = (k + 1..limit)
                .take_while(|&c| !ctx.is_punct(c, ".") && !ctx.toks[c].in_quote())
                .find(|&c| ctx.is_punct(c, ","))
            {
                k = c + 1;
                continue;
            }
        }
        if ctx.is(k, lexicon::CUE) && ctx.is_lower_word(k) {
            // "… the paper quoted an insider as saying".
            if ctx.word(k) == "saying" && k >= j + 2 && ctx.word(k - 1) == "as" {
                let subject = speaker::ending_at(ctx, k - 2, j)?;
                return Some(make(subject, Some(k), ctx, Rule::AfterQuote));
            }
            let mut e = k - 1;
            while e > j && speaker::is_adverb(ctx, e) {
                e -= 1;
            }
            let subject = speaker::ending_at(ctx, e, j)
                .or_else(|| appositive_subject(ctx, e, j))
                .or_else(|| first_mention(ctx, j, k))?;
            return Some(make(subject, Some(k), ctx, Rule::AfterQuote));
        }
        k += 1;
    }
    // A name alone after the quote (`“…,” Mr Diaz.`): a credit with no verb;
    // also after its employer's possessive (`“…,” AG Edwards' Thayer.`).
    if let Some(mut m) = ctx.mention_starting_at(j).copied() {
        if lexicon::is_possessive(ctx.word(m.last_token)) || ctx.word(m.last_token + 1) == "'" {
            let after = if ctx.word(m.last_token + 1) == "'" {
                m.last_token + 2
            } else {
                m.last_token + 1
            };
            if let Some(n) = ctx.mention_starting_at(after) {
                m = *n;
            }
        }
        if ctx.is_punct(m.last_token + 1, ".") && m.last_token + 2 >= q.frame_end {
            let subject = speaker::ending_at(ctx, m.last_token, j)?;
            return Some(make(subject, None, ctx, Rule::AfterQuote));
        }
    }
    None
}

/// The first named subject in tokens `from..to` (not a possessive).
fn first_mention(ctx: &Context<'_>, from: usize, to: usize) -> Option<Subject> {
    let ms = ctx.mentions_in(from, to);
    let m = ms
        .iter()
        .find(|m| !lexicon::is_possessive(ctx.word(m.last_token)) && m.last_token < to)?;
    speaker::ending_at(ctx, m.last_token, from)
}

/// The attribution of a whole sentence `start..end` (no quote in it): its
/// last cue verb with a subject before it, or after it when inverted
/// (`…, said Mr Thomas.`).
pub(crate) fn of_sentence(ctx: &Context<'_>, start: usize, end: usize) -> Option<Attribution> {
    of_sentence_pass(ctx, start, end, false).or_else(|| of_sentence_pass(ctx, start, end, true))
}

fn of_sentence_pass(
    ctx: &Context<'_>,
    start: usize,
    end: usize,
    participles: bool,
) -> Option<Attribution> {
    let mut k = end;
    while k > start {
        k -= 1;
        if ctx.toks[k].in_quote() || !ctx.is_lower_word(k) || !ctx.is(k, lexicon::CUE) {
            continue;
        }
        if ctx.word(k).ends_with("ing") != participles {
            continue;
        }
        if is_passive(ctx, k)
            || (ctx.is(k, lexicon::WEAK_CUE) && !weak_cue_ok(ctx, k, end))
            || is_subject_noun(ctx, k)
        {
            continue;
        }
        let inverted = k > start && (ctx.is_punct(k - 1, ",") || ctx.is_mark(k - 1));
        let left = || {
            let mut e = k.saturating_sub(1);
            while e > start && speaker::is_adverb(ctx, e) {
                e -= 1;
            }
            speaker::ending_at(ctx, e, start).or_else(|| appositive_subject(ctx, e, start))
        };
        let subject = if inverted {
            speaker::starting_at(ctx, k + 1, end).or_else(left)
        } else if ctx.word(k).ends_with("ing") {
            clause_subject(ctx, start, k)
        } else {
            let mut e = k.saturating_sub(1);
            while e > start && speaker::is_adverb(ctx, e) {
                e -= 1;
            }
            speaker::ending_at(ctx, e, start).or_else(|| appositive_subject(ctx, e, start))
        };
        if let Some(subject) = subject {
            return Some(make(subject, Some(k), ctx, Rule::PreviousSentence));
        }
    }
    None
}

/// Whether the participle cue at `k` has a generic plural subject of its
/// own: "with many saying", "critics arguing".
///
/// # What it does
/// The word right before the participle is a generic plural source
/// ("many", "some", "others", "critics", "analysts" …).
///
/// # Why
/// A participle usually takes the subject of its clause ("Diaz left,
/// saying …"), but an absolute construction names its own: in "The war was
/// the main reason, with many saying it was “unjustified”" nobody
/// identifiable said it, so the quote has no speaker (a scare quote under
/// the conventions), not the clause's subject.
///
/// # Example
/// `…, with many saying it was “unjustified”.` → no speaker.
fn generic_participle_subject(ctx: &Context<'_>, k: usize) -> bool {
    k > 0 && ctx.is_lower_word(k - 1) && ctx.is(k - 1, lexicon::GENERIC_PLURAL)
}

/// Whether the cue word at `k` is a noun owned by the word before it: "the
/// minister's comments", "Diaz's report".
///
/// # What it does
/// The word before `k` is a possessive (`’s`, `s’`) or a possessive
/// determiner (`his`, `her`, `its`, `their`).
///
/// # Why
/// Several cue verbs are also nouns ("comments", "report", "statement"). After
/// a possessive they are the thing said, not the saying: in "Ana Diaz
/// described the minister's comments as ‘a joke’" the speaker is Diaz, not
/// the minister.
///
/// # Example
/// `Diaz described the minister’s comments as “a joke”` → cue `described`.
fn is_possessed_noun(ctx: &Context<'_>, k: usize) -> bool {
    k > 0 && {
        let w = ctx.word(k - 1);
        lexicon::is_possessive(w) || matches!(w, "his" | "her" | "its" | "their")
    }
}

/// Whether the cue word at `k` is a plural noun that is the subject of the
/// verb after it: "the media reports were not “…”", "her comments have".
///
/// # Why
/// Several weak cues are also plural nouns ("reports", "claims",
/// "comments", "remarks"); as a subject they report nothing, and the
/// speaker is the subject of the verb before them ("The home secretary
/// said … the media reports were not “well informed”").
fn is_subject_noun(ctx: &Context<'_>, k: usize) -> bool {
    ctx.is(k, lexicon::WEAK_CUE)
        && ctx.word(k).ends_with('s')
        && matches!(
            ctx.word(k + 1),
            "was" | "were" | "is" | "are" | "had" | "have" | "will" | "would" | "could" | "can"
        )
}

/// Whether the cue at `k` is passive ("was described as").
fn is_passive(ctx: &Context<'_>, k: usize) -> bool {
    k > 0
        && matches!(
            ctx.word(k - 1),
            "was" | "were" | "been" | "being" | "is" | "are" | "be"
        )
}

/// The agent of the passive cue at `k` when the quote follows the cue and
/// `by` and the agent follow the quote: `was described as “…” by Downing
/// Street`.
///
/// # Why
/// The agent said the words; without it the quote had no speaker and was
/// taken for a scare quote ("have been described as “idle speculation” by
/// Downing Street").
fn passive_agent(ctx: &Context<'_>, q: &QuoteTokens, k: usize, open: usize) -> Option<Subject> {
    if k + 3 < open {
        return None;
    }
    let close = q.close?;
    if ctx.word(close + 1) != "by" {
        return None;
    }
    speaker::starting_at(ctx, close + 2, q.frame_end)
}

/// Whether the weak cue at `k` is used as a speech verb: next to the quote,
/// or followed by `that`, `:` or `as`.
fn weak_cue_ok(ctx: &Context<'_>, k: usize, open: usize) -> bool {
    // "called on the government to “…”", "called for a “pause year”": a
    // demand, in the demander's words (the quote soon after).
    if matches!(ctx.word(k), "call" | "calls" | "called" | "calling")
        && matches!(ctx.word(k + 1), "on" | "for")
    {
        return open <= k + 12;
    }
    // "pointed out that “…”": a remark; "pointed to", "pointed at": no.
    if matches!(ctx.word(k), "pointed" | "pointing") {
        return ctx.word(k + 1) == "out";
    }
    if matches!(
        ctx.word(k + 1),
        "on" | "for" | "off" | "up" | "in" | "to" | "out"
    ) {
        return false;
    }
    if k + 4 >= open || matches!(ctx.word(k + 1), "that" | ":" | "as") {
        return true;
    }
    // "dismissed the maternity pay plan as “desperate”": the object, then
    // `as` (perhaps with an article) right before the quote.
    let mut b = open.saturating_sub(1);
    if matches!(ctx.word(b), "a" | "an" | "the") {
        b = b.saturating_sub(1);
    }
    ctx.word(b) == "as" && b < k + 10 && (k + 1..b).all(|j| !ctx.is_verbish(j))
}

/// The verb of "issued a statement that “…”" or "released a statement:
/// “…”", when token `k` is the noun and only "that", ":" or "," stand
/// between it and the quote opening at `open`.
///
/// Why: a statement issued quotes its issuer as "said in a statement"
/// does; "issued" and "released" are no speech verbs anywhere else.
fn statement_verb(ctx: &Context<'_>, k: usize, open: usize) -> Option<usize> {
    if ctx.word(k) != "statement" || k < 2 || !matches!(ctx.word(k - 1), "a" | "an") {
        return None;
    }
    if !matches!(
        ctx.word(k - 2),
        "issued" | "released" | "published" | "issues" | "releases"
    ) {
        return None;
    }
    (k + 1..open)
        .all(|j| matches!(ctx.word(j), "that" | ":" | ","))
        .then_some(k - 2)
}

/// Rule 2: the nearest cue left of the quote, in its sentence.
fn before_quote(ctx: &Context<'_>, q: &QuoteTokens) -> Option<Attribution> {
    let open = q.open.unwrap_or(q.first);
    let floor = q.frame_start.max(open.saturating_sub(WINDOW));
    let mut according: Option<Attribution> = None;
    let mut k = open;
    while k > floor {
        k -= 1;
        let t = &ctx.toks[k];
        if t.in_quote() || !t.is_word() {
            continue;
        }
        if ctx.word(k).eq_ignore_ascii_case("according")
            && ctx.word(k + 1) == "to"
            && according.is_none()
        {
            if let Some(s) = speaker::starting_at(ctx, k + 2, open) {
                according = Some(make(s, None, ctx, Rule::AccordingTo));
            }
            continue;
        }
        // "It issued a statement that “…”": the verb that issued it.
        // (Only "that", ":" or "," may stand between the noun and the quote.)
        if let Some(v) = (k + 4 > open)
            .then(|| statement_verb(ctx, k, open))
            .flatten()
            .filter(|&v| v > floor)
        {
            let subject = speaker::ending_at(ctx, v - 1, q.frame_start);
            if let Some(subject) = subject {
                return Some(make(subject, Some(v), ctx, Rule::BeforeQuote));
            }
        }
        if !ctx.is_lower_word(k) || !ctx.is(k, lexicon::CUE) {
            continue;
        }
        if is_passive(ctx, k) {
            if let Some(agent) = passive_agent(ctx, q, k, open) {
                return Some(make(agent, Some(k), ctx, Rule::BeforeQuote));
            }
            continue;
        }
        if ctx.is(k, lexicon::WEAK_CUE) && !weak_cue_ok(ctx, k, open) {
            continue;
        }
        if is_possessed_noun(ctx, k) || is_subject_noun(ctx, k) {
            continue;
        }
        let participle = ctx.word(k).ends_with("ing");
        let subject = if participle && generic_participle_subject(ctx, k) {
            Some(Subject::Generic)
        } else if participle {
            credit_before_participle(ctx, k, q.frame_start)
                .or_else(|| clause_subject(ctx, q.frame_start, k))
                .or_else(|| first_mention(ctx, q.frame_start, k))
        } else if k == 0 {
            None
        } else {
            let mut e = k - 1;
            while e > floor && speaker::is_adverb(ctx, e) {
                e -= 1;
            }
            // "Bob Geldof in July said", "Ana Diaz on Monday told".
            if let Some(before) = time_phrase_before(ctx, e) {
                if before > floor {
                    e = before;
                }
            }
            // "The Confederation of British Industry (CBI) called": the
            // name before its acronym.
            if ctx.is_punct(e, ")") && e >= floor + 3 && ctx.is_punct(e - 2, "(") {
                e -= 3;
            }
            speaker::ending_at(ctx, e, q.frame_start)
                .or_else(|| appositive_subject(ctx, e, q.frame_start))
                .or_else(|| {
                    // "… and said: “…”" takes the clause's subject.
                    (ctx.word(e) == "and" || ctx.is_punct(e, ","))
                        .then(|| clause_subject(ctx, q.frame_start, k))
                        .flatten()
                })
        };
        if let Some(subject) = subject {
            return Some(make(subject, Some(k), ctx, Rule::BeforeQuote));
        }
        // "according to a spokesman, Diaz told …": keep looking only for
        // an "according to".
    }
    according
}

/// A quote that is the verb of a named subject right before it: `Emmanuel
/// Macron “strongly condemned” the strike`, `Russia “categorically
/// rejects” the claims`.
///
/// # What it does
/// The last resort of [`in_sentence`] (no speech verb, no "according to",
/// no credit closing the sentence): when the quote's first word (past a
/// word in -ly) is a finite verb or an -ed word and a name ends right
/// before the opening mark, that name is the speaker, with no cue.
///
/// # Why
/// Wire copy quotes a statement's own verb; the words are the subject's,
/// and with no speaker they read as a label.
fn quoted_verb_subject(ctx: &Context<'_>, q: &QuoteTokens) -> Option<Attribution> {
    let q_open = q.open?;
    let mut first = (q.first..q.end.min(ctx.toks.len())).find(|&k| ctx.toks[k].is_word())?;
    let adverb = ctx.word(first).ends_with("ly");
    if adverb {
        first = (first + 1..q.end.min(ctx.toks.len())).find(|&k| ctx.toks[k].is_word())?;
    }
    let w = ctx.word(first);
    // (After an adverb, a present tense in -s too: "categorically rejects".)
    let verb = ctx.is_lower_word(first)
        && (ctx.is(first, lexicon::FINITE_VERB)
            || w.len() > 4 && w.ends_with("ed")
            || adverb && w.len() > 3 && w.ends_with('s'));
    if !verb || q_open == 0 {
        return None;
    }
    let m = ctx.mention_ending_at(q_open - 1)?;
    if m.first_token < q.frame_start || lexicon::is_possessive(ctx.word(m.last_token)) {
        return None;
    }
    let subject = speaker::ending_at(ctx, m.last_token, q.frame_start)?;
    Some(make(subject, None, ctx, Rule::BeforeQuote))
}

/// The name a descriptor set off by commas describes, when `s` is such a
/// descriptor (`Tim Collins, the shadow education secretary, said`,
/// `Tony Lloyd, the Manchester Central MP, whose …, has pledged`): the
/// subject ending right before its opening comma; else `s`.
fn name_before_descriptor(ctx: &Context<'_>, s: Subject, floor: usize) -> Subject {
    let Subject::Speaker(sp) = &s else {
        return s;
    };
    let mut f = sp.first;
    if f > 0 && matches!(ctx.word(f - 1), "the" | "a" | "an") {
        f -= 1;
    }
    if matches!(ctx.word(f), "the" | "a" | "an") && f > floor + 1 && ctx.is_punct(f - 1, ",") {
        if let Some(before) = speaker::ending_at(ctx, f - 2, floor) {
            return before;
        }
    }
    s
}

/// Whether token `k` is a dash standing alone (`-`, `–`, `—`).
fn is_dash(ctx: &Context<'_>, k: usize) -> bool {
    ctx.is_punct(k, "-") || ctx.is_punct(k, "–") || ctx.is_punct(k, "—")
}

/// The subject before an aside between dashes that ends at token `e` (the
/// closing dash): `Alan Beith - who chairs the committee - said`.
///
/// # Why
/// News copy sets asides off with dashes as often as with commas; the
/// closing dash stood where the subject was looked for, and the quote had
/// no speaker.
fn dash_aside_subject(ctx: &Context<'_>, e: usize, floor: usize) -> Option<Subject> {
    let mut k = e;
    while k > floor && e - k < 30 {
        k -= 1;
        if is_dash(ctx, k) {
            return speaker::ending_at(ctx, k.checked_sub(1)?, floor);
        }
        if ctx.toks[k].in_quote()
            || ctx.is_mark(k)
            || ctx.is_punct(k, ".")
            || (ctx.is(k, lexicon::CUE) && !ctx.is(k, lexicon::WEAK_CUE))
        {
            return None;
        }
    }
    None
}

/// The token before a time phrase that ends at token `e`, between a subject
/// and its verb: `in July`, `on Monday`, `in 2004`, `last week`, `on
/// Thursday night`.
fn time_phrase_before(ctx: &Context<'_>, e: usize) -> Option<usize> {
    let is_time_word = |w: &str| {
        matches!(
            w,
            "Monday"
                | "Tuesday"
                | "Wednesday"
                | "Thursday"
                | "Friday"
                | "Saturday"
                | "Sunday"
                | "January"
                | "February"
                | "March"
                | "April"
                | "May"
                | "June"
                | "July"
                | "August"
                | "September"
                | "October"
                | "November"
                | "December"
        ) || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
    };
    let mut k = e;
    // "on Thursday night", "in July 2004".
    if matches!(ctx.word(k), "night" | "morning" | "evening" | "afternoon")
        || (is_time_word(ctx.word(k)) && k > 0 && is_time_word(ctx.word(k - 1)))
    {
        k = k.checked_sub(1)?;
    }
    let w = ctx.word(k);
    if matches!(w, "week" | "month" | "year") || is_time_word(w) {
        let p = k.checked_sub(1)?;
        if matches!(
            ctx.word(p),
            "in" | "on" | "last" | "this" | "earlier" | "later"
        ) {
            return p.checked_sub(1);
        }
    }
    None
}

/// Whether the credit of [`inverted_at_end`] may end at token `k`: the
/// sentence's full stop there, or a short tail before it with no verb, quote
/// or mark: an apposition or a place and time ("…, said Tony Froggatt, the
/// firm's chief executive.", "said Ana Diaz at Acme Bank on Thursday.",
/// "…, party sources told the BBC.").
fn ends_credit(ctx: &Context<'_>, k: usize, end: usize) -> bool {
    let stop = (k..end.min(k + 9)).find(|&j| {
        ctx.is_punct(j, ".") || ctx.toks[j].in_quote() || ctx.is_mark(j) || ctx.is_punct(j, ":")
    });
    stop.is_some_and(|j| {
        ctx.is_punct(j, ".") && (k..j).all(|t| !ctx.is_verbish(t) && !ctx.is(t, lexicon::CUE))
    })
}

/// The name in or before an apposition: `Steve Witkoff, Trump’s envoy,
/// said`, `The charity’s director, Ana Diaz, said`, `Tom Hale, the Acme
/// spokesman said`.
fn appositive_subject(ctx: &Context<'_>, e: usize, floor: usize) -> Option<Subject> {
    if is_dash(ctx, e) {
        return dash_aside_subject(ctx, e, floor);
    }
    // "the Conservatives, who said …": the relative pronoun's antecedent.
    if ctx.word(e) == "who" {
        let a = e.checked_sub(1 + usize::from(e >= 1 && ctx.is_punct(e - 1, ",")))?;
        return (a >= floor)
            .then(|| speaker::ending_at(ctx, a, floor))
            .flatten();
    }
    let mut k = e;
    if ctx.is_punct(e, ",") {
        let inner = e.checked_sub(1)?;
        if inner < floor {
            return None;
        }
        // "Tom Hale, speaking to the BBC, said": an aside opening with a
        // participle stands between the subject and its cue.
        let opening = (inner.saturating_sub(10).max(floor)..inner)
            .rev()
            .find(|&j| ctx.is_punct(j, ",") || ctx.is_mark(j) || ctx.is_punct(j, "."));
        if let Some(o) = opening.filter(|&o| ctx.is_punct(o, ",") && o > floor) {
            let w = ctx.word(o + 1);
            if ctx.is_lower_word(o + 1) && w.len() > 4 && w.ends_with("ing") {
                if let Some(s) = speaker::ending_at(ctx, o - 1, floor) {
                    return Some(s);
                }
            }
        }
        // "…, Ana Diaz, said" names the speaker in the apposition; "…,
        // economist at Acme Bank, said" gives an affiliation instead.
        let affiliation = ctx.mention_ending_at(inner).is_some_and(|m| {
            let mut b = m.first_token;
            if b > 0 && ctx.word(b - 1) == "the" {
                b -= 1;
            }
            (b > 0
                && matches!(
                    ctx.word(b - 1),
                    "at" | "of" | "from" | "for" | "with" | "in"
                ))
                || affiliation_before(ctx, inner, floor)
        });
        // "…, who chaired the inquiry, said": a relative clause, not a name.
        let relative = (inner.saturating_sub(12).max(floor)..inner)
            .rev()
            .take_while(|&k| !ctx.is_punct(k, ","))
            .last()
            .is_some_and(|k| matches!(ctx.word(k), "who" | "which" | "whose"));
        if !affiliation && !relative {
            if let Some(s) = speaker::ending_at(ctx, inner, floor) {
                return Some(name_before_descriptor(ctx, s, floor));
            }
        }
    } else {
        k = e + 1;
    }
    // Walk back over the apposition (a job, or a relative clause: `Ana
    // Diaz, head of the unit, who first raised the alarm, said`) to the
    // name before its first comma.
    let mut steps = 0;
    let mut found = None;
    while k > floor && steps < 30 {
        k -= 1;
        steps += 1;
        if ctx.is_punct(k, ",") && k < e {
            if let Some(s) = speaker::ending_at(ctx, k.checked_sub(1)?, floor) {
                // "Tony Lloyd, the Manchester Central MP, whose …, has
                // pledged": a descriptor set off by commas describes the
                // name before it; that name is the subject.
                found = Some(name_before_descriptor(ctx, s, floor));
                break;
            }
            continue;
        }
        if ctx.toks[k].in_quote()
            || ctx.is_mark(k)
            || ctx.is_punct(k, ".")
            || (k < e && ctx.is(k, lexicon::CUE) && !ctx.is(k, lexicon::WEAK_CUE))
        {
            return None;
        }
    }
    found
}

/// Whether the apposition that ends at token `inner` (just before its
/// closing comma) names an affiliation: a preposition sits between the
/// apposition's opening comma and its last name.
///
/// # What it does
/// Walks back from `inner` (at most 12 tokens, not before `floor`) to the
/// comma that opens the apposition and looks for `at`, `of`, `from`, `for`,
/// `with` or `in` on the way, past the job words and descriptors that sit
/// between the preposition and the organisation's name.
///
/// # Why
/// The name right before the closing comma is the speaker only when the
/// apposition *is* the name ("The charity's director, Ana Diaz, said"). In
/// "Ken Ruiz, an analyst at research firm Databank, told" or "Tom Hale,
/// Labour MP for North Wick, said" it is where the speaker works, and the
/// speaker is the name before the apposition.
///
/// # Example
/// "Carla Mendes, legal director of the rights group Redline, said: “…”" →
/// `Carla Mendes`, not `Redline`.
fn affiliation_before(ctx: &Context<'_>, inner: usize, floor: usize) -> bool {
    let lo = inner.saturating_sub(12).max(floor);
    let mut k = inner;
    while k > lo {
        k -= 1;
        if ctx.is_punct(k, ",") {
            return false;
        }
        if ctx.toks[k].in_quote() || ctx.is_mark(k) || ctx.is_punct(k, ".") {
            return false;
        }
        if matches!(ctx.word(k), "at" | "of" | "from" | "for" | "with" | "in") {
            return true;
        }
    }
    false
}

/// The subject of a credit set off by commas right before the participle
/// cue at `k`: `…, he claimed, saying …` → `he`.
///
/// # Why
/// The participle continues the credit, not the clause it interrupts: in
/// "Mr Blair has failed, he claimed, saying he has the “wrong solution”",
/// the speaker is `he`, not Mr Blair, the clause's subject.
fn credit_before_participle(ctx: &Context<'_>, k: usize, floor: usize) -> Option<Subject> {
    if k < floor + 3 || !ctx.is_punct(k - 1, ",") {
        return None;
    }
    let cue = k - 2;
    if !ctx.is_lower_word(cue) || !ctx.is(cue, lexicon::CUE) || ctx.is(cue, lexicon::WEAK_CUE) {
        return None;
    }
    speaker::ending_at(ctx, cue - 1, floor)
}

/// The subject of the clause that holds token `before`: the first name,
/// title or pronoun of the sentence followed by a verb.
pub(crate) fn clause_subject(ctx: &Context<'_>, from: usize, before: usize) -> Option<Subject> {
    // Bounded look-back, even in a sentence with no end.
    let from = from.max(before.saturating_sub(2 * WINDOW));
    let mut i = from;
    while i < before {
        let t = &ctx.toks[i];
        if t.in_quote() || !t.is_word() {
            i += 1;
            continue;
        }
        if ctx.is(i, lexicon::PRONOUN) && speaker::is_subject_at(ctx, i) {
            return speaker::ending_at(ctx, i, from);
        }
        if let Some(m) = ctx.mention_starting_at(i).copied() {
            let mut last = m.last_token;
            // "Ana Diaz and Tom Hale publicly agreed".
            if ctx.word(last + 1) == "and" {
                if let Some(n) = ctx.mention_starting_at(last + 2) {
                    last = n.last_token;
                }
            }
            if speaker::is_subject_at(ctx, last) {
                return speaker::ending_at(ctx, last, from);
            }
            i = last + 1;
            continue;
        }
        // "The Prime Minister told", "a spokesman said", "The Tory leader
        // supports …" (a present-tense verb outside the lexicon).
        if ctx.is_lower_word(i)
            && (ctx.is(i, lexicon::OFFICE)
                || ctx.is(i, lexicon::SOURCE_NOUN)
                || ctx.is(i, lexicon::ORGANISATION_NOUN))
            && (speaker::is_subject_at(ctx, i)
                || (ctx.is(i, lexicon::OFFICE) && speaker::is_present_subject_at(ctx, i)))
        {
            if let Some(s) = speaker::ending_at(ctx, i, from) {
                return Some(s);
            }
        }
        i += 1;
    }
    None
}
