//! Claims: check-worthy sentences, scored, ranked and explained.
//!
//! Each sentence gets a score in `[0, 1]`:
//! 1. the shipped [`model`] (a logistic regression over hashed word unigrams
//!    and bigrams plus hand features, trained on ClaimBuster debate
//!    sentences by `tools/train-claims/train.py`) gives log-odds;
//! 2. the news [`rules`](self) exclude boilerplate, captions, bylines and
//!    headlines outright, and add to the log-odds for figures, named sources
//!    and named actors, or subtract for opinion, rhetoric and questions;
//! 3. the score is the logistic of the sum; [`kind::classify`] gives the kind.
//!
//! Reasons list the rules that fired (strongest first), then the n-grams
//! that pushed the model's score up most; they are kept packed (see `found.rs`)
//! and written as texts when read.

pub mod features;
pub(crate) mod found;
pub mod kind;
mod lexicon;
pub mod model;
mod packed;
pub mod reason;
mod rules;
mod signed;

use crate::model::{Annotation, Claim, Detail, Reasons, Span};
use crate::text::Document;
use features::Visit;
use model::{sigmoid, Model};
use reason::{Effect, Reason, Sentence};

/// Sentences scoring at least this are claims by default.
///
/// Chosen on data, over thresholds 0.30–0.65 in steps of 0.05: 0.40 gives
/// the best mean of the claim F1 on the five seed articles (news gold, F1
/// 0.909) and the F1 on ClaimBuster groundtruth (debate sentences held out
/// from training, F1 0.892); see `tools/train-claims/README.md` and
/// `lede eval-claims --sweep`. The CheckThat! sets were not used to
/// choose it.
pub const DEFAULT_THRESHOLD: f32 = 0.4;

/// Scores the sentences of `doc` and returns those at or above `threshold`
/// as claim annotations, in text order.
pub fn extract(
    doc: &Document,
    figures: &[Annotation],
    quotes: &[Annotation],
    threshold: f32,
) -> Vec<Annotation> {
    scored(doc, figures, quotes, floor(threshold), |score| {
        score > 0.0 && score >= threshold
    })
}

/// The log-odds below which a score is under `threshold` for certain:
/// [`extract`] neither runs the rules of a sentence whose model log-odds
/// plus the rules' largest raise is below it, nor the logistic of a final
/// log-odds below it (most news sentences are far from a claim).
///
/// Only [`DEFAULT_THRESHOLD`] (the app's, the CLI's and the wasm API's
/// default) has one, [`DEFAULT_FLOOR`]; any other threshold gets -∞ (every
/// score is computed): a floor for any threshold needs `ln`, which links
/// libm's `log` into the app (+400 B gzipped).
fn floor(threshold: f32) -> f64 {
    if threshold == DEFAULT_THRESHOLD {
        DEFAULT_FLOOR
    } else {
        f64::NEG_INFINITY
    }
}

/// `ln(t / (1 - t)) - 0.001` for `t` = [`DEFAULT_THRESHOLD`] (as f32), rounded
/// down (a test checks it).
///
/// Why it is exact: the margin of 0.001 puts the logistic at least
/// `0.001 · t(1 - t)` ≈ 2.4e-4 under `t`, far more than the f64 error of the
/// logistic (~1e-16) plus the f32 rounding of the score (≤ 3e-8): a score
/// computed there would round below `t` and not be kept.
const DEFAULT_FLOOR: f64 = -0.406_466;

/// Every sentence of `doc` as a claim annotation with its score, in text
/// order. Excluded sentences (boilerplate, captions, headlines, bylines)
/// score 0.
pub fn score_all(doc: &Document, figures: &[Annotation], quotes: &[Annotation]) -> Vec<Annotation> {
    scored(doc, figures, quotes, f64::NEG_INFINITY, |_| true)
}

/// Every sentence of `doc` as a claim annotation, best first (ties in text
/// order); excluded sentences are left out.
pub fn rank(doc: &Document, figures: &[Annotation], quotes: &[Annotation]) -> Vec<Annotation> {
    let mut all = scored(doc, figures, quotes, f64::NEG_INFINITY, |score| score > 0.0);
    crate::sort::stable_sort_by(&mut all, |a, b| b.confidence.total_cmp(&a.confidence));
    all
}

