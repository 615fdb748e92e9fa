//! Paragraphs, sentences and words of news text.
//!
//! Paragraphs are lines (news pastes put one paragraph on a line; blank lines
//! are dropped). Sentences end at `.`, `!`, `?` or `…` followed by any closing
//! quote marks or brackets, white space and an upper-case letter, digit or
//! opening quote — except after an abbreviation (Mr., U.S.), an initial, or an
//! ellipsis inside a quotation. A line without final punctuation (a headline)
//! is a sentence of its own.

use crate::figures::table::Index;
use crate::model::Span;
use unicode_segmentation::UnicodeSegmentation;

/// A word token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    /// Where the word is.
    pub span: Span,
}

/// Paragraph spans of `text`: its non-blank lines, trimmed of white space
/// (CRLF and Unicode white space included).
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in memchr::memchr_iter(b'\n', text.as_bytes()) {
        push_trimmed(text, Span::new(start, i), &mut out);
        start = i + 1;
    }
    push_trimmed(text, Span::new(start, text.len()), &mut out);
    out
}

fn push_trimmed(text: &str, span: Span, out: &mut Vec<Span>) {
    let s = &text[span];
    // `trim`, in two halves so that the start is trimmed once.
    let t = match s.as_bytes().first() {
        Some(&b) if is_ascii_solid(b) => s,
        _ => s.trim_start(),
    };
    let lead = s.len() - t.len();
    let t = match t.as_bytes().last() {
        Some(&b) if is_ascii_solid(b) => t,
        _ => t.trim_end(),
    };
    if !t.is_empty() {
        out.push(Span::new(span.start + lead, span.start + lead + t.len()));
    }
}

/// An ASCII byte that is no white space (`char::is_whitespace`: tab, line
/// feed, vertical tab, form feed, carriage return, space): a text starting
/// (or ending) with it has nothing to trim there.
#[inline]
fn is_ascii_solid(b: u8) -> bool {
    b < 0x80 && b != b' ' && !(0x09..=0x0d).contains(&b)
}

/// Abbreviations whose dot does not end a sentence (compared without the dot,
/// case-sensitively).
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "No", "Nos", "Sr", "Jr", "Prof", "Gen", "Col", "Lt", "Sgt",
    "Capt", "Cmdr", "Adm", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Mt",
    "Ft", "Ave", "Blvd", "Rd", "Co", "Corp", "Inc", "Ltd", "vs", "v", "etc", "approx", "Jan",
    "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "e.g", "i.e",
    "cf", "al", "Fig", "fig", "Vol", "vol", "pp", "ed", "Eds", "Op", "Art", "Sec",
];

/// Words that may follow a clock time in the same sentence ("3 p.m.
/// Monday", "9 a.m. Jan. 5").
const DAYS_AND_MONTHS: &str = words![
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
];

const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "They",
    "He",
    "She",
    "It",
    "We",
    "I",
    "This",
    "That",
    "These",
    "Those",
    "But",
    "And",
    "In",
    "A",
    "An",
    "On",
    "At",
    "As",
    "After",
    "Before",
    "However",
    "Meanwhile",
    "There",
    "His",
    "Her",
    "Their",
    "Our",
    "If",
    "When",
    "While",
    "Yet",
    "So",
    "Its",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
];

/// Sentence spans of `text`, in order, each inside one paragraph.
pub fn sentences(text: &str) -> Vec<Span> {
    sentences_in(text, &paragraphs(text))
}

/// Sentence spans of `text` given its [`paragraphs`] (so that a document
/// finds its paragraphs once).
pub(crate) fn sentences_in(text: &str, paragraphs: &[Span]) -> Vec<Span> {
    // About one sentence per 120 bytes of news text.
    let mut out = Vec::with_capacity(text.len() / 100 + 1);
    for &para in paragraphs {
        split_paragraph(text, para, &mut out);
    }
    out
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '«' | '‹' | '„' | '(' | '[')
}

