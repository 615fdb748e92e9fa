//! A small word/punctuation tokenizer for attribution and entities.
//!
//! What it does: splits the text into word tokens (letters and digits, with
//! inner apostrophes, hyphens and dots: `don’t`, `Secretary-General`, `U.S`)
//! and single-character punctuation tokens, each with its byte span and the
//! index of its paragraph.
//!
//! Why: attribution looks a few tokens left and right of a quote ("…,” said
//! Ana Diaz); working on tokens keeps each look bounded and linear.
//!
//! Example: `“Yes,” Ana’s aide said.` → `“` `Yes` `,` `”` `Ana’s` `aide` `said` `.`

use super::lexicon;
use crate::hash;
use crate::model::Span;

/// One token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    /// Where the token is.
    pub span: Span,
    /// Word or punctuation.
    pub is_word: bool,
    /// First character is upper-case.
    pub capitalised: bool,
    /// The token lies inside a quote.
    pub in_quote: bool,
    /// Paragraph index.
    pub paragraph: u32,
    /// Length in bytes of the word without a possessive (0 for punctuation
    /// and for words longer than 255 bytes, which no word list holds).
    pub fold_len: u8,
    /// The word lists the folded word belongs to (see [`lexicon::bits`]).
    pub bits: u32,
    /// [`lexicon::word_hash`] of the folded word ([`folded`]); 0 for
    /// punctuation.
    pub hash: u32,
}

/// True for characters that may sit inside a word between two alphanumerics.
fn is_inner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‑' | '.' | '&')
}

/// ASCII letters and digits, by byte: the word scan's fast path.
static ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The character at byte `i` of `p` (ASCII fast path).
#[inline]
fn char_at(p: &str, i: usize) -> Option<char> {
    match p.as_bytes().get(i) {
        Some(&b) if b < 128 => Some(b as char),
        Some(_) => p.get(i..).and_then(|r| r.chars().next()),
        None => None,
    }
}

/// The end of the word that continues at byte `end` of `p`.
#[inline]
fn word_end(p: &str, mut end: usize) -> usize {
    let b = p.as_bytes();
    loop {
        while end < b.len() && ALNUM[b[end] as usize] {
            end += 1;
        }
        match char_at(p, end) {
            Some(d) if !d.is_ascii() && d.is_alphanumeric() => end += d.len_utf8(),
            Some(d)
                if is_inner(d)
                    && char_at(p, end + d.len_utf8()).is_some_and(char::is_alphanumeric) =>
            {
                // An inner mark with a letter or digit after it.
                end += d.len_utf8();
            }
            _ => return end,
        }
    }
}

/// The word-list bits and the hash of a folded word: lower-cased on the
/// stack and hashed in one pass, looked up once.
#[inline]
fn word_bits(word: &str) -> (u32, u32) {
    let mut buf = [0u8; 24];
    let b = word.as_bytes();
    let mut h = hash::FNV_START;
    if b.len() > 255 {
        // `folded` gives no word for these (fold_len 0).
        return (0, lexicon::word_hash(h));
    }
    if b.len() > buf.len() {
        for &s in b {
            h = hash::fnv_step(h, s.to_ascii_lowercase());
        }
        return (0, lexicon::word_hash(h));
    }
    for (d, &s) in buf.iter_mut().zip(b) {
        let l = s.to_ascii_lowercase();
        *d = l;
        h = hash::fnv_step(h, l);
    }
    let hash = lexicon::word_hash(h);
    (lexicon::bits_hashed(&buf[..b.len()], hash), hash)
}

/// Tokenizes `text` paragraph by paragraph.
pub(crate) fn tokenize(text: &str, paragraphs: &[Span]) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 4 + 16);
    for (pi, para) in paragraphs.iter().enumerate() {
        let p = &text[*para];
        let b = p.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let x = b[i];
            let (word, upper, len) = if x < 128 {
                if ALNUM[x as usize] {
                    (true, x.is_ascii_uppercase(), 1)
                } else if x.is_ascii_whitespace() {
                    i += 1;
                    continue;
                } else {
                    (false, false, 1)
                }
            } else {
                match char_at(p, i) {
                    Some(c) if c.is_alphanumeric() => (true, c.is_uppercase(), c.len_utf8()),
                    Some(c) if c.is_whitespace() => {
                        i += c.len_utf8();
                        continue;
                    }
                    Some(c) => (false, false, c.len_utf8()),
                    None => break,
                }
            };
            if word {
                let end = word_end(p, i + len);
                let folded = lexicon::strip_possessive(&p[i..end]);
                let fold = folded.len();
                let (bits, hash) = word_bits(folded);
                out.push(Token {
                    bits,
                    hash,
                    span: Span::new(para.start + i, para.start + end),
                    is_word: true,
                    capitalised: upper,
                    in_quote: false,
                    paragraph: pi as u32,
                    fold_len: u8::try_from(fold).unwrap_or(0),
                });
                i = end;
            } else {
                out.push(Token {
                    span: Span::new(para.start + i, para.start + i + len),
                    is_word: false,
                    capitalised: false,
                    in_quote: false,
                    paragraph: pi as u32,
                    fold_len: 0,
                    bits: 0,
                    hash: 0,
                });
                i += len;
            }
        }
    }
    out
}

/// The token's word folded for the word lists: its slice of `lower` (the
/// text with ASCII letters lower-cased, same offsets) without a possessive.
#[inline]
pub(crate) fn folded<'a>(lower: &'a str, token: &Token) -> &'a str {
    let start = token.span.start;
    lower
        .get(start..start + token.fold_len as usize)
        .unwrap_or("")
}

/// Whether the token, folded to lower case, is in the word list `list`.
#[inline]
pub(crate) fn is(lower: &str, token: &Token, list: fn(&str) -> bool) -> bool {
    token.is_word && list(folded(lower, token))
}
