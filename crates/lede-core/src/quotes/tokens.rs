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
use crate::text::chars::is_alphanumeric;

/// One token, in 16 bytes: a whole-text token array is read by every quote
/// and entity pass, and at 32 bytes a token it outgrew the caches on long
/// texts (10 MB of text was 40% slower per byte than 1 MB).
///
/// Offsets are `u32`: a text over 4 GiB gives no tokens. The paragraph
/// index is not stored: a token knows whether it opens its paragraph, and
/// `Context` keeps the first token of every paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    /// First byte.
    start: u32,
    /// One past the last byte.
    end: u32,
    /// Hash of the folded word ([`folded`]): [`lexicon::Key::hash`], or
    /// [`lexicon::word_hash`] for a word too long for a key; 0 for
    /// punctuation.
    hash: u32,
    /// The word lists the folded word belongs to (see [`lexicon::bits`]),
    /// below [`Token::WORD`]; the flags and the possessive cut above.
    bits: u32,
}

// The flags sit above every list bit.
const _: () = assert!(lexicon::ALL_LISTS < Token::WORD);
const _: () = assert!(std::mem::size_of::<Token>() == 16);
// The hyphen flag sits above the possessive cut.
const _: () = assert!(Token::HYPHENATED > 7 << Token::CUT_SHIFT);

impl Token {
    /// Flag: a word, not punctuation.
    const WORD: u32 = 1 << 23;
    /// Flag: the first character is upper-case.
    const CAPITALISED: u32 = 1 << 24;
    /// Flag: the token lies inside a quote.
    const IN_QUOTE: u32 = 1 << 25;
    /// Flag: the first token of its paragraph.
    const PARAGRAPH_START: u32 = 1 << 26;
    /// Flag: a word with an ASCII hyphen inside ("US-based"); set by the
    /// tokenizer's slow path, the only one such words take.
    const HYPHENATED: u32 = 1 << 30;
    /// Where the possessive cut sits: the bytes a possessive takes off the
    /// word (0 to 4), or [`Token::NO_FOLD`].
    const CUT_SHIFT: u32 = 27;
    /// Cut code: no folded word (punctuation, or a folded word over 255
    /// bytes, which no word list holds).
    const NO_FOLD: u32 = 7;

    /// The cut code of a word of `len` bytes whose folded word is `fold`
    /// bytes long (at most 4 bytes shorter: a possessive).
    #[inline]
    fn cut(len: usize, fold: usize) -> u32 {
        if fold > 255 {
            Token::NO_FOLD
        } else {
            (len - fold) as u32
        }
    }

    /// A word token of bytes `start..end` with its possessive cut (see
    /// [`Token::cut`]), list bits and hash.
    #[inline]
    fn word(start: usize, end: usize, cut: u32, capitalised: bool, bits: u32, hash: u32) -> Token {
        Token {
            start: start as u32,
            end: end as u32,
            hash,
            bits: bits
                | Token::WORD
                | if capitalised { Token::CAPITALISED } else { 0 }
                | cut << Token::CUT_SHIFT,
        }
    }

    /// A punctuation token of bytes `start..end`.
    #[inline]
    fn punct(start: usize, end: usize) -> Token {
        Token {
            start: start as u32,
            end: end as u32,
            hash: 0,
            bits: Token::NO_FOLD << Token::CUT_SHIFT,
        }
    }

    /// Where the token is.
    #[inline]
    pub(crate) fn span(&self) -> Span {
        Span {
            start: self.start as usize,
            end: self.end as usize,
        }
    }

    /// First byte.
    #[inline]
    pub(crate) fn start(&self) -> usize {
        self.start as usize
    }

    /// One past the last byte.
    #[inline]
    pub(crate) fn end(&self) -> usize {
        self.end as usize
    }

    /// Word or punctuation.
    #[inline]
    pub(crate) fn is_word(&self) -> bool {
        self.bits & Token::WORD != 0
    }

    /// First character is upper-case.
    #[inline]
    pub(crate) fn capitalised(&self) -> bool {
        self.bits & Token::CAPITALISED != 0
    }

    /// A word with an ASCII hyphen inside ("US-based", "Secretary-General").
    #[inline]
    pub(crate) fn hyphenated(&self) -> bool {
        self.bits & Token::HYPHENATED != 0
    }

    /// The token lies inside a quote.
    #[inline]
    pub(crate) fn in_quote(&self) -> bool {
        self.bits & Token::IN_QUOTE != 0
    }

    /// Marks the token as lying inside a quote.
    #[inline]
    pub(crate) fn set_in_quote(&mut self) {
        self.bits |= Token::IN_QUOTE;
    }

