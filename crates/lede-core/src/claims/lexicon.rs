//! Word and phrase matching for the claim rules: ASCII case-insensitive,
//! on word boundaries, without allocating.
//!
//! A [`Lexicon`] is a phrase list compiled once into an Aho-Corasick
//! automaton, so a sentence is scanned once per list, not once per phrase.
//! Curly apostrophes in the text match straight ones in the phrases
//! ("doesn’t" matches `doesn't`).

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, MatchKind};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// A list of phrases (lower-case ASCII) matched on word boundaries.
pub struct Lexicon {
    phrases: &'static [&'static str],
    automaton: OnceLock<Option<AhoCorasick>>,
    /// One more than the lexicon's index in the [`Registry`] that last
    /// looked it up (0: not yet), so that a look-up is not a search.
    slot: AtomicUsize,
}

impl Lexicon {
    /// A lexicon of `phrases`, compiled on first use.
    pub const fn new(phrases: &'static [&'static str]) -> Lexicon {
        Lexicon {
            phrases,
            automaton: OnceLock::new(),
            slot: AtomicUsize::new(0),
        }
    }

    fn automaton(&self) -> Option<&AhoCorasick> {
        self.automaton
            .get_or_init(|| {
                // Each phrase with a straight apostrophe also gets its curly
                // form; pattern ids are not needed, only the match span.
                let mut patterns: Vec<String> = Vec::with_capacity(self.phrases.len());
                for p in self.phrases {
                    patterns.push((*p).to_string());
                    if p.contains('\'') {
                        patterns.push(p.replace('\'', "’"));
                    }
                }
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .kind(Some(AhoCorasickKind::DFA))
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(&patterns)
                    .ok()
            })
            .as_ref()
    }

    /// Byte offset of the first match on word boundaries (leftmost-longest
    /// matches; a match inside a longer word does not hide a later one).
    pub fn find(&self, hay: &str) -> Option<usize> {
        let automaton = self.automaton()?;
        automaton
            .find_iter(hay)
            .find(|m| on_boundaries(hay, m.start(), m.end()))
            .map(|m| m.start())
    }

    /// Whether any phrase occurs in `hay` on word boundaries.
    pub fn has(&self, hay: &str) -> bool {
        self.find(hay).is_some()
    }

    /// Whether `hay` opens (after opening quote marks, brackets and white
    /// space) with one of the phrases.
    pub fn starts(&self, hay: &str) -> bool {
        let t = trim_opening(hay);
        let head = match t.char_indices().nth(40) {
            Some((i, _)) => &t[..i],
            None => t,
        };
        let Some(automaton) = self.automaton() else {
            return false;
        };
        automaton
            .find(head)
            .is_some_and(|m| m.start() == 0 && on_boundaries(head, 0, m.end()))
    }
}

/// Several lexicons compiled into one automaton, so that a sentence is
/// scanned once for all of them.
pub struct Registry {
    lists: &'static [&'static Lexicon],
    automaton: OnceLock<Option<(DFA, Vec<usize>)>>,
}

/// Which lexicons of a [`Registry`] occur in a sentence.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Matches {
    anywhere: u64,
    opening: u64,
}

impl Registry {
    /// A registry of at most 64 lexicons, compiled on first use.
    pub const fn new(lists: &'static [&'static Lexicon]) -> Registry {
        Registry {
            lists,
            automaton: OnceLock::new(),
        }
    }

    fn automaton(&self) -> Option<&(DFA, Vec<usize>)> {
        self.automaton
            .get_or_init(|| {
                let mut patterns: Vec<String> = Vec::new();
                let mut owner = Vec::new();
                for (i, list) in self.lists.iter().enumerate().take(64) {
                    for p in list.phrases {
                        patterns.push((*p).to_string());
                        owner.push(i);
                        if p.contains('\'') {
                            patterns.push(p.replace('\'', "’"));
                            owner.push(i);
                        }
                    }
                }
                // A bare DFA, stepped by hand in `scan`: every sentence is
                // scanned for every match, and the generic overlapping
                // iterator cost twice the steps themselves. No prefilter:
                // with this many short phrases the search is back in the
                // start state after almost every word.
                let automaton = DFA::builder()
                    .ascii_case_insensitive(true)
                    .prefilter(false)
                    .build(&patterns)
                    .ok()?;
                Some((automaton, owner))
            })
            .as_ref()
    }

    /// Scans `hay` once for every lexicon: every match, overlapping ones
    /// included, as `find_overlapping_iter` would report them.
    pub fn scan(&self, hay: &str) -> Matches {
        let mut out = Matches::default();
        let Some((dfa, owner)) = self.automaton() else {
            return out;
        };
        let Ok(mut state) = dfa.start_state(Anchored::No) else {
            return out;
        };
        let opening_at = hay.len() - trim_opening(hay).len();
        for (at, &byte) in hay.as_bytes().iter().enumerate() {
            state = dfa.next_state(Anchored::No, state, byte);
            if !dfa.is_special(state) {
                continue;
            }
            if dfa.is_dead(state) {
                break;
            }
            if !dfa.is_match(state) {
                continue;
            }
            let end = at + 1;
            for k in 0..dfa.match_len(state) {
                let pattern = dfa.match_pattern(state, k);
                let Some(start) = end.checked_sub(dfa.pattern_len(pattern)) else {
                    continue;
                };
                if !on_boundaries(hay, start, end) {
                    continue;
                }
                let bit = 1u64 << owner.get(pattern.as_usize()).copied().unwrap_or(0);
                out.anywhere |= bit;
                if start == opening_at {
                    out.opening |= bit;
                }
            }
        }
        out
    }

    fn index(&self, lexicon: &Lexicon) -> Option<usize> {
        let is_at = |i: usize| self.lists.get(i).is_some_and(|l| std::ptr::eq(*l, lexicon));
        let remembered = lexicon.slot.load(Ordering::Relaxed);
        if remembered > 0 && remembered <= 64 && is_at(remembered - 1) {
            return Some(remembered - 1);
        }
        let found = self
            .lists
            .iter()
            .take(64)
            .position(|l| std::ptr::eq(*l, lexicon));
        if let Some(i) = found {
            lexicon.slot.store(i + 1, Ordering::Relaxed);
        }
        found
    }

    /// Whether `lexicon` occurs in the scanned text (scans `hay` itself
    /// when the lexicon is not registered).
    pub fn has(&self, matches: Matches, lexicon: &Lexicon, hay: &str) -> bool {
        match self.index(lexicon) {
            Some(i) => matches.anywhere >> i & 1 == 1,
            None => lexicon.has(hay),
        }
    }

    /// Whether the scanned text opens with a phrase of `lexicon` (see
    /// [`Lexicon::starts`]).
    pub fn starts(&self, matches: Matches, lexicon: &Lexicon, hay: &str) -> bool {
        match self.index(lexicon) {
            Some(i) => matches.opening >> i & 1 == 1,
            None => lexicon.starts(hay),
        }
    }
}

