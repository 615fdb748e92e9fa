//! The annotation model: spans, annotations and the per-kind details.
//!
//! Offsets are byte offsets into the document text everywhere inside Rust. The
//! export formats convert them to Unicode code points with
//! [`CharIndex`](crate::text::CharIndex).

use std::borrow::Cow;
use std::fmt;
use std::ops::{Deref, Index, Range};
use std::sync::Arc;

/// A half-open byte range `start..end` into a document's text.
///
/// Invariant (kept by every producer in this crate): `start <= end`, both on
/// UTF-8 character boundaries of the text they index.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// Creates a span; `start` and `end` are swapped if given in the wrong order.
    pub fn new(start: usize, end: usize) -> Span {
        if start <= end {
            Span { start, end }
        } else {
            Span {
                start: end,
                end: start,
            }
        }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies entirely inside `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The range form, for slicing.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl Index<Span> for str {
    type Output = str;
    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

/// The kind of an annotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A number with its counted noun or unit.
    Figure,
    /// A quoted passage.
    Quote,
    /// A check-worthy sentence.
    Claim,
    /// A person or organisation mentioned in the text.
    Entity,
}

impl Kind {
    /// The lower-case name used in every export format.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Figure => "figure",
            Kind::Quote => "quote",
            Kind::Claim => "claim",
            Kind::Entity => "entity",
        }
    }

    /// Parses the lower-case name.
    pub fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "figure" => Kind::Figure,
            "quote" => Kind::Quote,
            "claim" => Kind::Claim,
            "entity" => Kind::Entity,
            _ => return None,
        })
    }
}

/// One machine or user annotation.
#[derive(Clone, Debug, PartialEq)]
pub struct Annotation {
    /// Byte span in the document text.
    pub span: Span,
    /// Confidence in `[0, 1]`.
    pub confidence: f32,
    /// Kind-specific details; the annotation's kind follows from them.
    pub detail: Detail,
}

impl Annotation {
    /// The kind of this annotation.
    pub fn kind(&self) -> Kind {
        match self.detail {
            Detail::Figure(_) => Kind::Figure,
            Detail::Quote(_) => Kind::Quote,
            Detail::Claim(_) => Kind::Claim,
            Detail::Entity(_) => Kind::Entity,
        }
    }

    /// A stable id derived from kind and span: `f:120-130` (byte offsets).
    pub fn machine_id(&self) -> String {
        let letter = match self.kind() {
            Kind::Figure => 'f',
            Kind::Quote => 'q',
            Kind::Claim => 'c',
            Kind::Entity => 'e',
        };
        format!("{letter}:{}-{}", self.span.start, self.span.end)
    }
}

/// Kind-specific details of an annotation.
#[derive(Clone, Debug, PartialEq)]
pub enum Detail {
    /// See [`Figure`].
    Figure(Figure),
    /// See [`Quote`].
    Quote(Quote),
    /// See [`Claim`].
    Claim(Claim),
    /// See [`Entity`].
    Entity(Entity),
}

/// A normalised figure.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Figure {
    /// The number (24 for "two dozen"); ordinals give their number, years the
    /// year, dates `None`.
    pub value: Option<f64>,
    /// Upper bound of a range.
    pub value_high: Option<f64>,
    /// How the value is qualified.
    pub qualifier: Qualifier,
    /// Singular lemma of the counted noun, `percent`, an ISO 4217 code or a
    /// time unit; `None` for dates and years.
    pub unit: Option<String>,
    /// What sort of figure this is.
    pub kind: FigureKind,
    /// Short display form: "30+ nations", "~24 leaders", "£5.2bn".
    pub display: String,
    /// ISO 8601 form of a date (`2022-02`, `--08-15`).
    pub iso: Option<String>,
}

/// How a figure's value is qualified.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Qualifier {
    /// No qualifier.
    #[default]
    Exact,
    /// "more than", "over".
    Over,
    /// "nearly", "almost", "fewer than".
    Under,
    /// "about", "around", "some".
    About,
    /// "at least".
    AtLeast,
    /// "at most", "up to".
    AtMost,
    /// Two bounds.
    Range,
}

impl Qualifier {
    /// The name used in exports and gold files.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Over => "over",
            Qualifier::Under => "under",
            Qualifier::About => "about",
            Qualifier::AtLeast => "at_least",
            Qualifier::AtMost => "at_most",
            Qualifier::Range => "range",
        }
    }

    /// Parses the export name.
    pub fn parse(s: &str) -> Option<Qualifier> {
        Some(match s {
            "exact" => Qualifier::Exact,
            "over" => Qualifier::Over,
            "under" => Qualifier::Under,
            "about" => Qualifier::About,
            "at_least" => Qualifier::AtLeast,
            "at_most" => Qualifier::AtMost,
            "range" => Qualifier::Range,
            _ => return None,
        })
    }
}

/// What sort of figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum FigureKind {
    /// Things counted.
    #[default]
    Count,
    /// An amount of money.
    Money,
    /// A percentage.
    Percent,
    /// A length of time.
    Duration,
    /// A day and/or month, with or without a year.
    Date,
    /// A bare calendar year.
    Year,
    /// An ordinal modifying a noun.
    Ordinal,
    /// Someone's age.
    Age,
    /// A physical measure (km, kg, °C).
    Measure,
    /// A result or tally: "won 3-1", "a 5-4 vote" (`value` the first
    /// side's, `value_high` the second's).
    Score,
    /// Anything else.
    Other,
}

impl FigureKind {
    /// The name used in exports and gold files.
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Count => "count",
            FigureKind::Money => "money",
            FigureKind::Percent => "percent",
            FigureKind::Duration => "duration",
            FigureKind::Date => "date",
            FigureKind::Year => "year",
            FigureKind::Ordinal => "ordinal",
            FigureKind::Age => "age",
            FigureKind::Measure => "measure",
            FigureKind::Score => "score",
            FigureKind::Other => "other",
        }
    }

    /// Parses the export name.
    pub fn parse(s: &str) -> Option<FigureKind> {
        Some(match s {
            "count" => FigureKind::Count,
            "money" => FigureKind::Money,
            "percent" => FigureKind::Percent,
            "duration" => FigureKind::Duration,
            "date" => FigureKind::Date,
            "year" => FigureKind::Year,
            "ordinal" => FigureKind::Ordinal,
            "age" => FigureKind::Age,
            "measure" => FigureKind::Measure,
            "score" => FigureKind::Score,
            "other" => FigureKind::Other,
            _ => return None,
        })
    }
}

/// A quoted passage and who said it.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Quote {
    /// Direct, partial, scare or title.
    pub style: QuoteStyle,
    /// Canonical full name of the speaker (person or organisation).
    pub speaker: Option<String>,
    /// The mention naming the speaker, as written.
    pub speaker_mention: Option<String>,
    /// Where that mention is.
    pub speaker_span: Option<Span>,
    /// The speech verb, as written.
    pub cue: Option<String>,
    /// Where the cue verb is.
    pub cue_span: Option<Span>,
    /// Set when one of the quote marks is missing.
    pub marks: Option<MarkIssue>,
}

/// The style of a quote (rules in the seeds' README).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum QuoteStyle {
    /// A complete clause or more, the whole of what is reported.
    #[default]
    Direct,
    /// A fragment woven into the reporter's sentence.
    Partial,
    /// A quoted label or coinage, or a quote with no identifiable speaker.
    Scare,
    /// The name of a work or event.
    Title,
}

impl QuoteStyle {
    /// The name used in exports and gold files.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteStyle::Direct => "direct",
            QuoteStyle::Partial => "partial",
            QuoteStyle::Scare => "scare",
            QuoteStyle::Title => "title",
        }
    }

    /// Parses the export name.
    pub fn parse(s: &str) -> Option<QuoteStyle> {
        Some(match s {
            "direct" => QuoteStyle::Direct,
            "partial" => QuoteStyle::Partial,
            "scare" => QuoteStyle::Scare,
            "title" => QuoteStyle::Title,
            _ => return None,
        })
    }
}

/// Which quote mark is missing from an unbalanced quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MarkIssue {
    /// A closing mark with no opening one.
    MissingOpen,
    /// An opening mark with no closing one.
    MissingClose,
}

impl MarkIssue {
    /// The name used in exports and gold files.
    pub fn as_str(self) -> &'static str {
        match self {
            MarkIssue::MissingOpen => "missing_open",
            MarkIssue::MissingClose => "missing_close",
        }
    }

    /// Parses the export name.
    pub fn parse(s: &str) -> Option<MarkIssue> {
        Some(match s {
            "missing_open" => MarkIssue::MissingOpen,
            "missing_close" => MarkIssue::MissingClose,
            _ => return None,
        })
    }
}

/// A check-worthy sentence.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Claim {
    /// Check-worthiness in `[0, 1]`.
    pub score: f32,
    /// What sort of claim.
    pub kind: ClaimKind,
    /// Why it scored as it did, most important first.
    pub reasons: Reasons,
}

/// Why a claim scored as it did: a list of texts, most important first.
///
/// What it does: holds either the texts themselves, each behind its length
/// in bytes and a colon (`12:has a figure`) in one string (reasons read
/// from an export, or built with [`Reasons::push`]), or what the claims pass
/// found (the rules that fired and the n-grams that stood out, packed), whose
/// texts are written when read. Either way [`Reasons::iter`] reads the
/// texts; it compares and prints (`Debug`) as the list of texts would.
///
/// Why: every claim carries a reason per rule that fired and per n-gram that
/// stood out. A `Vec<String>` allocated once for the list and once per text
/// (about seven allocations per claim); writing the texts into one buffer
/// was still a sixth of the claims layer's time in the web app, for texts
/// that are mostly never read.
///
/// Example: `["has a figure", "“rose” (+0.31)"].into_iter().collect()`
/// holds `12:has a figure16:“rose” (+0.31)`.
#[derive(Clone, Default)]
pub struct Reasons {
    repr: Repr,
}

#[derive(Clone)]
enum Repr {
    /// The texts, length-prefixed.
    Texts(String),
    /// What the claims pass found (`claims/found.rs`): bytes `start..end`
    /// of a buffer shared by the claims of one extraction (`None` only
    /// while the pass is still filling it).
    Found {
        all: Option<Arc<[u8]>>,
        start: usize,
        end: usize,
    },
}

impl Default for Repr {
    fn default() -> Repr {
        Repr::Texts(String::new())
    }
}

impl Reasons {
    /// An empty list.
    pub fn new() -> Reasons {
        Reasons::default()
    }

    /// An empty list with room for about `bytes` bytes of text.
    pub fn with_capacity(bytes: usize) -> Reasons {
        Reasons {
            repr: Repr::Texts(String::with_capacity(bytes)),
        }
    }

    /// The reasons the claims pass found, packed by `claims/found.rs` at
    /// `start..end` of a buffer still being filled: [`Reasons::share`]
    /// hands it over when it is full.
    pub(crate) fn found(start: usize, end: usize) -> Reasons {
        Reasons {
            repr: Repr::Found {
                all: None,
                start,
                end,
            },
        }
    }

    /// Hands the full buffer to reasons made by [`Reasons::found`].
    pub(crate) fn share(&mut self, buffer: &Arc<[u8]>) {
        if let Repr::Found {
            all: all @ None, ..
        } = &mut self.repr
        {
            *all = Some(Arc::clone(buffer));
        }
    }

    /// The packed bytes of reasons the claims pass found.
    fn packed(&self) -> Option<&[u8]> {
        match &self.repr {
            Repr::Texts(_) => None,
            Repr::Found { all, start, end } => Some(
                all.as_deref()
                    .and_then(|b| b.get(*start..*end))
                    .unwrap_or_default(),
            ),
        }
    }

    /// Appends `text`.
    pub fn push(&mut self, text: &str) {
        self.push_parts(&[text]);
    }

    /// Appends one text made of `parts` joined (no separator), without
    /// building it first.
    pub fn push_parts(&mut self, parts: &[&str]) {
        if let Repr::Found { .. } = self.repr {
            self.repr = Repr::Texts(self.text().into_owned());
        }
        let Repr::Texts(buf) = &mut self.repr else {
            return;
        };
        let len: usize = parts.iter().map(|p| p.len()).sum();
        buf.reserve(len + 4);
        let mut place = 1;
        while place <= len / 10 {
            place *= 10;
        }
        while place > 0 {
            buf.push(char::from(b'0' + (len / place % 10) as u8));
            place /= 10;
        }
        buf.push(':');
        for part in parts {
            buf.push_str(part);
        }
    }

    /// Empties the list.
    pub fn clear(&mut self) {
        match &mut self.repr {
            Repr::Texts(buf) => buf.clear(),
            Repr::Found { .. } => self.repr = Repr::default(),
        }
    }

    /// The texts, length-prefixed: borrowed, or written now from what the
    /// claims pass found.
    fn text(&self) -> Cow<'_, str> {
        match (&self.repr, self.packed()) {
            (Repr::Texts(buf), _) => Cow::Borrowed(buf),
            (_, packed) => {
                let packed = packed.unwrap_or_default();
                let mut texts = Reasons::with_capacity(2 * packed.len());
                crate::claims::found::unpack(packed, &mut texts);
                match texts.repr {
                    Repr::Texts(buf) => Cow::Owned(buf),
                    Repr::Found { .. } => Cow::Borrowed(""),
                }
            }
        }
    }

    /// The texts in order (borrowed when held as texts, written when read
    /// from what the claims pass found).
    pub fn iter(&self) -> ReasonsIter<'_> {
        ReasonsIter {
            text: self.text(),
            at: 0,
        }
    }

    /// Number of texts.
    pub fn len(&self) -> usize {
        self.iter().count()
    }

    /// Whether the list is empty (what the claims pass found always has a
    /// text).
    pub fn is_empty(&self) -> bool {
        match &self.repr {
            Repr::Texts(buf) => buf.is_empty(),
            Repr::Found { .. } => false,
        }
    }

    /// The texts joined with `sep`.
    pub fn join(&self, sep: &str) -> String {
        let text = self.text();
        let mut out = String::with_capacity(text.len());
        for (i, t) in Texts(&text).enumerate() {
            if i > 0 {
                out.push_str(sep);
            }
            out.push_str(t);
        }
        out
    }

    /// The texts as owned strings.
    pub fn to_vec(&self) -> Vec<String> {
        Texts(&self.text()).map(str::to_string).collect()
    }
}

impl PartialEq for Reasons {
    fn eq(&self, other: &Reasons) -> bool {
        // Equal packed bytes write equal texts (the app compares claims
        // whenever it redraws): no need to write them.
        if let (Some(a), Some(b)) = (self.packed(), other.packed()) {
            if a == b {
                return true;
            }
        }
        self.text() == other.text()
    }
}

impl Eq for Reasons {}

impl fmt::Debug for Reasons {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(Texts(&self.text())).finish()
    }
}

impl<S: AsRef<str>> FromIterator<S> for Reasons {
    fn from_iter<I: IntoIterator<Item = S>>(iter: I) -> Reasons {
        let mut reasons = Reasons::new();
        for text in iter {
            reasons.push(text.as_ref());
        }
        reasons
    }
}

impl<'a> IntoIterator for &'a Reasons {
    type Item = Cow<'a, str>;
    type IntoIter = ReasonsIter<'a>;

    fn into_iter(self) -> ReasonsIter<'a> {
        self.iter()
    }
}

/// The texts of length-prefixed reasons (`12:has a figure…`), in order.
struct Texts<'a>(&'a str);

impl<'a> Iterator for Texts<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let (text, rest) = next_text(self.0)?;
        self.0 = rest;
        Some(text)
    }
}

/// The first text of length-prefixed reasons and the rest.
fn next_text(buf: &str) -> Option<(&str, &str)> {
    // The digits up to the colon (`push_parts` wrote them): a loop, smaller
    // in the web app than `find` and `parse`.
    let mut len = 0usize;
    let mut at = 0;
    loop {
        let b = *buf.as_bytes().get(at)?;
        at += 1;
        match b {
            b':' => break,
            b'0'..=b'9' => len = len.checked_mul(10)?.checked_add(usize::from(b - b'0'))?,
            _ => return None,
        }
    }
    let text = buf.get(at..at.checked_add(len)?)?;
    Some((text, &buf[at + len..]))
}

/// The texts of a [`Reasons`], in order: borrowed when it holds texts,
/// owned when they were written from what the claims pass found.
#[derive(Clone, Debug)]
pub struct ReasonsIter<'a> {
    text: Cow<'a, str>,
    at: usize,
}

impl<'a> Iterator for ReasonsIter<'a> {
    type Item = Cow<'a, str>;

    fn next(&mut self) -> Option<Cow<'a, str>> {
        match self.text {
            Cow::Borrowed(buf) => {
                let (text, rest) = next_text(buf.get(self.at..)?)?;
                self.at = buf.len() - rest.len();
                Some(Cow::Borrowed(text))
            }
            Cow::Owned(ref buf) => {
                let (text, rest) = next_text(buf.get(self.at..)?)?;
                self.at = buf.len() - rest.len();
                Some(Cow::Owned(text.to_string()))
            }
        }
    }
}

/// What sort of claim (first that applies, rules in the seeds' README).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum ClaimKind {
    /// An actor's own pledge or plan.
    Commitment,
    /// A forward-looking statement that is not the actor's own undertaking.
    Prediction,
    /// Contains a quantity figure.
    Statistic,
    /// Reported speech or a stated position.
    Attributed,
    /// Something that happened.
    Event,
    /// Standing facts.
    #[default]
    Other,
}

impl ClaimKind {
    /// The name used in exports and gold files.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Commitment => "commitment",
            ClaimKind::Prediction => "prediction",
            ClaimKind::Statistic => "statistic",
            ClaimKind::Attributed => "attributed",
            ClaimKind::Event => "event",
            ClaimKind::Other => "other",
        }
    }

    /// Parses the export name.
    pub fn parse(s: &str) -> Option<ClaimKind> {
        Some(match s {
            "commitment" => ClaimKind::Commitment,
            "prediction" => ClaimKind::Prediction,
            "statistic" => ClaimKind::Statistic,
            "attributed" => ClaimKind::Attributed,
            "event" => ClaimKind::Event,
            "other" => ClaimKind::Other,
            _ => return None,
        })
    }
}

/// A person or organisation named in the text (one per mention; mentions of
/// the same entity share `name`).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Entity {
    /// Canonical full name (shared by the entity's mentions).
    pub name: Name,
    /// Person, organisation or place.
    pub entity_kind: EntityKind,
}

/// A name shared by many annotations: an immutable string whose clones
/// share one buffer.
///
/// What it does: reads as a `&str` (`Deref`), compares with `str`, `&str`
/// and `String`, and prints (`Debug`, `Display`) exactly as the `String`
/// holding the same text would.
///
/// Why: every mention of an entity carries its canonical name, about 20,000
/// entity annotations per MB of news text; a `String` per mention was an
/// allocation, a copy and a free each (a few per cent of the pipeline's time
/// in the web build). A `Name` is made once per entity and cloned by
/// counting.
///
/// Example: `Name::from("Ana Costa") == "Ana Costa"`, and
/// `format!("{:?}", Name::from("x"))` is `"\"x\""`.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Name(Arc<str>);

impl Name {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Name {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Name {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

impl From<&str> for Name {
    fn from(s: &str) -> Name {
        Name(Arc::from(s))
    }
}

impl From<String> for Name {
    fn from(s: String) -> Name {
        Name(Arc::from(s))
    }
}

impl From<&String> for Name {
    fn from(s: &String) -> Name {
        Name(Arc::from(s.as_str()))
    }
}

impl From<Name> for String {
    fn from(n: Name) -> String {
        n.0.to_string()
    }
}

impl PartialEq<str> for Name {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Name {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for Name {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<Name> for str {
    fn eq(&self, other: &Name) -> bool {
        *self == *other.0
    }
}

impl PartialEq<Name> for &str {
    fn eq(&self, other: &Name) -> bool {
        **self == *other.0
    }
}

impl PartialEq<Name> for String {
    fn eq(&self, other: &Name) -> bool {
        **self == *other.0
    }
}

/// What an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum EntityKind {
    /// A person.
    #[default]
    Person,
    /// An organisation (Downing Street, NATO).
    Organisation,
    /// A state or place speaking as an actor (Russia).
    Place,
}

impl EntityKind {
    /// The name used in exports.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organisation => "organisation",
            EntityKind::Place => "place",
        }
    }

    /// Parses the export name.
    pub fn parse(s: &str) -> Option<EntityKind> {
        Some(match s {
            "person" => EntityKind::Person,
            "organisation" => EntityKind::Organisation,
            "place" => EntityKind::Place,
            _ => return None,
        })
    }
}

/// Who made an annotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Origin {
    /// The extractor.
    #[default]
    Machine,
    /// The user.
    User,
}

impl Origin {
    /// The name used in exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Machine => "machine",
            Origin::User => "user",
        }
    }

    /// Parses the export name.
    pub fn parse(s: &str) -> Option<Origin> {
        Some(match s {
            "machine" => Origin::Machine,
            "user" => Origin::User,
            _ => return None,
        })
    }
}

/// The review status of an annotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Status {
    /// Proposed by the machine, not reviewed.
    #[default]
    Suggested,
    /// Confirmed by the user.
    Accepted,
    /// Changed by the user (or added by the user).
    Edited,
    /// Rejected by the user (kept, hidden by default).
    Rejected,
}

impl Status {
    /// The name used in exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Suggested => "suggested",
            Status::Accepted => "accepted",
            Status::Edited => "edited",
            Status::Rejected => "rejected",
        }
    }

    /// Parses the export name.
    pub fn parse(s: &str) -> Option<Status> {
        Some(match s {
            "suggested" => Status::Suggested,
            "accepted" => Status::Accepted,
            "edited" => Status::Edited,
            "rejected" => Status::Rejected,
            _ => return None,
        })
    }
}

/// An annotation as the user sees it: the annotation plus its id, origin and
/// review status. Machine output becomes items with [`Item::machine`];
/// corrections produce the rest.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// Stable id (see [`Annotation::machine_id`]; user items get `u:` ids).
    pub id: String,
    /// Who made it.
    pub origin: Origin,
    /// Review status.
    pub status: Status,
    /// The annotation itself.
    pub annotation: Annotation,
}

impl Item {
    /// Wraps a machine annotation as a suggested item.
    pub fn machine(annotation: Annotation) -> Item {
        Item {
            id: annotation.machine_id(),
            origin: Origin::Machine,
            status: Status::Suggested,
            annotation,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Name, Reasons};

    /// Checks that `texts` read back from a [`Reasons`] as they went in.
    fn check(texts: &[&str]) {
        let reasons: Reasons = texts.iter().collect();
        assert_eq!(reasons.iter().collect::<Vec<_>>(), texts);
        assert_eq!(reasons.len(), texts.len());
        assert_eq!(reasons.is_empty(), texts.is_empty());
        assert_eq!(reasons.join("; "), texts.join("; "));
        assert_eq!(reasons.to_vec(), texts);
        assert_eq!(format!("{reasons:?}"), format!("{texts:?}"));
    }

    #[test]
    fn names_read_compare_and_print_as_strings() {
        let text = String::from("Ana “Nana” Costa");
        let name = Name::from(text.as_str());
        let copy = name.clone();
        assert_eq!(copy, name);
        assert!(name == text && name == *"Ana “Nana” Costa" && name == "Ana “Nana” Costa");
        assert!(text == name && "Ana “Nana” Costa" == name);
        assert_eq!(&*name, text.as_str());
        assert_eq!(format!("{name:?}"), format!("{text:?}"));
        assert_eq!(format!("{name}"), text);
        assert_eq!(String::from(name), text);
        assert_eq!(Name::default(), "");
        let (a, b) = (Name::from("a"), Name::from("b"));
        assert!(a < b);
    }

    #[test]
    fn texts_read_back_in_order() {
        check(&[]);
        check(&[""]);
        check(&["has a figure", "“rose” (+0.31)"]);
        check(&["12:not a length", "", "a: b", "ten chars!"]);
        check(&["0123456789".repeat(30).as_str(), "é “ü” 💡"]);
    }

    #[test]
    fn a_claim_does_not_size_the_annotations() {
        use super::{Claim, Figure, Quote};
        use std::mem::size_of;
        assert!(size_of::<Claim>() < size_of::<Figure>().max(size_of::<Quote>()));
    }

    #[test]
    fn parts_make_one_text() {
        let mut reasons = Reasons::with_capacity(8);
        reasons.push_parts(&["“", "rose", "” (+0.31)"]);
        reasons.push("named actor (+0.7)");
        assert_eq!(reasons.to_vec(), ["“rose” (+0.31)", "named actor (+0.7)"]);
        assert_eq!(
            reasons,
            ["“rose” (+0.31)", "named actor (+0.7)"]
                .into_iter()
                .collect()
        );
    }
}
