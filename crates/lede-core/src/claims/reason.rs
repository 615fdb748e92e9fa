//! Why a sentence scored as it did: the typed reasons of the news rules and
//! the sentence context the rules read.

use super::lexicon::{Lexicon, Matches};
use super::model::ModelScore;
use super::rules::LEXICONS;
use crate::model::{Annotation, Detail, FigureKind, Span};

/// A news rule that fired on a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// Site furniture: "READ ALSO", "Follow for more", "SCROLL FOR NEXT".
    Boilerplate,
    /// A photo caption or image credit.
    Caption,
    /// A line without final punctuation: headline, subhead, label.
    Headline,
    /// The writer's byline or a dateline.
    Byline,
    /// Holds a quantity figure (count, money, percent, …).
    Figure,
    /// Holds a date or a calendar year.
    Date,
    /// A named source states it (speech verb with a named subject, or an
    /// attributed quote).
    NamedSource,
    /// Tells what named actors did or decided.
    NamedActor,
    /// The writer's own opinion, analysis or speculation.
    Opinion,
    /// Evaluative, normative or rhetorical content only.
    Rhetoric,
    /// A question.
    Question,
    /// A pledge, promise, offer or plan.
    Commitment,
    /// A forecast ("set to", "expected to").
    Forecast,
    /// Vague: nothing specific to check.
    Vague,
    /// Reports something that happened.
    Event,
    /// A condition or supposition.
    Hypothetical,
    /// Too short to state anything checkable.
    Fragment,
}

impl Reason {
    /// The text shown to the user.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Boilerplate => "boilerplate",
            Reason::Caption => "caption or credit",
            Reason::Headline => "headline (no final punctuation)",
            Reason::Byline => "byline",
            Reason::Figure => "has a figure",
            Reason::Date => "has a date",
            Reason::NamedSource => "named source",
            Reason::NamedActor => "named actor",
            Reason::Opinion => "opinion or speculation",
            Reason::Rhetoric => "evaluative or rhetorical",
            Reason::Question => "question",
            Reason::Commitment => "commitment",
            Reason::Forecast => "forecast",
            Reason::Vague => "vague",
            Reason::Event => "event",
            Reason::Hypothetical => "hypothetical",
            Reason::Fragment => "fragment (under four words)",
        }
    }
}

/// What a rule does to a sentence's score.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Effect {
    /// Never a claim.
    Exclude,
    /// Adds this to the model's log-odds (positive raises the score).
    Adjust(f64),
}

/// A rule's verdict.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    /// Which rule.
    pub reason: Reason,
    /// What it does.
    pub effect: Effect,
}

impl Hit {
    /// A hit that excludes the sentence.
    pub fn exclude(reason: Reason) -> Option<Hit> {
        Some(Hit {
            reason,
            effect: Effect::Exclude,
        })
    }

    /// A hit that adjusts the log-odds.
    pub fn adjust(reason: Reason, by: f64) -> Option<Hit> {
        Some(Hit {
            reason,
            effect: Effect::Adjust(by),
        })
    }
}

/// A sentence and what the rules may read about it.
#[derive(Clone, Copy, Debug)]
pub struct Sentence<'a> {
    /// The sentence text.
    pub text: &'a str,
    /// Where it is in the document.
    pub span: Span,
    /// The text of its paragraph.
    pub paragraph: &'a str,
    /// True when the sentence is its whole paragraph.
    pub whole_paragraph: bool,
    /// True when the sentence lies inside a quotation (it opens with a quote
    /// mark, or continues one opened in an earlier sentence).
    pub in_quotation: bool,
    /// The figures of the document (sorted by start).
    pub figures: &'a [Annotation],
    /// The quotes of the document (sorted by start).
    pub quotes: &'a [Annotation],
    /// The rules' lexicons found in the text.
    pub matches: Matches,
    /// The model's view of the sentence (hand features and log-odds).
    pub model: ModelScore,
}

impl Sentence<'_> {
    /// Whether a capitalised word other than the first occurs (a name).
    pub fn named(&self) -> bool {
        self.model.hand.name
    }

    /// Whether a lower-case past-tense verb occurs.
    pub fn past_tense(&self) -> bool {
        self.model.hand.past_lowercase
    }

    /// Number of word tokens.
    pub fn words(&self) -> usize {
        self.model.hand.tokens
    }

    /// Whether a phrase of `lexicon` occurs in the sentence.
    pub fn has(&self, lexicon: &Lexicon) -> bool {
        LEXICONS.has(self.matches, lexicon, self.text)
    }

    /// Whether the sentence opens with a phrase of `lexicon`.
    pub fn starts(&self, lexicon: &Lexicon) -> bool {
        LEXICONS.starts(self.matches, lexicon, self.text)
    }

    /// Figure kinds inside the sentence.
    pub fn figure_kinds(&self) -> impl Iterator<Item = FigureKind> + '_ {
        inside(self.figures, self.span).filter_map(|a| match &a.detail {
            Detail::Figure(f) => Some(f.kind),
            _ => None,
        })
    }

    /// Whether a quote with a speaker lies in the sentence.
    pub fn has_attributed_quote(&self) -> bool {
        inside(self.quotes, self.span).any(|a| match &a.detail {
            Detail::Quote(q) => q.speaker.is_some() || q.cue.is_some(),
            _ => false,
        })
    }
}

/// Annotations of `all` (sorted by start) lying inside `span`.
fn inside(all: &[Annotation], span: Span) -> impl Iterator<Item = &Annotation> {
    let from = all.partition_point(|a| a.span.start < span.start);
    all[from..]
        .iter()
        .take_while(move |a| a.span.start < span.end)
        .filter(move |a| span.contains(a.span))
}
