//! Quote marks: which characters open or close a quotation, and how they pair.
//!
//! # What it does
//! Reads each paragraph once, left to right, keeping a small stack of open
//! marks. “ ” „ « » ‹ › ‘ ’ and the ASCII `"` `'` are told apart by family
//! (double, single, guillemet) and, for the ASCII marks and ’, by what sits on
//! either side. A ’ or `'` followed by a letter or digit is an apostrophe
//! (don’t, Zelensky’s, ’90s, rock ’n’ roll); a closing single mark with no
//! open single quote is an apostrophe too (the leaders’ talks).
//!
//! Unbalanced marks are repaired locally, never by pairing across the whole
//! document:
//! - an opening double mark while another is open (the multi-paragraph
//!   convention: `… end of part one. “Part two …`) ends the earlier quote just
//!   before it, flagged [`MarkIssue::MissingClose`];
//! - an opening mark still open at the paragraph end runs to the paragraph
//!   end ([`MarkIssue::MissingClose`]);
//! - a closing double mark with nothing open starts at the beginning of its
//!   sentence ([`MarkIssue::MissingOpen`]);
//! - unmatched single marks are dropped (they are almost always apostrophes).
//!
//! # Why
//! Pairing `"` marks by counting across a document turns every later quote
//! inside-out after one stray mark. Deciding each ASCII mark by its
//! neighbours (space before and a letter after opens; a letter or punctuation
//! before and a space after closes) and resetting at every paragraph keeps an
//! error local.
//!
//! # Example
//! `He said "we won. "It was hard," she said.` gives `we won` (missing close)
//! and `It was hard`.

use super::unclosed;
use crate::model::{MarkIssue, Span};
use crate::text::chars::is_alphanumeric;
use crate::text::Document;

/// A quoted passage as found by pairing marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RawQuote {
    /// The text between the marks (or up to the repair point).
    pub inner: Span,
    /// `inner` trimmed of white space and a final `,` or `.`.
    pub content: Span,
    /// The opening mark, if any.
    pub open_mark: Option<Span>,
    /// The closing mark, if any.
    pub close_mark: Option<Span>,
    /// Set when a mark is missing.
    pub issue: Option<MarkIssue>,
    /// Nesting depth: 0 for an outer quote.
    pub depth: u8,
    /// Paragraph index.
    pub paragraph: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
}

impl Family {
    fn is_double(self) -> bool {
        matches!(self, Family::Double | Family::Guillemet)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open(Family),
    Close(Family),
    /// ASCII mark with no clear side: closes if its family is open, else opens.
    Either(Family),
    /// Closes a single quote if one is open; otherwise an apostrophe.
    CloseOrApostrophe,
    None,
}

fn is_opening_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '‘' | '"' | '\'' | '«' | '„'
                )
        }
    }
}

fn is_closing_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    ',' | '.'
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '—'
                        | '–'
                        | '-'
                        | '…'
                        | '”'
                        | '’'
                        | '"'
                        | '\''
                        | '»'
                )
        }
    }
}

/// Decides the role of the mark `c` between `prev` and `next`.
fn role(prev: Option<char>, c: char, next: Option<char>) -> Role {
    let next_alnum = next.is_some_and(is_alphanumeric);
    let prev_alnum = prev.is_some_and(is_alphanumeric);
    match c {
        '“' => Role::Open(Family::Double),
        '„' => Role::Open(Family::Double),
        '”' => Role::Close(Family::Double),
        '«' => Role::Open(Family::Guillemet),
        '»' => Role::Close(Family::Guillemet),
        '‹' => Role::Open(Family::SingleGuillemet),
        '›' => Role::Close(Family::SingleGuillemet),
        '‘' => {
            if next.is_some_and(|c| c.is_ascii_digit()) || next.is_none_or(char::is_whitespace) {
                Role::None
            } else {
                Role::Open(Family::Single)
            }
        }
        '’' => {
            if next_alnum || is_opening_context(prev) {
                Role::None
            } else {
                Role::CloseOrApostrophe
            }
        }
        '\'' => {
            if prev_alnum && next_alnum {
                Role::None
            } else if is_opening_context(prev) && next.is_some_and(char::is_alphabetic) {
                Role::Open(Family::Single)
            } else if !is_opening_context(prev) && is_closing_context(next) {
                Role::CloseOrApostrophe
            } else {
                Role::None
            }
        }
        '"' => {
            let opens = is_opening_context(prev) && !next.is_none_or(char::is_whitespace);
            let closes = !is_opening_context(prev) && is_closing_context(next);
            match (opens, closes) {
                (true, false) => Role::Open(Family::Double),
                (false, true) => Role::Close(Family::Double),
                _ => Role::Either(Family::Double),
            }
        }
        _ => Role::None,
    }
}

