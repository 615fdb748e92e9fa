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
//! that pushed the model's score up most.

pub mod features;
pub mod kind;
mod lexicon;
pub mod model;
pub mod reason;
mod rules;

use crate::model::{Annotation, Claim, Detail, Span};
use crate::text::Document;
use model::{sigmoid, Model};
use reason::{Effect, Reason, Sentence};

/// Sentences scoring at least this are claims by default.
///
/// Chosen on data, over thresholds 0.30–0.65 in steps of 0.05: 0.5 gives
/// the best claim F1 both on the five seed articles (news gold, F1 0.904)
/// and on ClaimBuster groundtruth (debate sentences, F1 0.873); see
/// `MODEL_CARD.md` and `lede eval-claims --sweep`. The CheckThat! test set
/// was not used to choose it.
pub const DEFAULT_THRESHOLD: f32 = 0.5;

/// Scores the sentences of `doc` and returns those at or above `threshold`
/// as claim annotations, in text order.
pub fn extract(
    doc: &Document,
    figures: &[Annotation],
    quotes: &[Annotation],
    threshold: f32,
) -> Vec<Annotation> {
    score_all(doc, figures, quotes)
        .into_iter()
        .filter(|a| a.confidence > 0.0 && a.confidence >= threshold)
        .collect()
}

/// Every sentence of `doc` as a claim annotation with its score, in text
/// order. Excluded sentences (boilerplate, captions, headlines, bylines)
/// score 0.
pub fn score_all(doc: &Document, figures: &[Annotation], quotes: &[Annotation]) -> Vec<Annotation> {
    let model = Model::shipped();
    let text = doc.text();
    let paragraphs = doc.paragraphs();
    let mut out = Vec::with_capacity(doc.sentences().len());
    for &span in doc.sentences() {
        let paragraph = doc.paragraph_at(span.start).map_or(span, |i| paragraphs[i]);
        let sentence = Sentence {
            text: &text[span],
            span,
            paragraph: &text[paragraph],
            whole_paragraph: paragraph == span,
            in_quotation: in_quotation(text, paragraph, span),
            figures,
            quotes,
        };
        out.push(score_sentence(&model, &sentence));
    }
    out
}

/// Every sentence of `doc` as a claim annotation, best first (ties in text
/// order); excluded sentences are left out.
pub fn rank(doc: &Document, figures: &[Annotation], quotes: &[Annotation]) -> Vec<Annotation> {
    let mut all: Vec<Annotation> = score_all(doc, figures, quotes)
        .into_iter()
        .filter(|a| a.confidence > 0.0)
        .collect();
    all.sort_by(|a, b| b.confidence.total_cmp(&a.confidence));
    all
}

fn score_sentence(model: &Model, s: &Sentence) -> Annotation {
    let mut hits: Vec<(Reason, Effect)> = Vec::new();
    for rule in rules::RULES {
        if let Some(hit) = rule(s) {
            hits.push((hit.reason, hit.effect));
        }
    }
    let kind = kind::classify(s);
    if let Some((reason, _)) = hits.iter().find(|(_, e)| *e == Effect::Exclude) {
        return claim(s.span, 0.0, kind, vec![reason.as_str().to_string()]);
    }
    let m = model.score(s.text);
    let mut logit = m.logit;
    for (_, effect) in &hits {
        if let Effect::Adjust(by) = effect {
            logit += by;
        }
    }
    hits.sort_by(|a, b| magnitude(b.1).total_cmp(&magnitude(a.1)));
    let mut reasons: Vec<String> = hits
        .iter()
        .map(|(reason, effect)| match effect {
            Effect::Adjust(by) => format!("{} ({by:+.1})", reason.as_str()),
            Effect::Exclude => reason.as_str().to_string(),
        })
        .collect();
    for (start, end, w) in m.top {
        if w <= 0.0 {
            continue;
        }
        let gram = s.text.get(start..end).unwrap_or("");
        let shown = format!("“{gram}”");
        if reasons.iter().any(|r| r.starts_with(&shown)) {
            continue;
        }
        reasons.push(format!("{shown} ({w:+.2})"));
    }
    let score = sigmoid(logit) as f32;
    claim(s.span, score, kind, reasons)
}

fn magnitude(effect: Effect) -> f64 {
    match effect {
        Effect::Exclude => f64::INFINITY,
        Effect::Adjust(by) => by.abs(),
    }
}

fn claim(
    span: Span,
    score: f32,
    kind: crate::model::ClaimKind,
    reasons: Vec<String>,
) -> Annotation {
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

/// Whether `span` opens inside a quotation: it starts with an opening quote
/// mark, or a quote opened earlier in its paragraph is still open.
fn in_quotation(text: &str, paragraph: Span, span: Span) -> bool {
    let s = &text[span];
    if s.starts_with(['“', '"', '‘']) {
        return true;
    }
    let before = text.get(paragraph.start..span.start).unwrap_or("");
    let mut open = false;
    for c in before.chars() {
        match c {
            '“' => open = true,
            '”' => open = false,
            '"' => open = !open,
            _ => {}
        }
    }
    open
}

#[cfg(test)]
mod tests;