    /// The first token of its paragraph.
    #[inline]
    pub(crate) fn starts_paragraph(&self) -> bool {
        self.bits & Token::PARAGRAPH_START != 0
    }

    /// Length in bytes of the word without a possessive (0 for punctuation
    /// and for words longer than 255 bytes, which no word list holds).
    #[inline]
    pub(crate) fn fold_len(&self) -> usize {
        match (self.bits >> Token::CUT_SHIFT) & 7 {
            Token::NO_FOLD => 0,
            cut => (self.end - self.start - cut) as usize,
        }
    }

    /// The word lists the folded word belongs to (see [`lexicon::bits`]).
    #[inline]
    pub(crate) fn bits(&self) -> u32 {
        self.bits & lexicon::ALL_LISTS
    }

    /// Hash of the folded word ([`folded`]): [`lexicon::Key::hash`], or
    /// [`lexicon::word_hash`] for a word too long for a key; 0 for
    /// punctuation.
    #[inline]
    pub(crate) fn hash(&self) -> u32 {
        self.hash
    }
}

/// True for characters that may sit inside a word between two alphanumerics.
fn is_inner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‑' | '.' | '&')
}

/// Byte class: an ASCII letter or digit.
const ALNUM: u8 = 1;
/// Byte class: an ASCII upper-case letter.
const UPPER: u8 = 2;
/// Byte class: ASCII white space.
const SPACE: u8 = 4;
/// Byte class: an ASCII mark that may sit inside a word (`'`, `-`, `.`, `&`).
const INNER: u8 = 8;
/// Byte class: a byte of a multi-byte UTF-8 character.
const WIDE: u8 = 16;

/// The class bits of every byte: the tokenizer's ASCII fast path.
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let x = b as u8;
        t[b] = if x >= 128 {
            WIDE
        } else if x.is_ascii_uppercase() {
            ALNUM | UPPER
        } else if x.is_ascii_alphanumeric() {
            ALNUM
        } else if x.is_ascii_whitespace() {
            SPACE
        } else if matches!(x, b'\'' | b'-' | b'.' | b'&') {
            INNER
        } else {
            0
        };
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

/// Whether the character at byte `i` of `p` is a letter or digit.
#[inline]
fn alnum_at(p: &str, i: usize) -> bool {
    match p.as_bytes().get(i) {
        Some(&b) if b < 128 => CLASS[b as usize] & ALNUM != 0,
        Some(_) => char_at(p, i).is_some_and(is_alphanumeric),
        None => false,
    }
}

/// The end of the word that continues at byte `end` of `p`.
#[inline]
fn word_end(p: &str, mut end: usize) -> usize {
    let b = p.as_bytes();
    loop {
        while end < b.len() && CLASS[b[end] as usize] & ALNUM != 0 {
            end += 1;
        }
        let Some(&x) = b.get(end) else {
            return end;
        };
        let class = CLASS[x as usize];
        if class & INNER != 0 {
            // An inner mark with a letter or digit after it.
            if alnum_at(p, end + 1) {
                end += 1;
                continue;
            }
            return end;
        }
        if class & WIDE == 0 {
            return end;
        }
        match char_at(p, end) {
            Some(d) if is_alphanumeric(d) => end += d.len_utf8(),
            Some(d) if is_inner(d) && alnum_at(p, end + d.len_utf8()) => end += d.len_utf8(),
            _ => return end,
        }
    }
}

/// The high bit of each byte of `x` that is an ASCII letter or digit.
#[inline]
fn alnum_bytes(x: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const fn each(b: u8) -> u64 {
        u64::from_le_bytes([b; 8])
    }
    // Per byte, on 7 bits (no carry reaches the next byte): `h + (0x80 - c)`
    // has its high bit set when `h >= c`.
    let h = x & LOW7;
    let l = h | each(0x20);
    let letter = l.wrapping_add(each(0x80 - b'a')) & !l.wrapping_add(each(0x80 - b'z' - 1));
    let digit = h.wrapping_add(each(0x80 - b'0')) & !h.wrapping_add(each(0x80 - b'9' - 1));
    (letter | digit) & !x & HIGH
}

/// The bytes of `x` below `mask` (a word's bytes) with their letters
/// lower-cased: `alnum` holds the high bit of each letter or digit byte
/// ([`alnum_bytes`]), and setting bit 5 of those lower-cases the letters
/// and leaves the digits as they are (`0`..`9` have it set already).
#[inline]
fn lower_word(x: u64, mask: u64, alnum: u64) -> u64 {
    (x | (alnum >> 2)) & mask
}