/// The character at byte `i` of `p`, if `i` is inside `p` (ASCII fast path).
#[inline]
fn char_at(p: &str, i: usize) -> Option<char> {
    match p.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        Some(_) => p.get(i..).and_then(|rest| rest.chars().next()),
        None => None,
    }
}

/// The end of the run of white space starting at byte `i` of `p`.
fn skip_white_space(p: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(p, i).filter(|c| c.is_whitespace()) {
        i += c.len_utf8();
    }
    i
}

/// The bytes that may start a character the splitter reacts to, in order:
/// a terminator (`.` `!` `?` `…`) or a double quote (`"` `“` `”`). The
/// curly marks and the ellipsis all start with the byte 0xE2; every other
/// character is skipped without decoding it (two vectorised byte searches).
struct Interesting<'a> {
    stops: std::iter::Peekable<memchr::Memchr3<'a>>,
    quotes: std::iter::Peekable<memchr::Memchr2<'a>>,
}

impl<'a> Interesting<'a> {
    fn new(bytes: &'a [u8]) -> Interesting<'a> {
        Interesting {
            stops: memchr::memchr3_iter(b'.', b'!', b'?', bytes).peekable(),
            quotes: memchr::memchr2_iter(b'"', 0xE2, bytes).peekable(),
        }
    }

    /// The first such byte at or after `from` (`from` never decreases).
    fn next_from(&mut self, from: usize) -> Option<usize> {
        while self.stops.next_if(|&at| at < from).is_some() {}
        while self.quotes.next_if(|&at| at < from).is_some() {}
        match (self.stops.peek(), self.quotes.peek()) {
            (Some(&a), Some(&b)) => Some(a.min(b)),
            (Some(&a), None) => Some(a),
            (None, b) => b.copied(),
        }
    }
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Splits one paragraph. Works on byte offsets and decodes only the
/// characters the rules look at, so a paragraph costs about one byte test
/// per byte.
fn split_paragraph(text: &str, para: Span, out: &mut Vec<Span>) {
    let p = &text[para];
    let bytes = p.as_bytes();
    let mut start = 0usize;
    // Whether a double quote is open, to keep an ellipsis inside a quote.
    let mut in_quote = false;
    let mut interesting = Interesting::new(bytes);
    let mut i = 0;
    while i < bytes.len() {
        match interesting.next_from(i) {
            Some(at) => i = at,
            None => break,
        }
        let Some(c) = char_at(p, i) else {
            i += 1;
            continue;
        };
        match c {
            '“' => in_quote = true,
            '”' => in_quote = false,
            '"' => in_quote = !in_quote,
            _ => {}
        }
        if !is_terminator(c) {
            i += c.len_utf8();
            continue;
        }
        // Absorb runs of terminators and closers.
        let after_terminator = i + c.len_utf8();
        let mut j = after_terminator;
        while let Some(d) = char_at(p, j).filter(|&d| is_terminator(d) || is_closer(d)) {
            if d == '”' {
                in_quote = false;
            }
            j += d.len_utf8();
        }
        // A straight double quote standing alone after white space closes
        // the sentence (a stray space typed before a closing mark:
        // `… the community. " A spokesman said …`).
        let mut k = skip_white_space(p, j);
        if k > j
            && bytes.get(k) == Some(&b'"')
            && char_at(p, k + 1).is_some_and(char::is_whitespace)
            && in_quote
        {
            j = k + 1;
            in_quote = false;
            k = skip_white_space(p, j);
        }
        let end_b = j;
        // Need white space, then a plausible sentence start.
        let Some(next) = char_at(p, k).filter(|_| k > j) else {
            i = j;
            continue;
        };
        let next_ok = next.is_uppercase() || next.is_ascii_digit() || is_opener(next);
        if !next_ok {
            i = j;
            continue;
        }
        let closed_quote = p[after_terminator..j].chars().any(is_closer);
        if c == '…' && in_quote && !closed_quote {
            i = j;
            continue;
        }
        if c == '.' && !closed_quote && is_abbreviation(p, i, &p[k..]) {
            i = j;
            continue;
        }
        push_trimmed(text, Span::new(para.start + start, para.start + end_b), out);
        start = k;
        i = k;
        in_quote = false;
    }
    push_trimmed(text, Span::new(para.start + start, para.end), out);
}

/// Where the word ending `before` starts: after the last white space,
/// `(`, `“` or `"`. ASCII bytes are tested as bytes; from the first
/// non-ASCII byte back, characters are decoded.
fn word_start(before: &str) -> usize {
    let bytes = before.as_bytes();
    let mut k = bytes.len();
    while let Some(&b) = k.checked_sub(1).and_then(|j| bytes.get(j)) {
        if b >= 0x80 {
            // `k` follows a non-ASCII character and precedes an ASCII byte
            // (or the end): a character boundary.
            return before
                .get(..k)
                .and_then(|head| {
                    head.rfind(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"')
                })
                .map(|i| i + before[i..].chars().next().map_or(1, char::len_utf8))
                .unwrap_or(0);
        }
        if !is_ascii_solid(b) || b == b'(' || b == b'"' {
            return k;
        }
        k -= 1;
    }
    0
}

/// The letters and digits that open `rest` ("The" of "The talks …").
fn first_word(rest: &str) -> &str {
    rest.split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
}

/// Whether the dot at byte `dot` of `p` belongs to an abbreviation that does
/// not end the sentence, given what follows.
fn is_abbreviation(p: &str, dot: usize, rest: &str) -> bool {
    let before = &p[..dot];
    let word = &before[word_start(before)..];
    if word.is_empty() {
        return false;
    }
    // A clock time ("at 3 p.m. Officials left") ends the sentence unless a
    // day, a month or a time zone follows ("3 p.m. Monday", "9 a.m. GMT").
    if word.eq_ignore_ascii_case("a.m") || word.eq_ignore_ascii_case("p.m") {
        let next_word: &str = first_word(rest);
        let zone =
            (2..=4).contains(&next_word.len()) && next_word.bytes().all(|b| b.is_ascii_uppercase());
        return zone || crate::listed(DAYS_AND_MONTHS, next_word);
    }
    // Multi-dot abbreviations (U.S., D.C., U.K.) end a sentence only before a
    // typical sentence opener.
    if word.as_bytes().contains(&b'.') && word.chars().filter(|c| c.is_alphabetic()).count() <= 4 {
        let next_word: &str = first_word(rest);
        return !SENTENCE_STARTERS.contains(&next_word);
    }
    // A single initial ("John F. Kennedy"), but not a letter that ends the
    // sentence: one before a quotation ("wrote on X. “We will …”"), or one
    // after a lower-case word and before a sentence opener ("vitamin C. The
    // …"; "by J. K. Rowling" and "said A. Smith" keep theirs).
    let mut wc = word.chars();
    if let (Some(c), None) = (wc.next(), wc.next()) {
        if c.is_uppercase() {
            if rest.starts_with(['“', '"', '‘']) {
                return false;
            }
            let next_word = first_word(rest);
            let after_lower = before[..before.len() - word.len()]
                .trim_end()
                .rsplit(char::is_whitespace)
                .next()
                .and_then(|w| w.chars().next())
                .is_some_and(char::is_lowercase);
            return !(after_lower && SENTENCE_STARTERS.contains(&next_word));
        }
    }
    ABBREVIATIONS_INDEX
        .find(word, |k| ABBREVIATIONS[k])
        .is_some()
}

/// The hash index of [`ABBREVIATIONS`] (a linear search compared the word
/// before every full stop with each of them).
static ABBREVIATIONS_INDEX: Index<256> = Index::of_words(ABBREVIATIONS);

/// Word tokens of `text` inside `span` (letters or digits; punctuation
/// dropped).
pub fn words(text: &str, span: Span) -> Vec<Word> {
    text[span]
        .split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
        .map(|(i, w)| Word {
            span: Span::new(span.start + i, span.start + i + w.len()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        sentences(t).into_iter().map(|s| &t[s]).collect()
    }

    /// Every string of up to four of these pieces (white space of each
    /// kind, openers, non-ASCII letters).
    fn pieces() -> Vec<String> {
        const PIECES: [&str; 11] = [
            "a", " ", "\u{a0}", "(", "“", "\"", "\u{b}", "é", "x.y", "\t", "\u{2009}",
        ];
        let mut all = vec![String::new()];
        let mut last = vec![String::new()];
        for _ in 0..4 {
            last = last
                .iter()
                .flat_map(|s| PIECES.iter().map(move |p| format!("{s}{p}")))
                .collect();
            all.extend(last.iter().cloned());
        }
        all
    }

    #[test]
    fn byte_scans_match_the_character_searches() {
        for s in pieces() {
            // The start of the last word, as first written.
            let naive = s
                .rfind(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"')
                .map(|i| i + s[i..].chars().next().map_or(1, char::len_utf8))
                .unwrap_or(0);
            assert_eq!(word_start(&s), naive, "{s:?}");
            // Trimmed paragraphs, as `str::trim` gives them.
            let mut out = Vec::new();
            push_trimmed(&s, Span::new(0, s.len()), &mut out);
            let t = s.trim();
            let want: Vec<&str> = if t.is_empty() { vec![] } else { vec![t] };
            let got: Vec<&str> = out.iter().map(|&sp| &s[sp.range()]).collect();
            assert_eq!(got, want, "{s:?}");
        }
    }

    #[test]
    fn abbreviations_initials_and_decimals() {
        assert_eq!(
            split("Mr. Smith met Dr. Jones in the U.S. capital. Growth was 2.5 per cent. John F. Kennedy agreed."),
            ["Mr. Smith met Dr. Jones in the U.S. capital.", "Growth was 2.5 per cent.", "John F. Kennedy agreed."]
        );
    }

    #[test]
    fn single_letters_ending_a_sentence() {
        assert_eq!(
            split("She wrote on X. “We will win.” They took vitamin C. The rest by J. K. Rowling and said A. Smith. Malcolm X. “Free.”"),
            ["She wrote on X.", "“We will win.”", "They took vitamin C.", "The rest by J. K. Rowling and said A. Smith.", "Malcolm X.", "“Free.”"]
        );
    }

    #[test]
    fn clock_times_ending_a_sentence() {
        assert_eq!(
            split("The talks ended at 3 p.m. Officials left. They met at 9 a.m. Monday in Kyiv. It was 4 p.m. GMT on the day."),
            ["The talks ended at 3 p.m.", "Officials left.", "They met at 9 a.m. Monday in Kyiv.", "It was 4 p.m. GMT on the day."]
        );
    }

    #[test]
    fn abbreviation_ending_a_sentence() {
        assert_eq!(
            split("They met in Washington, D.C. They also talked."),
            ["They met in Washington, D.C.", "They also talked."]
        );
    }

    #[test]
    fn quotes_ending_sentences_and_headlines() {
        assert_eq!(
            split("A Headline Without A Stop\r\n“It is done,” she said. “We won.” Then it rained…\u{a0}Later, sun."),
            ["A Headline Without A Stop", "“It is done,” she said.", "“We won.”", "Then it rained…", "Later, sun."]
        );
    }

    #[test]
    fn split_inside_a_quotation() {
        assert_eq!(
            split("“This must be done now. We are in talks,” he said."),
            ["“This must be done now.", "We are in talks,” he said."]
        );
    }

    #[test]
    fn stray_space_before_a_closing_straight_quote() {
        assert_eq!(
            split("He said: \"We will win. \" A spokesman declined to comment."),
            [
                "He said: \"We will win. \"",
                "A spokesman declined to comment."
            ]
        );
    }

    #[test]
    fn ellipsis_inside_a_quote_is_no_boundary() {
        assert_eq!(
            split("“We will … Never yield,” he said."),
            ["“We will … Never yield,” he said."]
        );
    }
}