/// A sentence's score before it becomes an annotation (no allocation).
///
/// The kind is left to [`annotate`]: most sentences are not kept.
struct Scored {
    score: f32,
    /// The reasons of the rules that fired, a bit per [`Reason`] (`1 <<
    /// reason as u32`): each rule fires at most once, and gives each of its
    /// reasons with one effect ([`rules::effect`]), so this is all a
    /// claim's rule reasons need.
    fired: u32,
    /// Whether one of them excluded the sentence.
    excluded: bool,
}

/// Scores every sentence; builds annotations (with their reasons) for those
/// whose score `keep` accepts. `keep` must reject every score of a
/// log-odds below `floor` (see [`floor`]): those are not computed.
fn scored(
    doc: &Document,
    figures: &[Annotation],
    quotes: &[Annotation],
    floor: f64,
    keep: impl Fn(f32) -> bool,
) -> Vec<Annotation> {
    let shipped = Model::shipped();
    // The pass visits only the tokens the rules' phrase scan walks from.
    let watch = rules::LEXICONS.watch();
    let text = doc.text();
    let paragraphs = doc.paragraphs();
    // At most one annotation per sentence: no growing (the caller merges
    // or sorts the result, so the spare capacity does not last).
    let mut out = Vec::with_capacity(doc.sentences().len());
    // Quote state carried from sentence to sentence within a paragraph.
    let mut current_paragraph = None;
    let mut open_quote = false;
    // Where the figures and quotes of the next sentence start.
    let (mut figure_cursor, mut quote_cursor, mut paragraph_cursor) = (0, 0, 0);
    let mut model = model::ModelScore::default();
    // The claims' reasons, packed into one buffer (see `found.rs`): a few
    // dozen bytes per claim, a claim per few sentences.
    let mut packed = Vec::with_capacity(text.len() / 8);
    let mut result = Scored {
        score: 0.0,
        fired: 0,
        excluded: false,
    };
    for &span in doc.sentences() {
        let index = paragraph_at(paragraphs, span.start, &mut paragraph_cursor);
        let paragraph = index.map_or(span, |i| paragraphs[i]);
        // A new paragraph closes any quotation (without a branch: whether
        // a sentence starts one is up to the text).
        open_quote &= index == current_paragraph;
        current_paragraph = index;
        let sentence_text = &text[span];
        // One pass over the tokens and marks for the model, the rules'
        // phrases and the quotation state.
        let in_quotation = open_quote || sentence_text.starts_with(['“', '"', '‘']);
        let mut pass = Pass {
            scan: rules::LEXICONS.scanner(sentence_text),
            bytes: sentence_text.as_bytes(),
            open_quote,
            voice_quoted: in_quotation,
            own_voice: false,
        };
        // The model's score is written into `model`, reused from sentence
        // to sentence, and borrowed by the sentence (not copied).
        shipped.score_into(sentence_text, watch, &mut pass, &mut model);
        open_quote = pass.open_quote;
        if model.logit + rules::MAX_RAISE < floor {
            // No rule can raise it to the threshold (the figure and quote
            // cursors catch up at the next sentence).
            continue;
        }
        let (its_figures, its_quotes) = (
            starting_inside(figures, span, &mut figure_cursor),
            starting_inside(quotes, span, &mut quote_cursor),
        );
        let sentence = Sentence {
            model: &model,
            matches: pass.scan.finish(),
            text: sentence_text,
            span,
            paragraph: &text[paragraph],
            whole_paragraph: paragraph == span,
            in_quotation,
            inside: reason::Inside::of(its_figures, its_quotes, span),
            figures: its_figures,
            quotes: its_quotes,
            own_voice: pass.own_voice,
        };
        score_sentence(&sentence, floor, &mut result);
        if keep(result.score) {
            annotate(&sentence, &result, &mut packed, &mut out);
        }
    }
    found::share(packed, &mut out);
    out
}

/// The index of the paragraph (of `paragraphs`, in text order) holding
/// byte `pos`, as [`Document::paragraph_at`] finds it, from `cursor` on:
/// the paragraph of the previous call (sentences come in text order).
fn paragraph_at(paragraphs: &[Span], pos: usize, cursor: &mut usize) -> Option<usize> {
    let went_back = cursor
        .checked_sub(1)
        .and_then(|i| paragraphs.get(i))
        .is_some_and(|p| p.end > pos);
    if went_back {
        *cursor = paragraphs.partition_point(|p| p.end <= pos);
    }
    // Most often the same paragraph or the next one: a step without a
    // branch, then a loop for the rare longer ones (empty paragraphs).
    *cursor += usize::from(paragraphs.get(*cursor).is_some_and(|p| p.end <= pos));
    while paragraphs.get(*cursor).is_some_and(|p| p.end <= pos) {
        *cursor += 1;
    }
    let i = *cursor;
    (paragraphs.get(i).is_some_and(|p| p.start <= pos)).then_some(i)
}

