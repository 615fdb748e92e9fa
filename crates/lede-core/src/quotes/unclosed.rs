//! Unclosed quotes end where the reporter's attribution starts.
//!
//! # What it does
//! A quote whose closing mark is missing runs, by default, to the paragraph
//! end or to the next opening mark. When the reporter's own words follow in
//! that stretch — an attribution clause — the quote is cut just before it:
//! - `…, the organisation said in its report.` → cut at the comma;
//! - `…, said Ana Diaz.` → cut at the comma;
//! - `… a Muslim. He added:` / `… today. Ana Diaz said …` → cut after the
//!   sentence before it.
//!
//! # Why
//! A typo that drops one closing mark must not swallow the attribution (and
//! the narrative after it) into the quote: the speaker would be lost and the
//! quote would misquote the reporter.
//!
//! # Example
//! `"We will win, the mayor said. Voting starts today.` → quote `We will win`.

use super::lexicon;
use super::tokens;

/// A word of the stretch: where it starts, its list bits and case.
struct Word {
    start: usize,
    end: usize,
    bits: u32,
    capitalised: bool,
}

impl Word {
    fn is(&self, list: u32) -> bool {
        self.bits & list != 0
    }

    /// The word as written, without a possessive.
    fn text<'a>(&self, s: &'a str) -> &'a str {
        &s[self.start..self.end]
    }
}

/// The words of `s`: runs of letters and digits with inner `'`, `’` and
/// `-`, each starting with a letter or digit (read byte by byte, with the
/// ASCII letters and digits on a fast path).
fn words(s: &str) -> Vec<Word> {
    words_with(s, true)
}

/// [`words`], with or without the eight-byte path for short ASCII words
/// (`fast`; the tests check both give the same words).
#[inline(always)]
fn words_with(s: &str, fast: bool) -> Vec<Word> {
    // The character at byte `i`: alphanumeric, may sit inside a word, its
    // length.
    let class = |i: usize| -> (bool, bool, usize) {
        let x = s.as_bytes()[i];
        if x < 128 {
            let alnum = x.is_ascii_alphanumeric();
            return (alnum, alnum || x == b'\'' || x == b'-', 1);
        }
        match s.get(i..).and_then(|r| r.chars().next()) {
            Some(c) => {
                let alnum = c.is_alphanumeric();
                (alnum, alnum || c == '’', c.len_utf8())
            }
            None => (false, false, 1),
        }
    };
    // About one word per six bytes of news text: few regrowths.
    let mut out = Vec::with_capacity(s.len() / 6 + 4);
    let table = lexicon::table();
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < s.len() {
        let (alnum, _, len) = class(i);
        if !alnum {
            i += len;
            continue;
        }
        let st = i;
        // A short ASCII word followed by a byte that continues no word (of
        // the tokenizer, whose inner marks include these): read at once,
        // with no possessive to strip.
        if fast && len == 1 {
            if let Some((n, bits, _, _)) =
                tokens::short_word(table, bytes, st, s.len(), tokens::Joiners::Unclosed)
            {
                i = st + n;
                out.push(Word {
                    start: st,
                    end: i,
                    bits,
                    capitalised: bytes[st].is_ascii_uppercase(),
                });
                continue;
            }
        }
        i += len;
        while i < s.len() {
            let (_, inner, len) = class(i);
            if !inner {
                break;
            }
            i += len;
        }
        let w = lexicon::strip_possessive(&s[st..i]).as_bytes();
        let bits = if w.len() <= lexicon::Key::MAX {
            let key = lexicon::Key::of_text(s.as_bytes(), st, w.len());
            lexicon::bits_of_key(&key, key.hash())
        } else {
            0
        };
        out.push(Word {
            start: st,
            end: st + w.len(),
            bits,
            capitalised: w.first().is_some_and(u8::is_ascii_uppercase),
        });
    }
    out
}

/// Finite forms of the speech verbs that end an attribution clause.
fn is_finite_cue(w: &Word, s: &str) -> bool {
    w.is(lexicon::CUE)
        && !w.is(lexicon::WEAK_CUE)
        && !s[w.start..]
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .ends_with("ing")
}

/// Where to cut the unclosed quote `s` (a byte offset into `s`), if an
/// attribution clause follows its first words.
pub(crate) fn cut(s: &str) -> Option<usize> {
    // Only look at a bounded stretch: an attribution sits near the start.
    let mut limit = s.len().min(2000);
    while !s.is_char_boundary(limit) {
        limit -= 1;
    }
    let s = &s[..limit];
    let ws = words(s);
    for (i, w) in ws.iter().enumerate() {
        if !is_finite_cue(w, s) || w.capitalised || i == 0 {
            continue;
        }
        // The clause before the cue: at most four words back to a comma or
        // a sentence end.
        let mut k = i;
        while k > 0 && i - k < 5 {
            let between = &s[ws[k - 1].start..ws[k].start];
            if between.contains([',', '.', '!', '?', ':', ';']) {
                break;
            }
            k -= 1;
        }
        if k == 0 || i - k >= 5 {
            continue;
        }
        let gap = &s[ws[k - 1].start..ws[k].start];
        let subject = &ws[k..i];
        let subject_ok = match subject.first() {
            // "…, said Ana Diaz."
            None => gap.contains(','),
            Some(first) => {
                first.capitalised
                    || first.is(lexicon::PRONOUN)
                    || matches!(first.text(s), "the" | "a" | "an" | "its" | "their")
            }
        };
        if !subject_ok {
            continue;
        }
        // A cue right after a comma with no subject is inverted: the name
        // must follow.
        if subject.is_empty()
            && !ws
                .get(i + 1)
                .is_some_and(|n| n.capitalised || matches!(n.text(s), "the" | "a"))
        {
            continue;
        }
        if gap.contains(',') {
            return s[..ws[k].start].rfind(',');
        }
        if gap.contains(['.', '!', '?']) {
            let end = s[..ws[k].start].rfind(['.', '!', '?'])?;
            return Some(end + 1);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{cut, words_with};

    #[test]
    fn short_words_read_at_once_match_the_byte_loop() {
        let s = "We said. The end.” U.S. x.y said” she said’s it’s non‑stop well- well-x \
                 word'-x R&D a&. leaders' said… ’Tis 1.5 half. 12. Internationally \
                 abcdefghijklmno abcdefghijklmnop, the mayor’s aide’s rock-'n'-roll";
        let key = |fast| {
            words_with(s, fast)
                .iter()
                .map(|w| (w.start, w.end, w.bits, w.capitalised))
                .collect::<Vec<_>>()
        };
        assert_eq!(key(true), key(false));
        assert!(key(true).len() >= 30);
    }

    /// Marks the cut with `|` and compares.
    fn check(s: &str, expected: &str) {
        let got = match cut(s) {
            Some(at) => format!("{}|{}", &s[..at], &s[at..]),
            None => s.to_string(),
        };
        assert_eq!(got, expected);
    }

    #[test]
    fn cuts_before_the_attribution() {
        check(
            "We will win, the mayor said in her speech. Voting starts today.",
            "We will win|, the mayor said in her speech. Voting starts today.",
        );
        check(
            "It was a hard year. He added: nothing more",
            "It was a hard year.| He added: nothing more",
        );
        check(
            "We are ready, said Ana Diaz.",
            "We are ready|, said Ana Diaz.",
        );
    }

    #[test]
    fn leaves_quotes_without_attribution() {
        check(
            "We said we would do it, and we did it",
            "We said we would do it, and we did it",
        );
    }
}