/// Which marks join the letters around them into one word, for
/// [`short_word`]: it must find the words of the caller's own splitter.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Joiners {
    /// The tokenizer's ([`word_end`]): `'`, `-`, `.`, `&`, `’` and `‑`
    /// with a letter or digit after them.
    Tokenizer,
    /// `'`, `-` and `’`, whatever follows them (`unclosed`'s splitter).
    Unclosed,
}

/// Whether a word of ASCII letters and digits ends before byte `end` of
/// `text` (`end < limit`, its paragraph's end), which is not a letter or
/// digit; `false` when unsure (a character that may be a letter).
#[inline]
fn word_ends_at(text: &[u8], end: usize, limit: usize, joiners: Joiners) -> bool {
    let Some(&x) = text.get(end) else {
        return true;
    };
    let class = CLASS[x as usize];
    if class & (INNER | WIDE) == 0 {
        return true;
    }
    if class & WIDE != 0 {
        // U+2000..U+203F (dashes, curly quotes, ellipsis) hold no letter
        // or digit; `‑` (E2 80 91) and `’` (E2 80 99) may join words.
        return x == 0xE2
            && text.get(end + 1) == Some(&0x80)
            && text.get(end + 2).is_some_and(|&c| c != 0x91 && c != 0x99);
    }
    let joins_always = matches!(x, b'\'' | b'-');
    match joiners {
        // `.` and `&` join no words there; `'` and `-` join any.
        Joiners::Unclosed => !joins_always,
        // An inner mark joins a letter or digit after it (in the
        // paragraph): an ASCII byte is told by its class.
        Joiners::Tokenizer => match text.get(end + 1) {
            _ if end + 1 >= limit => true,
            Some(&y) if y < 128 => CLASS[y as usize] & ALNUM == 0,
            _ => false,
        },
    }
}

/// Whether byte `next`, after a word of ASCII letters and digits, ends it
/// whatever follows: white space or a mark that joins no words (`,` `:`
/// `"` `)`…), told by its class in one test.
///
/// Why: the byte after a word follows the text; a test for a space, then
/// for the other marks, was missed by the branch predictor about one word
/// in ten.
#[inline(always)]
fn ends_word(next: u8) -> bool {
    CLASS[next as usize] & (INNER | WIDE) == 0
}

/// A short ASCII word starting at byte `at` of `text`, read eight bytes at
/// once: its length (at most 15), list bits and hash, when it is all ASCII
/// letters and digits, ends before `limit` (its paragraph's end) and is
/// followed by a character that does not continue it under `joiners`;
/// also whether a space follows it in its paragraph (read from the chunk:
/// the tokenizer skips it without loading the byte again). Such a word has
/// no possessive. `None` leaves the word to the byte loop.
#[inline(always)]
pub(crate) fn short_word(
    table: &lexicon::Table,
    text: &[u8],
    at: usize,
    limit: usize,
    joiners: Joiners,
) -> Option<(usize, u32, u32, bool)> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let chunk = u64::from_le_bytes(text.get(at..at + 8)?.try_into().ok()?);
    let alnum = alnum_bytes(chunk);
    let stop = !alnum & HIGH;
    if stop != 0 {
        let n = stop.trailing_zeros() as usize / 8;
        // The byte after the word is in the chunk: a space or a mark that
        // joins no words, the usual case, ends the word without a look at
        // the text (a load on the loop's critical path).
        let next = (chunk >> (8 * n)) as u8;
        if at + n > limit || (!ends_word(next) && !word_ends_at(text, at + n, limit, joiners)) {
            return None;
        }
        let lower = lower_word(chunk, (1u64 << (8 * n)) - 1, alnum);
        let hash = lexicon::Key::hash_short(lower);
        let space = next == b' ' && at + n < limit;
        return Some((n, table.bits_short(lower, n, hash), hash, space));
    }
    // Eight letters or digits: the word may end in the next eight bytes.
    let second = u64::from_le_bytes(text.get(at + 8..at + 16)?.try_into().ok()?);
    let alnum2 = alnum_bytes(second);
    let stop = !alnum2 & HIGH;
    if stop == 0 {
        return None;
    }
    let m = stop.trailing_zeros() as usize / 8;
    let n = 8 + m;
    let next = (second >> (8 * m)) as u8;
    if at + n > limit || (!ends_word(next) && !word_ends_at(text, at + n, limit, joiners)) {
        return None;
    }
    let key = lexicon::Key::of_lower_chunks(
        lower_word(chunk, u64::MAX, alnum),
        lower_word(second, (1u64 << (8 * m)) - 1, alnum2),
        n,
    );
    let hash = key.hash();
    let space = next == b' ' && at + n < limit;
    Some((n, table.bits(&key, hash), hash, space))
}

