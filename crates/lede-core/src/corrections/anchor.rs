//! `Anchor`: a place in a text described by its words, so that it can be found
//! again after the text or the extractor's output changes.
//!
//! # What it does
//! An anchor is the W3C `TextQuoteSelector` (the exact text with up to
//! [`CONTEXT`] code points of prefix and suffix) plus a `TextPositionSelector`
//! start used only as a hint. [`Anchor::locate`] finds the best occurrence of
//! the exact text, scored as hypothesis' `match-quote` does: the quote counts
//! most, then how much of the prefix and suffix agree, then closeness to the
//! hint. When the exact text is gone (the user fixed a typo inside it) the
//! anchor falls back to the stretch between its prefix and its suffix.
//!
//! # Why
//! Byte offsets do not survive an edit of the text; the words around a span do.
//!
//! # Example
//! ```
//! use lede_core::corrections::Anchor;
//! use lede_core::{Document, Span};
//!
//! let before = Document::new("He said no. She said no.");
//! let anchor = Anchor::new(&before, Span::new(21, 23)); // her "no"
//! let after = Document::new("Later: He said no. She said no.");
//! assert_eq!(anchor.locate(&after), Some(Span::new(28, 30)));
//! ```

use crate::model::Span;
use crate::text::Document;

/// How many code points of context an anchor keeps on each side.
pub const CONTEXT: usize = 32;

/// A span described by its text, its context and a position hint.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Anchor {
    /// The exact text of the span.
    pub exact: String,
    /// Up to [`CONTEXT`] code points just before it.
    pub prefix: String,
    /// Up to [`CONTEXT`] code points just after it.
    pub suffix: String,
    /// Where the span started, in code points (a hint only).
    pub position: usize,
}

/// Weights of the match score (the quote, its context and its position).
const QUOTE_WEIGHT: f64 = 50.0;
const PREFIX_WEIGHT: f64 = 20.0;
const SUFFIX_WEIGHT: f64 = 20.0;
const POSITION_WEIGHT: f64 = 2.0;

/// How far around the position hint (in bytes) a quote is looked for first.
const NEAR: usize = 4096;

/// At most this many occurrences of a quote are scored.
const MAX_OCCURRENCES: usize = 4096;

impl Anchor {
    /// The anchor of `span` in `doc` (a span outside the text is clamped).
    pub fn new(doc: &Document, span: Span) -> Anchor {
        let text = doc.text();
        let span = clamp(text, span);
        Anchor {
            exact: text[span].to_string(),
            prefix: last_chars(&text[..span.start], CONTEXT).to_string(),
            suffix: first_chars(&text[span.end..], CONTEXT).to_string(),
            position: doc.index().char_of_byte(span.start),
        }
    }

    /// The best place for this anchor in `doc`, or `None` when it cannot be
    /// placed (the text is gone and so is its context).
    pub fn locate(&self, doc: &Document) -> Option<Span> {
        if self.exact.is_empty() {
            return None;
        }
        let text = doc.text();
        // Near the hint first: an occurrence there with its whole context
        // beats any farther one, and saves a search of the whole text (the
        // app replays the log on every key).
        let hint = doc.index().byte_of_char(self.position);
        let from = floor_boundary(text, hint.saturating_sub(NEAR));
        let to = floor_boundary(text, hint.saturating_add(self.exact.len() + NEAR));
        if let Some((span, true)) = self.best_in(doc, from, to) {
            return Some(span);
        }
        self.best_in(doc, 0, text.len())
            .map(|(span, _)| span)
            .or_else(|| self.locate_between_context(doc))
    }

