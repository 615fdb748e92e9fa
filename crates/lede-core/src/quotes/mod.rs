//! Quotes: quoted passages, their style, and who said them.
//!
//! The pass runs in four steps, each linear in the text:
//! 1. [`marks`] pairs quote marks paragraph by paragraph, repairing
//!    unbalanced marks locally;
//! 2. [`tokens`] and [`entities`](crate::entities) find the people and
//!    organisations named in the text and cluster their mentions;
//! 3. [`attribution`] finds the cue verb and speaker in the quote's own
//!    sentence, and [`carry`] follows attribution across sentences
//!    (continued quotes, credit lines, `X said:` paragraphs);
//! 4. [`classify`] decides direct / partial / scare / title.

pub(crate) mod attribution;
pub(crate) mod carry;
pub(crate) mod classify;
pub(crate) mod context;
pub(crate) mod gender;
pub(crate) mod lexicon;
pub(crate) mod marks;
pub(crate) mod speaker;
pub(crate) mod tokens;
pub(crate) mod unclosed;

use crate::model::{Annotation, Detail, MarkIssue, Quote, QuoteStyle};
use crate::text::Document;
use crate::Diagnostic;
use attribution::Attribution;
use context::Context;

/// Quotes and the entities found on the way.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuoteOutput {
    /// Quote annotations, sorted by start.
    pub quotes: Vec<Annotation>,
    /// Entity mentions (one annotation per mention), sorted by start.
    pub entities: Vec<Annotation>,
}

/// Finds the quotes of `doc`, their speakers and the entities they need.
/// Unbalanced quote marks are reported in `diagnostics`. Never panics.
pub fn extract(doc: &Document, diagnostics: &mut Vec<Diagnostic>) -> QuoteOutput {
    let raw = marks::pair(doc);
    let ctx = Context::new(doc, &raw);
    let mut out = QuoteOutput {
        quotes: Vec::with_capacity(raw.len()),
        entities: ctx.entities.annotations(),
    };
    let mut found: Vec<Option<Attribution>> = Vec::with_capacity(raw.len());
    // Each quote's tokens are found just before its rules run (see
    // [`context::Locator`]).
    let mut locator = ctx.locator();
    let mut located: Vec<context::QuoteTokens> = Vec::with_capacity(raw.len());
    let mut prev_outer: Option<usize> = None;
    for (i, q) in raw.iter().enumerate() {
        located.push(locator.next(doc, q));
        let qt = &located[i];
        let mut att = None;
        ctx.quote_content.set(q.content);
        if q.depth == 0 {
            att = attribution::in_sentence(&ctx, qt)
                .or_else(|| carry::colon_paragraph(&ctx, qt))
                .or_else(|| carry::credit_line(&ctx, qt));
            if att.is_none() {
                if let Some(p) = prev_outer {
                    if let Some(pa) = &found[p] {
                        let prev = carry::Previous {
                            tokens: &located[p],
                            attribution: pa,
                            open_ended: raw[p].issue == Some(MarkIssue::MissingClose),
                        };
                        att = carry::continues(&ctx, qt, &prev);
                    }
                }
            }
            if att.is_none() {
                att = carry::previous_sentence(&ctx, qt);
            }
        }
        // A pronoun resolved to someone the quote itself names in the third
        // person ("…,” he said. – “Mr Diaz can now …”) is the wrong person:
        // leave the quote unattributed rather than misattributed.
        if let Some(a) = &mut att {
            let wrong = a.speaker.as_ref().is_some_and(|s| {
                let mention = doc.slice(s.mention);
                let surname = s.name.rsplit(' ').next().unwrap_or("");
                // ASCII mentions (nearly all) are compared without allocating.
                let pronoun = if mention.is_ascii() {
                    mention.eq_ignore_ascii_case("he") || mention.eq_ignore_ascii_case("she")
                } else {
                    matches!(
                        crate::text::chars::lowercase(mention).as_str(),
                        "he" | "she"
                    )
                };
                pronoun && surname.len() > 2 && doc.slice(q.content).contains(surname)
            });
            if wrong {
                a.speaker = None;
                a.cue = None;
            }
        }
        let speaker = att.as_ref().and_then(|a| a.speaker.as_ref());
        let (style, _reason) = if q.depth > 0 {
            (QuoteStyle::Scare, classify::Reason::NoSpeaker)
        } else {
            classify::style(&ctx, qt, speaker.is_some())
        };
        let speech = matches!(style, QuoteStyle::Direct | QuoteStyle::Partial);
        let mut quote = Quote {
            style,
            marks: q.issue,
            ..Quote::default()
        };
        if speech {
            if let Some(a) = &att {
                if let Some(s) = &a.speaker {
                    quote.speaker = Some(s.name.clone());
                    quote.speaker_mention = Some(doc.slice(s.mention).to_string());
                    quote.speaker_span = Some(s.mention);
                }
                quote.cue_span = a.cue;
                quote.cue = a.cue.map(|c| doc.slice(c).to_string());
            }
        }
        if let Some(issue) = q.issue {
            let (mark, message) = match issue {
                MarkIssue::MissingClose => (
                    q.open_mark,
                    "Opening quote mark with no closing mark: the quote is taken to run to the end of its paragraph or to the next opening mark.",
                ),
                MarkIssue::MissingOpen => (
                    q.close_mark,
                    "Closing quote mark with no opening mark: the quote is taken to start at the beginning of its sentence.",
                ),
            };
            diagnostics.push(Diagnostic {
                span: mark,
                message: message.to_string(),
            });
        }
        let confidence = match style {
            QuoteStyle::Direct if quote.speaker.is_some() => 0.9,
            QuoteStyle::Direct | QuoteStyle::Partial => 0.7,
            QuoteStyle::Scare | QuoteStyle::Title => 0.6,
        } - if q.issue.is_some() { 0.2 } else { 0.0 };
        out.quotes.push(Annotation {
            span: q.content,
            confidence,
            detail: Detail::Quote(quote),
        });
        if q.depth == 0 {
            prev_outer = Some(i);
        }
        found.push(att);
    }
    backward_carry(&ctx, &raw, &located, &found, &mut out.quotes);
    out
}