/// The length of word `w` without a possessive: the byte-level
/// [`lexicon::strip_possessive`].
#[inline]
fn fold_len(w: &[u8]) -> usize {
    const RIGHT: [u8; 3] = [0xe2, 0x80, 0x99]; // ’
    let n = w.len();
    match w.last() {
        Some(b's' | b'S') if n >= 3 && w[n - 2] == b'\'' => n - 2,
        Some(b's' | b'S') if n >= 5 && w[n - 4..n - 1] == RIGHT => n - 4,
        Some(b'\'') if n >= 2 => n - 1,
        Some(0x99) if n >= 4 && w[n - 3..] == RIGHT => n - 3,
        _ => n,
    }
}

/// The word-list bits and the hash of the folded word of `n` bytes at byte
/// `at` of `text`: lower-cased eight bytes at a time, looked up once.
#[inline]
fn word_bits(table: &lexicon::Table, text: &[u8], at: usize, n: usize) -> (u32, u32) {
    match folded_key(text, at, n) {
        Ok((key, hash)) => (table.bits(&key, hash), hash),
        Err(hash) => (0, hash),
    }
}

/// The key of the folded word of `n` bytes at byte `at` of `text` (ASCII
/// letters lower-cased) with its hash, or only the hash of a word too long
/// for any list (or for a token's folded word: over 255 bytes).
#[inline]
fn folded_key(text: &[u8], at: usize, n: usize) -> Result<(lexicon::Key, u32), u32> {
    if n > 255 {
        // `folded` gives no word for these (fold_len 0): hash the empty word.
        return Err(lexicon::Key::default().hash());
    }
    if n > lexicon::Key::MAX {
        // Too long for any list; only the entity tables use the hash.
        let h = text
            .get(at..at + n)
            .unwrap_or_default()
            .iter()
            .fold(hash::FNV_START, |h, &s| {
                hash::fnv_step(h, s.to_ascii_lowercase())
            });
        return Err(lexicon::word_hash(h));
    }
    let key = lexicon::Key::of_text(text, at, n);
    let hash = key.hash();
    Ok((key, hash))
}

/// The hash a word token whose folded word is `folded` carries
/// ([`Token::hash`]), worked out from the folded word itself (at most 255
/// bytes long, as every token's folded word is).
pub(crate) fn folded_hash(folded: &[u8]) -> u32 {
    match folded_key(folded, 0, folded.len()) {
        Ok((_, hash)) | Err(hash) => hash,
    }
}

/// Tokenizes `text` paragraph by paragraph.
#[cfg(test)]
pub(crate) fn tokenize(text: &str, paragraphs: &[Span]) -> Vec<Token> {
    tokenize_with_caps(text, paragraphs).0
}

/// Tokenizes `text` paragraph by paragraph; also gives the indices of the
/// capitalised word tokens, in order.
#[cfg(test)]
pub(crate) fn tokenize_with_caps(text: &str, paragraphs: &[Span]) -> (Vec<Token>, Vec<usize>) {
    let all = tokenize_all(text, paragraphs, &[]);
    (all.tokens, all.caps)
}

/// The tokens of a text and the indices that the passes over them need.
pub(crate) struct Tokens {
    /// Every token, in order.
    pub tokens: Vec<Token>,
    /// The indices of the capitalised word tokens, in order.
    ///
    /// Why: the entity passes start only at capitalised words (about one
    /// word in six); visiting those alone spares them a test of every token.
    pub caps: Vec<usize>,
    /// The word tokens in no [`lexicon::NEVER_NAME`] list (the words that
    /// may be names), in order: each token's index and hash.
    ///
    /// Why: the entity passes look for each candidate name in lower case
    /// among these alone; a sweep over every token read 16 bytes per token
    /// to skip most of them. With the hash beside the index, the sweep
    /// reads the tokens only at the few words its filter lets through.
    pub maybe_names: Vec<(u32, u32)>,
    /// The first token of each paragraph (of `paragraphs`, in order), then
    /// the number of tokens: paragraph `p` holds tokens
    /// `paragraph_starts[p]..paragraph_starts[p + 1]`.
    pub paragraph_starts: Vec<u32>,
    /// For each of the `quoted` spans given to [`tokenize_all`], the first
    /// token starting at or after its start and the first starting at or
    /// after its end (as `partition_point` over the tokens finds them).
    pub quoted_tokens: Vec<(usize, usize)>,
}