    /// The best occurrence of the exact text inside `from..to`, and whether
    /// its prefix and suffix match in full.
    fn best_in(&self, doc: &Document, from: usize, to: usize) -> Option<(Span, bool)> {
        let window = doc.text().get(from..to)?;
        let mut best: Option<(f64, Span)> = None;
        for start in occurrences(window, &self.exact).take(MAX_OCCURRENCES) {
            let span = Span::new(from + start, from + start + self.exact.len());
            let score = self.score(doc, span);
            if best.is_none_or(|(s, _)| score > s) {
                best = Some((score, span));
            }
        }
        let (_, span) = best?;
        let text = doc.text();
        let full_context = text[..span.start].ends_with(&self.prefix)
            && text[span.end..].starts_with(&self.suffix);
        Some((span, full_context))
    }

    /// How well `span` of `doc` matches this anchor, in `[0, 1]`; 1 is the
    /// same text with the same context at the same place.
    pub fn score(&self, doc: &Document, span: Span) -> f64 {
        let text = doc.text();
        let span = clamp(text, span);
        let quote = similarity(&self.exact, &text[span]);
        let prefix = if self.prefix.is_empty() {
            1.0
        } else {
            common_suffix_chars(&self.prefix, &text[..span.start]) as f64
                / self.prefix.chars().count() as f64
        };
        let suffix = if self.suffix.is_empty() {
            1.0
        } else {
            common_prefix_chars(&self.suffix, &text[span.end..]) as f64
                / self.suffix.chars().count() as f64
        };
        let len = doc.index().len_chars().max(1) as f64;
        let at = doc.index().char_of_byte(span.start) as f64;
        let position = 1.0 - ((at - self.position as f64).abs() / len).min(1.0);
        (QUOTE_WEIGHT * quote
            + PREFIX_WEIGHT * prefix
            + SUFFIX_WEIGHT * suffix
            + POSITION_WEIGHT * position)
            / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT)
    }

    /// The fallback when the exact text is gone: the stretch that starts right
    /// after the prefix and ends right before the suffix, when both are found
    /// close together. Needs both (an empty prefix means the text's start, an
    /// empty suffix its end).
    fn locate_between_context(&self, doc: &Document) -> Option<Span> {
        let text = doc.text();
        let exact_len = self.exact.len();
        let max_len = exact_len * 2 + 16;
        let starts: Vec<usize> = if self.prefix.is_empty() {
            vec![0]
        } else {
            occurrences(text, &self.prefix)
                .take(MAX_OCCURRENCES)
                .map(|i| i + self.prefix.len())
                .collect()
        };
        let mut best: Option<(f64, Span)> = None;
        for start in starts {
            let end = if self.suffix.is_empty() {
                (text.len() - start <= max_len).then_some(text.len())
            } else {
                let window_end =
                    floor_boundary(text, (start + max_len + self.suffix.len()).min(text.len()));
                text[start..window_end]
                    .find(&self.suffix)
                    .map(|k| start + k)
            };
            let Some(end) = end else { continue };
            if end <= start {
                continue;
            }
            let span = Span::new(start, end);
            let score = self.score(doc, span);
            if best.is_none_or(|(s, _)| score > s) {
                best = Some((score, span));
            }
        }
        best.map(|(_, span)| span)
    }
}

/// Start offsets of every occurrence of `needle` in `text`, overlapping ones
/// included (`str::match_indices` skips those: "aa" in "aaa" is at 0 and 1).
fn occurrences<'a>(text: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        if needle.is_empty() || from > text.len() {
            return None;
        }
        let at = from + text.get(from..)?.find(needle)?;
        // Continue one character later.
        from = at + text[at..].chars().next().map_or(1, char::len_utf8);
        Some(at)
    })
}

/// `span` clamped to `text` and to character boundaries.
pub(crate) fn clamp(text: &str, span: Span) -> Span {
    let end = floor_boundary(text, span.end.min(text.len()));
    let start = floor_boundary(text, span.start.min(end));
    Span::new(start, end)
}

/// The largest character boundary at or before `i`.
pub(crate) fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The last `n` code points of `s`.
fn last_chars(s: &str, n: usize) -> &str {
    match s.char_indices().rev().nth(n.saturating_sub(1)) {
        Some((i, _)) if n > 0 => &s[i..],
        _ if n == 0 => "",
        _ => s,
    }
}