/// The annotations of `all` (sorted by start) that start inside `span`.
///
/// `cursor` is where the previous call's slice ended: sentences come in
/// text order, so it only moves forward, by a step per annotation passed
/// (a binary search per sentence over a whole document's figures cost more
/// than the rules that read them), and most often not at all: the
/// annotations of the previous sentence are behind it. A span that starts
/// before one of those is searched for.
fn starting_inside<'a>(all: &'a [Annotation], span: Span, cursor: &mut usize) -> &'a [Annotation] {
    let went_back = |at: usize| {
        at.checked_sub(1)
            .and_then(|i| all.get(i))
            .is_some_and(|a| a.span.start >= span.start)
    };
    if went_back(*cursor) {
        *cursor = all.partition_point(|a| a.span.start < span.start);
    }
    while all.get(*cursor).is_some_and(|a| a.span.start < span.start) {
        *cursor += 1;
    }
    let rest = all.get(*cursor..).unwrap_or_default();
    let n = count_before(rest, span.end);
    *cursor += n;
    &rest[..n]
}

/// How many annotations of `rest` (sorted by start) start before `end`.
///
/// What it does: counts those among the first four without a branch
/// (sorted, so that is the count up to four), and goes on one by one only
/// when all four do.
///
/// Why: a sentence has a few figures and quotes, a number a branch
/// predictor cannot know: a loop that stopped at the first one past the
/// sentence missed at about every other call.
///
/// Example: annotations starting at 3, 9, 40 and 41, `end` 20: 2.
fn count_before(rest: &[Annotation], end: usize) -> usize {
    let mut n = 0;
    for a in rest.iter().take(4) {
        n += usize::from(a.span.start < end);
    }
    if n == 4 {
        n += rest[4..].iter().take_while(|a| a.span.start < end).count();
    }
    n
}

/// Scores `s` into `out`, which is reused from sentence to sentence. A
/// log-odds below `floor` scores 0 (see [`floor`]).
///
/// Not inlined (nor is [`annotate`], nor [`Model::score_with`]): inside
/// the sentence loop they left the hashing loop short of registers.
#[inline(never)]
fn score_sentence(s: &Sentence, floor: f64, out: &mut Scored) {
    let mut fired = 0u32;
    let mut excluded = false;
    // The adjustments are added in the rules' order.
    let mut logit = s.model.logit;
    let mut raised = 0.0;
    // Where the last hit's reason is in `rules::IN_RULE_ORDER` (checked).
    let mut order = 0;
    for rule in rules::RULES {
        if let Some(hit) = rule(s) {
            debug_assert!(
                hit.effect == rules::effect(hit.reason) && fired & bit(hit.reason) == 0,
                "{:?} fired twice or not with its one effect",
                hit.reason
            );
            debug_assert!(
                rules::IN_RULE_ORDER[order..].contains(&hit.reason),
                "{:?} is out of the rules' order",
                hit.reason
            );
            order = rules::IN_RULE_ORDER
                .iter()
                .position(|&r| r == hit.reason)
                .unwrap_or(0);
            fired |= bit(hit.reason);
            match hit.effect {
                Effect::Exclude => excluded = true,
                Effect::Adjust(by) => {
                    logit += by;
                    raised += by.max(0.0);
                }
            }
        }
    }
    debug_assert!(
        raised <= rules::MAX_RAISE,
        "a rule raises by more than rules::MAX_RAISE counts"
    );
    out.fired = fired;
    out.excluded = excluded;
    out.score = if excluded || logit < floor {
        0.0
    } else {
        sigmoid(logit) as f32
    };
}

/// The bit of `reason` in [`Scored::fired`].
fn bit(reason: Reason) -> u32 {
    1 << reason as u32
}