/// Marks the tokens inside quoted spans (apart and in order) paragraph by
/// paragraph, right after the tokenizer made them, and notes each span's
/// first and end tokens.
///
/// Why: marking after tokenizing searched for every quote among all the
/// tokens and walked them again, a second trip to memory in a long text;
/// here a paragraph's tokens are still in cache, and a paragraph no span
/// reaches into is skipped after one comparison.
struct QuoteMarker<'q> {
    quoted: &'q [Span],
    /// The span at hand (`quoted.len()` when none is left).
    qi: usize,
    /// Whether the first token starting at or after the start of span `qi`
    /// was found: its index is `first`.
    started: bool,
    first: usize,
    found: Vec<(usize, usize)>,
}

impl<'q> QuoteMarker<'q> {
    fn new(quoted: &'q [Span]) -> QuoteMarker<'q> {
        QuoteMarker {
            quoted,
            qi: 0,
            started: false,
            first: 0,
            found: Vec::with_capacity(quoted.len()),
        }
    }

    /// Marks `in_quote` the tokens of `toks`, the tokens of one paragraph
    /// (the first of which is token `base`; paragraphs in order, the next
    /// one's tokens starting at or after `paragraph_end`), that lie inside a
    /// quoted span: they start in the span and end by its end.
    fn mark(&mut self, toks: &mut [Token], base: usize, paragraph_end: usize) {
        let mut k = 0;
        while let Some(q) = self.quoted.get(self.qi) {
            if !self.started {
                if q.start >= paragraph_end {
                    // The span starts in a later paragraph.
                    return;
                }
                k += toks
                    .get(k..)
                    .unwrap_or_default()
                    .partition_point(|t| t.start() < q.start);
                self.first = base + k;
                self.started = true;
            }
            // Tokens from `k` start at or after the span's start: a token
            // starting before its end lies inside when it ends by its end.
            while let Some(t) = toks.get_mut(k) {
                if t.start() >= q.end {
                    break;
                }
                if t.end() <= q.end {
                    t.set_in_quote();
                }
                k += 1;
            }
            if k == toks.len() && q.end > paragraph_end {
                // The span goes on into the next paragraph.
                return;
            }
            // `base + k`: the first token starting at or after its end
            // (later paragraphs start after it).
            self.found.push((self.first, base + k));
            self.qi += 1;
            self.started = false;
        }
    }

    /// The first and end tokens of every span, given the number of tokens.
    fn finish(mut self, n: usize) -> Vec<(usize, usize)> {
        for _ in self.qi..self.quoted.len() {
            let first = if self.started { self.first } else { n };
            self.found.push((first, n));
            self.started = false;
        }
        self.found
    }
}

/// What a character of a multi-byte UTF-8 sequence is, for the tokenizer.
enum Wide {
    /// A letter or digit (upper-case?) of `len` bytes.
    Letter(bool, usize),
    /// White space of `len` bytes.
    Space(usize),
    /// Punctuation or a symbol of `len` bytes.
    Other(usize),
    /// No character there.
    End,
}

/// The character at byte `i` of `p`, a non-ASCII one.
///
/// Not inlined: news text is nearly all ASCII, and out of line the
/// Unicode tables' code leaves the tokenizer's loop small (V8 gave the
/// loop fewer registers with it inside).
#[cold]
#[inline(never)]
fn wide_char(p: &str, i: usize) -> Wide {
    match char_at(p, i) {
        Some(c) if is_alphanumeric(c) => Wide::Letter(c.is_uppercase(), c.len_utf8()),
        Some(c) if c.is_whitespace() => Wide::Space(c.len_utf8()),
        Some(c) => Wide::Other(c.len_utf8()),
        None => Wide::End,
    }
}

/// The word starting at byte `i` of `text` in a paragraph ending at byte
/// `limit`, whose first character is `len` bytes long, when [`short_word`]
/// cannot read it at once: its end, possessive cut, list bits and hash.
///
/// Not inlined, for the same reason as [`wide_char`]: few words take it
/// (long ones, possessives, inner marks, non-ASCII letters).
#[inline(never)]
fn slow_word(
    table: &lexicon::Table,
    text: &str,
    limit: usize,
    i: usize,
    len: usize,
) -> (usize, u32, u32, u32) {
    // The word ends by its paragraph's end.
    let end = word_end(text.get(..limit).unwrap_or_default(), i + len);
    let word = text.as_bytes().get(i..end).unwrap_or_default();
    let fold = fold_len(word);
    let (bits, hash) = word_bits(table, text.as_bytes(), i, fold);
    let hyphenated = if word.contains(&b'-') {
        Token::HYPHENATED
    } else {
        0
    };
    (end, Token::cut(end - i, fold), bits | hyphenated, hash)
}

/// Whether the dot at byte `i` of `b` (the text up to its paragraph's
/// end) ends a title written in US style before a name ("Mr. Harris",
/// "Sen. Elizabeth Warren", "Gov. Newsom"), the last token of `all`; if
/// so the dot is made part of that token (its list bits and hash read
/// again) and a space follows it.
///
/// Why: the dot was a token of its own, and a name after "Mr." or "Sen."
/// was no speaker ("“No,” Mr. Harris said" had none).
///
/// Not inlined: few marks are dots.
#[cold]
#[inline(never)]
fn dotted_title(table: &lexicon::Table, b: &[u8], i: usize, all: &mut Tokens) -> bool {
    const TITLES: [&[u8]; 19] = [
        b"Mr", b"Mrs", b"Ms", b"Dr", b"Prof", b"Rev", b"Sen", b"Rep", b"Gov", b"Gen", b"Lt",
        b"Col", b"Sgt", b"Capt", b"Maj", b"Adm", b"Supt", b"Insp", b"Det",
    ];
    let at = all.tokens.len().wrapping_sub(1);
    let Some(t) = all.tokens.get_mut(at) else {
        return false;
    };
    let name_follows =
        b.get(i + 1) == Some(&b' ') && b.get(i + 2).is_some_and(u8::is_ascii_uppercase);
    if !name_follows || !t.is_word() || t.end() != i || !t.capitalised() {
        return false;
    }
    let start = t.start();
    if !b.get(start..i).is_some_and(|w| TITLES.contains(&w)) {
        return false;
    }
    let (bits, hash) = word_bits(table, b, start, i + 1 - start);
    *t = Token::word(start, i + 1, 0, true, bits, hash);
    if all
        .maybe_names
        .last()
        .is_some_and(|&(k, _)| k as usize == at)
    {
        all.maybe_names.pop();
    }
    if bits & lexicon::NEVER_NAME == 0 {
        all.maybe_names.push((at as u32, hash));
    }
    true
}

/// Appends `value` to `list` when `keep`, without a branch on `keep`: the
/// value is always written and the length grows by 0 or 1.
///
/// Why: whether a word is capitalised or may be a name follows the text,
/// not a pattern; the branch predictor missed one such test in six, and a
/// miss costs more than the write.
///
/// Example: `push_if(&mut caps, 7, false)` leaves `caps` as it was.
#[inline(always)]
fn push_if<T: Copy>(list: &mut Vec<T>, value: T, keep: bool) {
    list.push(value);
    list.truncate(list.len() - usize::from(!keep));
}

/// Appends the tokens of paragraph `para` of `text` to `all.tokens`, the
/// indices of its capitalised words to `all.caps` and those of its words that
/// may be names to `all.maybe_names` (see [`Tokens`]).
///
/// Not inlined: a loop of its own, apart from the paragraph bookkeeping and
/// the quote marking, is smaller for V8 to give registers to. For the same
/// reason the loop keeps few values live across a word: it walks the text
/// by absolute offsets (no paragraph slice and base beside the text) and
/// reaches the three lists through one `&mut Tokens`, not three references
/// (V8 ran 3.5% fewer instructions in it than with a paragraph slice, its
/// base and three references).
#[inline(never)]
fn tokenize_paragraph(table: &lexicon::Table, text: &str, para: Span, all: &mut Tokens) {
    // The text up to the paragraph's end: its characters are the
    // paragraph's (offsets stay the text's).
    let t = text.get(..para.end).unwrap_or_default();
    let bytes = text.as_bytes();
    let b = t.as_bytes();
    let mut i = para.start;
    while i < b.len() {
        let x = b[i];
        let class = CLASS[x as usize];
        let (word, upper, len) = if class & WIDE == 0 {
            if class & ALNUM != 0 {
                (true, class & UPPER != 0, 1)
            } else if class & SPACE != 0 {
                i += 1;
                continue;
            } else {
                (false, false, 1)
            }
        } else {
            match wide_char(t, i) {
                Wide::Letter(upper, len) => (true, upper, len),
                Wide::Space(len) => {
                    i += len;
                    continue;
                }
                Wide::Other(len) => (false, false, len),
                Wide::End => break,
            }
        };
        if word {
            let fast = if len == 1 {
                short_word(table, bytes, i, b.len(), Joiners::Tokenizer)
            } else {
                None
            };
            let (end, cut, bits, hash, space) = match fast {
                // No possessive on the fast path.
                Some((n, bits, hash, space)) => (i + n, 0, bits, hash, space),
                None => {
                    let (end, cut, bits, hash) = slow_word(table, text, b.len(), i, len);
                    (end, cut, bits, hash, b.get(end) == Some(&b' '))
                }
            };
            let at = all.tokens.len();
            push_if(&mut all.caps, at, upper);
            push_if(
                &mut all.maybe_names,
                (at as u32, hash),
                bits & lexicon::NEVER_NAME == 0,
            );
            // `end > i`: in order by construction.
            all.tokens.push(Token::word(i, end, cut, upper, bits, hash));
            // The usual single space after a word, skipped at once.
            i = end + usize::from(space);
        } else {
            // "Mr. Harris", "Sen. Warren": a title's dot joins the title
            // (a dot is rare enough for the test; not in the word path).
            if x == b'.' && dotted_title(table, b, i, all) {
                i += 2;
                continue;
            }
            all.tokens.push(Token::punct(i, i + len));
            // The usual single space after a mark (`, `, `. `), skipped at
            // once too: the loop then mostly starts at a word, one kind of
            // step fewer for the branch predictor to guess.
            i += len + usize::from(b.get(i + len) == Some(&b' '));
        }
    }
}

/// Tokenizes `text` paragraph by paragraph (no tokens for a text over
/// 4 GiB: see [`Token`]), marking `in_quote` the tokens inside the `quoted`
/// spans, which must be apart and in order (each ending by the next one's
/// start).
pub(crate) fn tokenize_all(text: &str, paragraphs: &[Span], quoted: &[Span]) -> Tokens {
    let mut all = Tokens {
        tokens: Vec::with_capacity(text.len() / 4 + 16),
        caps: Vec::with_capacity(text.len() / 32 + 16),
        // About one such word per 11 bytes of news text (one per 12 was
        // too few: the list then grew, copied, at the end of the text).
        maybe_names: Vec::with_capacity(text.len() / 10 + 16),
        paragraph_starts: Vec::with_capacity(paragraphs.len() + 1),
        quoted_tokens: Vec::new(),
    };
    let mut marker = QuoteMarker::new(quoted);
    if u32::try_from(text.len()).is_err() {
        all.paragraph_starts = vec![0; paragraphs.len() + 1];
        all.quoted_tokens = marker.finish(0);
        return all;
    }
    let table = lexicon::table();
    for para in paragraphs {
        let first = all.tokens.len();
        all.paragraph_starts.push(first as u32);
        tokenize_paragraph(table, text, *para, &mut all);
        if let Some(t) = all.tokens.get_mut(first) {
            t.bits |= Token::PARAGRAPH_START;
        }
        marker.mark(
            all.tokens.get_mut(first..).unwrap_or_default(),
            first,
            para.end,
        );
    }
    all.paragraph_starts.push(all.tokens.len() as u32);
    all.quoted_tokens = marker.finish(all.tokens.len());
    all
}

/// The token's word folded for the word lists: its slice of `lower` (the
/// text with ASCII letters lower-cased, same offsets) without a possessive.
#[inline]
pub(crate) fn folded<'a>(lower: &'a str, token: &Token) -> &'a str {
    let start = token.start();
    lower.get(start..start + token.fold_len()).unwrap_or("")
}