/// The first `n` code points of `s`.
fn first_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// How many code points `a` and `b` share at their starts.
fn common_prefix_chars(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// How many code points `a` and `b` share at their ends.
fn common_suffix_chars(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

/// A cheap similarity of two strings in `[0, 1]`: the code points they share
/// at the start plus those they share at the end, over the longer length. It is
/// 1 for equal strings and stays high when only one boundary moved or a few
/// characters in the middle changed. Linear time, so it can run on every
/// keystroke.
pub(crate) fn similarity(a: &str, b: &str) -> f64 {
    if a == b {
        return 1.0;
    }
    let la = a.chars().count();
    let lb = b.chars().count();
    let longest = la.max(lb);
    if longest == 0 {
        return 1.0;
    }
    let shared = (common_prefix_chars(a, b) + common_suffix_chars(a, b)).min(la.min(lb));
    shared as f64 / longest as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Anchors the `[…]` part of `before`, then locates it in `after`, where
    /// `[…]` marks the expected place (or no brackets for "cannot be placed").
    fn check(before: &str, after: &str) {
        let (before_text, span) = strip(before);
        let span = span.expect("`before` needs [brackets]");
        let anchor = Anchor::new(&Document::new(before_text.clone()), span);
        let (after_text, expected) = strip(after);
        let got = anchor.locate(&Document::new(after_text.clone()));
        assert_eq!(
            got.map(|s| &after_text[s.range()]),
            expected.map(|s| &after_text[s.range()]),
            "anchor {anchor:?}"
        );
        assert_eq!(got, expected);
    }

    /// Removes one `[`…`]` pair, returning the text and the bracketed span.
    fn strip(marked: &str) -> (String, Option<Span>) {
        match (marked.find('['), marked.find(']')) {
            (Some(open), Some(close)) => {
                let text = format!(
                    "{}{}{}",
                    &marked[..open],
                    &marked[open + 1..close],
                    &marked[close + 1..]
                );
                (text, Some(Span::new(open, close - 1)))
            }
            _ => (marked.to_string(), None),
        }
    }

    #[test]
    fn same_text() {
        check("He said [no]. She said no.", "He said [no]. She said no.");
    }

    #[test]
    fn text_prepended_picks_the_same_occurrence() {
        check(
            "He said no. She said [no].",
            "Update: He said no. She said [no].",
        );
    }

    #[test]
    fn context_beats_position() {
        check(
            "A said yes. B said [yes] twice.",
            "B said [yes] twice. A said yes.",
        );
    }

    #[test]
    fn edited_inside_falls_back_to_context() {
        check(
            "The mayor called it “[a generational investmnet]” yesterday.",
            "The mayor called it “[a generational investment]” yesterday.",
        );
    }

    #[test]
    fn gone_is_not_placed() {
        check("Keep [this bit] here.", "Something else entirely.");
    }

    #[test]
    fn emoji_and_combining_marks() {
        check(
            "👍🏽 Cafe\u{301} said [“oui”] 👍🏽.",
            "🎉 new 👍🏽 Cafe\u{301} said [“oui”] 👍🏽.",
        );
        let doc = Document::new("é👍 x");
        let a = Anchor::new(&doc, Span::new(7, 8));
        assert_eq!(a.position, 3);
        assert_eq!(a.prefix, "é👍 ");
    }

    #[test]
    fn overlapping_occurrences() {
        check(
            "e\u{301}e\u{301}[e\u{301}e]\u{301}!",
            "e\u{301}e\u{301}[e\u{301}e]\u{301}!",
        );
        check("aa[aa]a", "Xaa[aa]a");
        assert_eq!(occurrences("aaa", "aa").collect::<Vec<_>>(), [0, 1]);
    }

    #[test]
    fn similarity_is_one_only_for_equal() {
        assert_eq!(similarity("abc", "abc"), 1.0);
        assert!(similarity("30 ships", "more than 30 ships") > 0.4);
        assert_eq!(similarity("abc", "xyz"), 0.0);
    }
}