/// An unattributed quote left open that runs into the next quote takes that
/// quote's speaker and cue, and its style is decided again with a speaker
/// (see [`carry::runs_into`]).
fn backward_carry(
    ctx: &Context<'_>,
    raw: &[marks::RawQuote],
    located: &[context::QuoteTokens],
    found: &[Option<Attribution>],
    quotes: &mut [Annotation],
) {
    for i in 0..raw.len().saturating_sub(1) {
        if raw[i].depth != 0 || raw[i].issue != Some(MarkIssue::MissingClose) || found[i].is_some()
        {
            continue;
        }
        let Some(next) = (i + 1..raw.len()).find(|&j| raw[j].depth == 0) else {
            continue;
        };
        let Some(speaker) = found[next].as_ref().and_then(|a| a.speaker.as_ref()) else {
            continue;
        };
        if !carry::runs_into(ctx, &located[i], &located[next]) {
            continue;
        }
        let (style, _) = classify::style(ctx, &located[i], true);
        if let Detail::Quote(quote) = &mut quotes[i].detail {
            if !matches!(style, QuoteStyle::Direct | QuoteStyle::Partial) {
                continue;
            }
            quote.style = style;
            quote.speaker = Some(speaker.name.clone());
            quote.speaker_mention =
                Some(ctx.text[speaker.mention.start..speaker.mention.end].to_string());
            quote.speaker_span = Some(speaker.mention);
            quote.cue_span = found[next].as_ref().and_then(|a| a.cue);
            quote.cue = quote.cue_span.map(|c| ctx.text[c.start..c.end].to_string());
            quotes[i].confidence = match style {
                QuoteStyle::Direct => 0.9,
                _ => 0.7,
            } - 0.2;
        }
    }
}