/// Whether the token, folded to lower case, is in the word list `list`.
#[inline]
pub(crate) fn is(lower: &str, token: &Token, list: fn(&str) -> bool) -> bool {
    token.is_word() && list(folded(lower, token))
}

#[cfg(test)]
mod tests {
    use super::{fold_len, short_word, tokenize, word_bits, word_end, Joiners};
    use crate::quotes::lexicon;
    use crate::text::Document;

    /// Lists the tokens of `text` as `word` / `[punct]`, each word with the
    /// part kept for the word lists in braces when a possessive is dropped.
    fn check(text: &str, expected: &str) {
        let doc = Document::new(text);
        let got: Vec<String> = tokenize(doc.text(), doc.paragraphs())
            .iter()
            .map(|t| {
                let w = &doc.text()[t.span()];
                if !t.is_word() {
                    return format!("[{w}]");
                }
                let fold = t.fold_len();
                assert_eq!(fold, fold_len(w.as_bytes()));
                assert_eq!(fold, lexicon::strip_possessive(w).len(), "{w}");
                if fold < w.len() {
                    format!("{w}{{{}}}", &w[..fold])
                } else {
                    w.to_string()
                }
            })
            .collect();
        assert_eq!(got.join(" "), expected);
    }

    #[test]
    fn words_marks_and_possessives() {
        check(
            "“Yes,” Ana’s aide said. The leaders' U.S-based Secretary-General’S rock ’n’ roll.",
            "[“] Yes [,] [”] Ana’s{Ana} aide said [.] The leaders ['] U.S-based \
             Secretary-General’S{Secretary-General} rock [’] n [’] roll [.]",
        );
        check(
            "Zoë’s café, 2.5bn-pound 'quote's end",
            "Zoë’s{Zoë} café [,] 2.5bn-pound ['] quote's{quote} end",
        );
    }