/// The positions of the bytes that may start a quote mark: the ASCII marks,
/// and the lead bytes of “ ” ‘ ’ „ ‹ › (0xE2) and « » (0xC2). Lead bytes sit
/// on character boundaries. Found with `memchr`, which skips the long runs
/// of other text many bytes at a time; each search resumes where it stopped,
/// so the scan stays linear.
struct MarkLeads<'a> {
    bytes: &'a [u8],
    /// The next `"`, `'` or 0xE2 at or after the cursor.
    next_ascii: Option<usize>,
    /// The next 0xC2.
    next_c2: Option<usize>,
}

impl<'a> MarkLeads<'a> {
    fn new(bytes: &'a [u8]) -> MarkLeads<'a> {
        MarkLeads {
            bytes,
            next_ascii: memchr::memchr3(b'"', b'\'', 0xE2, bytes),
            next_c2: memchr::memchr(0xC2, bytes),
        }
    }
}

impl Iterator for MarkLeads<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let search = |from: usize, f: fn(&[u8]) -> Option<usize>, bytes: &[u8]| {
            bytes.get(from..).and_then(f).map(|k| k + from)
        };
        match (self.next_ascii, self.next_c2) {
            (Some(a), c) if c.is_none_or(|c| a < c) => {
                self.next_ascii =
                    search(a + 1, |b| memchr::memchr3(b'"', b'\'', 0xE2, b), self.bytes);
                Some(a)
            }
            (_, Some(c)) => {
                self.next_c2 = search(c + 1, |b| memchr::memchr(0xC2, b), self.bytes);
                Some(c)
            }
            _ => None,
        }
    }
}

/// The characters that may be quote marks.
fn is_mark_char(c: char) -> bool {
    matches!(
        c,
        '“' | '”' | '„' | '«' | '»' | '‹' | '›' | '‘' | '’' | '"' | '\''
    )
}

struct Open {
    family: Family,
    mark: Span,
}

/// Pairs the quote marks of every paragraph of `doc`. The result is sorted
/// by start (outer quotes before the quotes nested in them).
pub(crate) fn pair(doc: &Document) -> Vec<RawQuote> {
    let text = doc.text();
    // About one quote per 400 bytes of news text: sized once, as growing
    // a vector of large items by copies cost more than the pairing.
    let mut out = Vec::with_capacity(text.len() / 400 + 8);
    // One stack of open marks for all paragraphs (emptied for each).
    let mut stack: Vec<Open> = Vec::new();
    for (pi, para) in doc.paragraphs().iter().enumerate() {
        pair_paragraph(doc, text, *para, pi, &mut stack, &mut out);
    }
    let key = |q: &RawQuote| (q.inner.start, std::cmp::Reverse(q.inner.end));
    // Nearly always in order already (paragraphs are read in order).
    if !out.windows(2).all(|w| key(&w[0]) <= key(&w[1])) {
        crate::sort::stable_sort_by(&mut out, |a, b| key(a).cmp(&key(b)));
    }
    out
}