/// Pushes the claim annotation of a scored sentence onto `out`, with its
/// reasons: the rules that fired (strongest first; only the exclusion when
/// one excluded it), then the n-grams that raised the model's score most,
/// packed (see `found.rs`): their texts are written when read.
/// (Pushed here rather than returned: a returned annotation was copied
/// into the Vec, an 88-byte `memory.copy` per claim in wasm.)
#[inline(never)]
fn annotate(s: &Sentence, scored: &Scored, packed: &mut Vec<u8>, out: &mut Vec<Annotation>) {
    // An excluded sentence shows its exclusion only, no n-grams; the model's
    // top n-grams are read here, not copied per sentence while scoring.
    let top = if scored.excluded {
        &[(0, 0, 0.0); model::TOP]
    } else {
        &s.model.top
    };
    let reasons = found::pack(scored.fired, s.text, top, packed);
    out.push(claim(s.span, scored.score, kind::classify(s), reasons));
}

fn claim(span: Span, score: f32, kind: crate::model::ClaimKind, reasons: Reasons) -> Annotation {
    Annotation {
        span,
        confidence: score,
        detail: Detail::Claim(Claim {
            score,
            kind,
            reasons,
        }),
    }
}

/// What one sentence's hashing pass feeds besides the model: the rules'
/// phrase scan, the quotation state and the own-voice test.
struct Pass<'a> {
    scan: lexicon::Scan<'a>,
    bytes: &'a [u8],
    /// Whether a double quotation is open at the place visited.
    open_quote: bool,
    /// The same, as the own-voice test counts it: from the sentence's
    /// `in_quotation` on (a sentence opening with `‘` is quoted to its end,
    /// one opening with `"` only up to that mark, which toggles).
    voice_quoted: bool,
    /// Whether a first- or second-person pronoun was visited outside
    /// quotation marks ([`Sentence::own_voice`]).
    own_voice: bool,
}

impl features::Visitor for Pass<'_> {
    /// Inlined into the hashing loop, which calls it for every token,
    /// bigram and mark.
    #[inline(always)]
    fn visit(&mut self, visit: Visit) {
        match visit {
            Visit::Token { start, bucket } => self.scan.token(start, bucket),
            Visit::Bigram { start, bucket } => self.scan.bigram(start, bucket),
            Visit::Mark(at) => self.mark(at),
            Visit::Pronoun { start, end } => self.pronoun(start, end),
        }
    }
}

impl Pass<'_> {
    /// A mark (in BBC text about one per 160 bytes): out of the hashing
    /// loop, whose registers its quotation test would take (-0.3 M
    /// instructions per MB natively).
    #[cold]
    #[inline(never)]
    fn mark(&mut self, at: usize) {
        self.scan.mark(at);
        self.open_quote = quote_mark(self.bytes, at, self.open_quote);
        self.voice_quoted = quote_mark(self.bytes, at, self.voice_quoted);
    }

    /// A token that may be or hold a pronoun (it folds to one, or has a
    /// digit): the sentence speaks in its own voice when one of its runs of
    /// ASCII letters is a pronoun as written ("we", not "US") and no
    /// quotation is open. Rare, and out of the hashing loop as `mark` is.
    #[cold]
    #[inline(never)]
    fn pronoun(&mut self, start: usize, end: usize) {
        if self.voice_quoted || self.own_voice {
            return;
        }
        let token = self.bytes.get(start..end).unwrap_or_default();
        // Most are amounts ("5bn", "10am"): a test per byte, and a pronoun
        // test per run of letters only.
        let mut run = 0;
        for (i, b) in token.iter().enumerate() {
            if b.is_ascii_alphabetic() {
                run += 1;
                if token.get(i + 1).is_some_and(u8::is_ascii_alphabetic) {
                    continue;
                }
                if reason::personal(&token[i + 1 - run..=i]) {
                    self.own_voice = true;
                    return;
                }
            }
            run = 0;
        }
    }
}

/// Whether a double quotation is open after the mark at `bytes[at]`
/// ([`features::is_mark`]), given whether one was open before it: `"`
/// toggles, `“` opens and `”` closes.
fn quote_mark(bytes: &[u8], at: usize, open: bool) -> bool {
    // “ is E2 80 9C and ” is E2 80 9D in UTF-8.
    match bytes.get(at..at + 3) {
        Some([b'"', ..]) => !open,
        Some([0xE2, 0x80, 0x9C]) => true,
        Some([0xE2, 0x80, 0x9D]) => false,
        _ if bytes.get(at) == Some(&b'"') => !open,
        _ => open,
    }
}

#[cfg(test)]
mod tests;