    #[test]
    fn paragraph_starts_agree_with_the_paragraphs() {
        let text = "“Yes,” she said.\n\n\n\nA second one: 1.\n“\n\nLast, Zoë’s";
        let doc = Document::new(text);
        let all = super::tokenize_all(doc.text(), doc.paragraphs(), &[]);
        let starts = &all.paragraph_starts;
        assert_eq!(starts.len(), doc.paragraphs().len() + 1);
        assert_eq!(*starts.last().unwrap_or(&0) as usize, all.tokens.len());
        for (p, para) in doc.paragraphs().iter().enumerate() {
            let (a, b) = (starts[p] as usize, starts[p + 1] as usize);
            for (k, t) in all.tokens.iter().enumerate().take(b).skip(a) {
                assert!(para.contains(t.span()), "token {k} in paragraph {p}");
                assert_eq!(t.starts_paragraph(), k == a, "token {k}");
            }
        }
        assert!(all.tokens.iter().filter(|t| t.starts_paragraph()).count() >= 3);
    }

    #[test]
    fn folded_hashes_are_the_tokens_hashes() {
        let text = "“Yes,” Ana’s aide SAID. Zoë’s café, the U.S-based Secretary-General’S \
                    internationally-recognised-and-very-long-compound-word O'Neill's 12.5bn";
        let doc = Document::new(text);
        let lower = doc.text().to_ascii_lowercase();
        let toks = tokenize(doc.text(), doc.paragraphs());
        let mut words = 0;
        for t in toks.iter().filter(|t| t.is_word()) {
            let folded = super::folded(&lower, t);
            assert_eq!(super::folded_hash(folded.as_bytes()), t.hash(), "{folded}");
            words += 1;
        }
        assert!(words >= 12);
    }