fn pair_paragraph(
    doc: &Document,
    text: &str,
    para: Span,
    pi: usize,
    stack: &mut Vec<Open>,
    out: &mut Vec<RawQuote>,
) {
    let p = &text[para];
    stack.clear();
    // Where the last emitted outer quote ended: a missing-open quote starts
    // no earlier.
    let mut floor = para.start;
    for i in MarkLeads::new(p.as_bytes()) {
        let Some(c) = p[i..].chars().next() else {
            continue;
        };
        if !is_mark_char(c) {
            continue;
        }
        let prev = p[..i].chars().next_back();
        let next = p[i + c.len_utf8()..].chars().next();
        let at = para.start + i;
        let mark = Span::new(at, at + c.len_utf8());
        let r = role(prev, c, next);
        let r = match r {
            Role::Either(f) => {
                if stack.iter().any(|o| o.family == f) {
                    Role::Close(f)
                } else {
                    Role::Open(f)
                }
            }
            Role::CloseOrApostrophe => {
                if stack.iter().any(|o| o.family == Family::Single) {
                    Role::Close(Family::Single)
                } else {
                    Role::None
                }
            }
            r => r,
        };
        match r {
            Role::Open(f) => {
                if let Some(k) = stack.iter().position(|o| o.family == f) {
                    if f.is_double() {
                        // A new opening mark while one is open: the earlier
                        // quote ends here (multi-paragraph convention).
                        let o = &stack[k];
                        let inner = Span::new(o.mark.end, at);
                        emit(
                            text,
                            inner,
                            Some(o.mark),
                            None,
                            Some(MarkIssue::MissingClose),
                            k,
                            pi,
                            out,
                        );
                        floor = at;
                    }
                    stack.truncate(k);
                }
                stack.push(Open { family: f, mark });
            }
            Role::Close(f) => {
                if let Some(k) = stack.iter().rposition(|o| o.family == f) {
                    let o = &stack[k];
                    let inner = Span::new(o.mark.end, at);
                    emit(text, inner, Some(o.mark), Some(mark), None, k, pi, out);
                    stack.truncate(k);
                    if k == 0 {
                        floor = mark.end;
                    }
                } else if f.is_double() {
                    // A closing mark with no opening one: the quote starts at
                    // the beginning of its sentence.
                    let sentence_start = doc
                        .sentence_at(at)
                        .map(|s| doc.sentences()[s].start)
                        .unwrap_or(para.start);
                    let mut start = sentence_start.max(floor);
                    if let Some(o) = stack.last() {
                        start = start.max(o.mark.end);
                    }
                    let inner = Span::new(start, at);
                    emit(
                        text,
                        inner,
                        None,
                        Some(mark),
                        Some(MarkIssue::MissingOpen),
                        stack.len(),
                        pi,
                        out,
                    );
                    if stack.is_empty() {
                        floor = mark.end;
                    }
                }
            }
            _ => {}
        }
    }
    // Double marks still open run to the paragraph end; single ones were
    // apostrophes.
    if let Some(k) = stack.iter().position(|o| o.family.is_double()) {
        let o = &stack[k];
        let inner = Span::new(o.mark.end, para.end);
        emit(
            text,
            inner,
            Some(o.mark),
            None,
            Some(MarkIssue::MissingClose),
            k,
            pi,
            out,
        );
    }
}

/// Trims `inner` to the quote's content: no surrounding white space, no
/// final `,` or `.` (a `…`, `?` or `!` stays).
pub(crate) fn trim_content(text: &str, inner: Span) -> Span {
    let s = &text[inner];
    let lead = s.len() - s.trim_start().len();
    let mut t = s.trim();
    loop {
        let u = t.trim_end_matches([',', '.', ';', ':']).trim_end();
        // Keep the dots of an ellipsis written as three dots.
        if u.len() == t.len() || t.ends_with("...") {
            break;
        }
        t = u;
    }
    Span::new(inner.start + lead, inner.start + lead + t.len())
}