fn trim_opening(hay: &str) -> &str {
    hay.trim_start_matches(|c: char| c.is_whitespace() || "\"'“‘(".contains(c))
}

/// Whether `hay[start..end]` neither starts nor ends inside a word (a
/// boundary is only required next to a letter or digit of the match).
fn on_boundaries(hay: &str, start: usize, end: usize) -> bool {
    let (Some(m), true) = (hay.get(start..end), hay.is_char_boundary(start)) else {
        return false;
    };
    let first_word = m.chars().next().is_some_and(char::is_alphanumeric);
    let last_word = m.chars().next_back().is_some_and(char::is_alphanumeric);
    (!first_word
        || !hay[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric))
        && (!last_word || !hay[end..].chars().next().is_some_and(char::is_alphanumeric))
}

/// Whether `b` (a byte of a phrase) continues a word.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// Byte offset of the first match of `phrase` in `hay` on word boundaries,
/// compared ASCII case-insensitively.
pub fn find(hay: &str, phrase: &str) -> Option<usize> {
    let h = hay.as_bytes();
    let p = phrase.as_bytes();
    if p.is_empty() || h.len() < p.len() {
        return None;
    }
    let mut i = 0;
    while i < h.len() {
        if !hay.is_char_boundary(i) {
            i += 1;
            continue;
        }
        if let Some(end) = match_at(h, i, p) {
            let before_ok = !is_word_byte(p[0])
                || !hay[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
            let after_ok = !is_word_byte(p[p.len() - 1])
                || !hay[end..].chars().next().is_some_and(char::is_alphanumeric);
            if before_ok && after_ok {
                return Some(i);
            }
        }
        i += 1;
    }
    None
}

/// The end of a match of `p` starting at `h[i]`, treating `’` (3 bytes) in
/// the text as `'` in the phrase.
fn match_at(h: &[u8], mut i: usize, p: &[u8]) -> Option<usize> {
    for &pb in p {
        if pb == b'\'' && h[i..].starts_with("’".as_bytes()) {
            i += 3;
            continue;
        }
        if i >= h.len() || !h[i].eq_ignore_ascii_case(&pb) {
            return None;
        }
        i += 1;
    }
    Some(i)
}

/// Whether `hay` contains `phrase` (see [`find`]).
pub fn has(hay: &str, phrase: &str) -> bool {
    find(hay, phrase).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(hay: &str, phrase: &str, expect: Option<usize>) {
        assert_eq!(find(hay, phrase), expect, "{phrase:?} in {hay:?}");
    }

    #[test]
    fn boundaries_case_and_apostrophes() {
        check("He said so.", "said", Some(3));
        check("He saidso.", "said", None);
        check("READ ALSO: more", "read also", Some(0));
        check("It doesn’t matter", "doesn't", Some(3));
        check("Ça va, said Zoë", "said", Some(8));
        check("", "x", None);
    }

    static WORDS: Lexicon = Lexicon::new(&["read also", "doesn't", "said", "(photo:"]);

    #[test]
    fn lexicons() {
        assert!(WORDS.has("It doesn’t matter"));
        assert!(WORDS.has("x (Photo: Jo)"));
        assert!(!WORDS.has("unsaid things"));
        assert!(WORDS.starts("“READ ALSO: more"));
        assert!(!WORDS.starts("Please read also"));
        assert!(!WORDS.has(""));
    }
}