    #[test]
    fn maybe_names_are_the_words_of_no_never_name_list() {
        let text = "“Yes,” the aide said. He met Ana Diaz in Paris.\n\nIt was Zoë’s day; \
                    officials and the BBC's Tom Hale said no.";
        let doc = Document::new(text);
        let all = super::tokenize_all(doc.text(), doc.paragraphs(), &[]);
        let expected: Vec<(u32, u32)> = (0..all.tokens.len() as u32)
            .filter(|&k| {
                let t = &all.tokens[k as usize];
                t.is_word() && t.bits() & lexicon::NEVER_NAME == 0
            })
            .map(|k| (k, all.tokens[k as usize].hash()))
            .collect();
        assert_eq!(all.maybe_names, expected);
        assert!(expected.len() >= 8 && expected.len() < all.tokens.len() / 2);
    }

    #[test]
    fn short_words_read_at_once_match_the_byte_loop() {
        let text = "Ana SAID: “It’s 2024, we’re OK.” The U.S-led x9 group’s plan, 12345678 \
                    words8ch and Zoë said no-one. Ok, SPOKESWOMAN Internationally \
                    abcdefghijklmno abcdefghijklmnop SpokeswomanX’s unconstitutional. Ok \
                    said. The end.” U.S. x.y said” she said’s it’s non‑stop well- well-x \
                    word'-x R&D a&. leaders' said… ’Tis 1.5 half. 12.";
        let b = text.as_bytes();
        let mut fast = 0;
        for i in 0..b.len() {
            let starts =
                b[i].is_ascii_alphanumeric() && (i == 0 || !b[i - 1].is_ascii_alphanumeric());
            if !starts {
                continue;
            }
            if let Some((n, bits, hash, space)) =
                short_word(lexicon::table(), b, i, text.len(), Joiners::Tokenizer)
            {
                fast += 1;
                assert_eq!(space, b.get(i + n) == Some(&b' '));
                let end = word_end(text, i + 1);
                assert_eq!(n, end - i, "{}", &text[i..end]);
                assert_eq!(n, fold_len(&b[i..end]));
                assert_eq!(
                    (bits, hash),
                    word_bits(lexicon::table(), b, i, n),
                    "{}",
                    &text[i..end]
                );
            }
        }
        assert!(fast >= 10, "{fast} words took the fast path");
    }
}