#[allow(
    clippy::too_many_arguments,
    reason = "a private helper fed by one loop"
)]
fn emit(
    text: &str,
    inner: Span,
    open_mark: Option<Span>,
    close_mark: Option<Span>,
    issue: Option<MarkIssue>,
    depth: usize,
    paragraph: usize,
    out: &mut Vec<RawQuote>,
) {
    // An unclosed quote ends before the reporter's attribution.
    let inner = match issue {
        Some(MarkIssue::MissingClose) => match unclosed::cut(&text[inner]) {
            Some(at) => Span::new(inner.start, inner.start + at),
            None => inner,
        },
        _ => inner,
    };
    let content = trim_content(text, inner);
    let body = &text[content];
    // A quote needs at least two letters or digits ("rock 'n' roll" has none).
    if body.chars().filter(|c| c.is_alphanumeric()).take(2).count() < 2 {
        return;
    }
    out.push(RawQuote {
        inner,
        content,
        open_mark,
        close_mark,
        issue,
        depth: depth.min(u8::MAX as usize) as u8,
        paragraph,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Marks up each quote's content of `text` with `[` `]` (and `{` `}` for
    /// a quote with a missing mark) and compares with `expected`.
    fn check(text: &str, expected: &str) {
        let doc = Document::new(text);
        let quotes = pair(&doc);
        let mut inserts: Vec<(usize, &str)> = Vec::new();
        for q in &quotes {
            let (o, c) = if q.issue.is_some() {
                ("{", "}")
            } else {
                ("[", "]")
            };
            inserts.push((q.content.start, o));
            inserts.push((q.content.end, c));
        }
        crate::sort::stable_sort_by(&mut inserts, |&(a, x), &(b, y)| {
            (a, x == "[" || x == "{").cmp(&(b, y == "[" || y == "{"))
        });
        let mut got = String::new();
        let mut last = 0;
        for (at, s) in inserts {
            got.push_str(&text[last..at]);
            got.push_str(s);
            last = at;
        }
        got.push_str(&text[last..]);
        assert_eq!(got, expected);
    }

    #[test]
    fn curly_and_ascii_pairs() {
        check(
            "“We are ready,” she said. He called it \"a good day\".",
            "“[We are ready],” she said. He called it \"[a good day]\".",
        );
    }

    #[test]
    fn mark_leads_are_every_candidate_byte_in_order() {
        let text = "«Oui» £5 – “x” said 'y' \"z\"\u{a0}‹a› end";
        let naive: Vec<usize> = text
            .bytes()
            .enumerate()
            .filter(|&(_, b)| matches!(b, b'"' | b'\'' | 0xE2 | 0xC2))
            .map(|(i, _)| i)
            .collect();
        assert_eq!(MarkLeads::new(text.as_bytes()).collect::<Vec<_>>(), naive);
        assert_eq!(MarkLeads::new(b"no marks here").next(), None);
    }

    #[test]
    fn apostrophes_are_not_marks() {
        check(
            "The band’s ’90s hit was rock ’n’ roll, and the players’ ‘best ever’ song.",
            "The band’s ’90s hit was rock ’n’ roll, and the players’ ‘[best ever]’ song.",
        );
    }

    #[test]
    fn nested_single_quotes() {
        check(
            "“They call it ‘the plan’ now,” he said.",
            "“[They call it ‘[the plan]’ now],” he said.",
        );
    }

    #[test]
    fn continuation_convention_and_stray_mark() {
        check(
            "She said: \"We start today. \"We finish tomorrow,\" she added. Later \"odd",
            "She said: \"{We start today}. \"[We finish tomorrow],\" she added. Later \"{odd}",
        );
    }

    #[test]
    fn missing_open_starts_at_sentence() {
        check(
            "He spoke. We will stay to the end,” he said. “Good.”",
            "He spoke. {We will stay to the end},” he said. “[Good].”",
        );
    }
}
