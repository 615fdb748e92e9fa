//! Why a sentence scored as it did: the typed reasons of the news rules and
//! the sentence context the rules read.

use super::lexicon::{Lexicon, Matches};
use super::model::ModelScore;
use super::rules::LEXICONS;
use crate::model::{Annotation, Detail, Span};

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
    /// Every reason, in declaration order: `ALL[r as usize] == r`.
    pub const ALL: [Reason; 17] = [
        Reason::Boilerplate,
        Reason::Caption,
        Reason::Headline,
        Reason::Byline,
        Reason::Figure,
        Reason::Date,
        Reason::NamedSource,
        Reason::NamedActor,
        Reason::Opinion,
        Reason::Rhetoric,
        Reason::Question,
        Reason::Commitment,
        Reason::Forecast,
        Reason::Vague,
        Reason::Event,
        Reason::Hypothetical,
        Reason::Fragment,
    ];

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
    /// The figures that start inside the sentence, or more of the
    /// document's figures (sorted by start; the rules read those inside).
    pub figures: &'a [Annotation],
    /// The quotes that start inside the sentence, or more of the document's
    /// quotes (sorted by start; the rules read those inside).
    pub quotes: &'a [Annotation],
    /// What the figures and quotes inside the sentence tell the rules.
    pub inside: Inside,
    /// The rules' lexicons found in the text.
    pub matches: Matches,
    /// The model's view of the sentence (hand features and log-odds);
    /// borrowed, so that the score is not copied into every sentence (a
    /// 72-byte `memory.copy` per sentence in wasm).
    pub model: &'a ModelScore,
    /// Whether the sentence speaks in its own voice: a first- or
    /// second-person pronoun ("I", "we", "you", "our", …) outside quotation
    /// marks. News narration is in the third person (a reporter's "we" or
    /// "you" sits inside quotes); debate and interview speech is not.
    ///
    /// Found by the claims pass from the hashing pass's visits (the
    /// pronouns and quote marks it meets), not by a scan of its own: about
    /// 1% of the pipeline's time in Node went to that scan, as "US" and
    /// quoted "we" put a pronoun into many news sentences. Equal to the
    /// reference scan `reason::own_voice` of the text, opening quoted when
    /// `in_quotation` (tests check it).
    pub own_voice: bool,
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

    /// Whether a quantity figure (count, money, percent, …; not a date or
    /// year) lies in the sentence.
    pub fn has_quantity(&self) -> bool {
        self.inside.quantity
    }

    /// Whether a quote with a speaker lies in the sentence.
    pub fn has_attributed_quote(&self) -> bool {
        self.inside.attributed_quote
    }
}

/// What the figures and quotes inside a sentence tell the rules.
///
/// What it does: says whether a figure, a quantity figure and a quote with
/// a speaker or cue lie inside the sentence (start and end in it).
///
/// Why: worked out once per sentence, from the figures and quotes that
/// start in it; the figure, opinion, rhetoric and source rules and the
/// kind each searched them again (a third of a rule's time in wasm).
///
/// Example: in `Sales rose 5% in 2024, Ann Bell said.` a quantity (`5%`)
/// and a figure lie inside; a date alone (`2024`) is a figure but no
/// quantity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Inside {
    /// A figure (of any kind) lies in the sentence.
    pub figure: bool,
    /// A quantity figure (not a date or year) lies in the sentence.
    pub quantity: bool,
    /// A quote with a speaker or a cue lies in the sentence.
    pub attributed_quote: bool,
}

impl Inside {
    /// What `figures` and `quotes` have inside `span`: each is read once,
    /// so pass those that start in it (as the claims pass does).
    pub fn of(figures: &[Annotation], quotes: &[Annotation], span: Span) -> Inside {
        let mut out = Inside::default();
        for a in figures.iter().filter(|a| span.contains(a.span)) {
            if let Detail::Figure(f) = &a.detail {
                out.figure = true;
                out.quantity |= super::rules::is_quantity(f.kind);
            }
        }
        out.attributed_quote = quotes.iter().any(|a| {
            span.contains(a.span)
                && match &a.detail {
                    Detail::Quote(q) => q.speaker.is_some() || q.cue.is_some(),
                    _ => false,
                }
        });
        out
    }
}

/// Whether `word` is a first- or second-person pronoun, case-sensitive:
/// "US" (the country) and "ME" (Maine) are not pronouns.
pub(super) fn personal(word: &[u8]) -> bool {
    matches!(
        word,
        b"I" | b"me"
            | b"my"
            | b"My"
            | b"mine"
            | b"myself"
            | b"we"
            | b"We"
            | b"us"
            | b"our"
            | b"Our"
            | b"ours"
            | b"ourselves"
            | b"you"
            | b"You"
            | b"your"
            | b"Your"
            | b"yours"
            | b"yourself"
            | b"yourselves"
    )
}

/// Whether `text` has a first- or second-person pronoun ([`personal`], a
/// run of ASCII letters) outside quotation marks (`"` toggles, `“` opens,
/// `”` closes); `quoted` tells whether the text opens inside a quotation.
/// The definition of [`Sentence::own_voice`], which the claims pass finds
/// without this scan; kept for the tests that check the two agree.
#[cfg(test)]
pub(super) fn own_voice(text: &str, mut quoted: bool) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if quoted {
            // Words inside a quotation do not count (and no mark lies
            // inside a word): on to the next mark that may close it.
            match memchr::memchr2(b'"', 0xE2, &bytes[i..]) {
                Some(k) => i += k,
                None => return false,
            }
        }
        let b = bytes[i];
        if b.is_ascii_alphabetic() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            if !quoted && personal(&bytes[start..i]) {
                return true;
            }
            continue;
        }
        match b {
            b'"' => quoted = !quoted,
            // “ is E2 80 9C and ” is E2 80 9D.
            0xE2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
                Some(0x9C) => quoted = true,
                Some(0x9D) => quoted = false,
                _ => {}
            },
            _ => {}
        }
        i += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::own_voice;

    /// `marked` opens inside a quotation when it starts with `…`.
    fn check(marked: &str, expect: bool) {
        let (text, quoted) = match marked.strip_prefix('…') {
            Some(rest) => (rest, true),
            None => (marked, false),
        };
        assert_eq!(own_voice(text, quoted), expect, "{marked:?}");
    }

    #[test]
    fn first_and_second_person_outside_quotes() {
        check("We cut the waiting list by a third in Leeds.", true);
        check("I've voted against that bill twice.", true);
        check("Your rent went up again, didn't it?", true);
        check("The mayor of Leeds opened the bridge on Monday.", false);
        check("Exports to the US rose sharply.", false);
        check("“We will build it,” the mayor of Leeds said.", false);
        check("The mayor said \"our city\" would pay.", false);
        check("…we will build it,” the mayor of Leeds said.", false);
        check("…we will build it,” she said, and we believed her.", true);
    }
}
