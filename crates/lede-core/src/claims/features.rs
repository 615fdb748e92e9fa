//! Feature hashing for the claim model, byte for byte the same as
//! `tools/train-claims/features.py` (the training side).
//!
//! The specification, shared by both sides:
//! - tokens are maximal runs of ASCII letters and digits in the UTF-8 bytes;
//!   every other byte separates tokens (so "don’t" gives `don`, `t` and
//!   "Zürich" gives `z`, `rich`); letters are lower-cased and every digit
//!   becomes `0`;
//! - 32-bit FNV-1a hashes a token (unigram) or the first token, one space
//!   byte and the second token (bigram); the bucket is the low 16 bits;
//! - each occurrence counts once more;
//! - eight hand features, see [`Hand`].
//!
//! Hashing streams over the text: no allocation per token.

use std::sync::OnceLock;

/// Number of hash buckets (2^16).
pub const BUCKETS: usize = 1 << 16;

const FNV_OFFSET: u32 = 0x811c_9dc5;
const FNV_PRIME: u32 = 0x0100_0193;

/// Number words (the `number_word` hand feature).
const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "trillion",
    "trillions",
    "dozen",
    "dozens",
    "half",
    "quarter",
    "twice",
    "double",
    "triple",
];

/// Currency words (the `money` hand feature, besides `$`, `£` and `€`).
const MONEY_WORDS: &[&str] = &[
    "dollar", "dollars", "pound", "pounds", "euro", "euros", "bn",
];

/// Common irregular past-tense forms (with the "didn" of "didn't").
const IRREGULAR_PAST: &[&str] = &[
    "was", "were", "met", "held", "took", "came", "went", "began", "cut", "left", "fired",
    "struck", "won", "lost", "made", "gave", "sent", "led", "fell", "rose", "spent", "paid",
    "sold", "bought", "built", "saw", "found", "hit", "shot", "ran", "flew", "drew", "wrote",
    "spoke", "broke", "brought", "told", "said", "got", "had", "became", "put", "kept", "caught",
    "stole", "drove", "threw", "thrown", "chose", "sought", "taught", "fought", "did", "didn",
];

/// Word classes of a folded token, for the hand features: a set of bits,
/// the classes that are hand features on their [`Flags`] bit (so that a
/// token's classes are or-ed into the flags at once).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct WordClass(u32);

impl WordClass {
    const NUMBER: u32 = Flags::NUMBER_WORD;
    const MONEY: u32 = Flags::MONEY;
    const PERCENT: u32 = Flags::PERCENT;
    /// A first- or second-person pronoun (any case; [`Hand::personal`]).
    const PERSONAL: u32 = Flags::PERSONAL;
    const PAST: u32 = 1 << 16;
    const PER: u32 = 1 << 17;
    const CENT: u32 = 1 << 18;
    /// The classes that set their hand feature as they are.
    const HAND: u32 =
        WordClass::NUMBER | WordClass::MONEY | WordClass::PERCENT | WordClass::PERSONAL;
}

/// First- and second-person pronouns, folded: a superset of the
/// case-sensitive list of `Sentence::own_voice`, read through
/// [`Hand::personal`] so that the rule scans only sentences that have one.
const PERSONAL: &[&str] = &[
    "i",
    "me",
    "my",
    "mine",
    "myself",
    "we",
    "us",
    "our",
    "ours",
    "ourselves",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
];

/// The listed words by the FNV-1a hash of their bytes, sorted, and a
/// direct-mapped index by the low 12 bits of the hash, so that a token costs
/// one look-up (and a search only on the rare slot shared by two words);
/// built once.
struct WordTable {
    words: Vec<(u32, &'static str, WordClass)>,
    /// 0: no listed word has these hash bits; [`SHARED`]: several do;
    /// otherwise one more than the index of the only one in `words`.
    slots: [u8; SLOTS],
}

const SLOTS: usize = 4096;
const SHARED: u8 = u8::MAX;

fn word_table() -> &'static WordTable {
    static TABLE: OnceLock<WordTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: Vec<(u32, &'static str, WordClass)> = Vec::new();
        let mut add = |word: &'static str, class: u32| {
            let h = fnv(FNV_OFFSET, word.bytes());
            match table.iter_mut().find(|e| e.1 == word) {
                Some(e) => e.2 .0 |= class,
                None => table.push((h, word, WordClass(class))),
            }
        };
        for w in NUMBER_WORDS {
            add(w, WordClass::NUMBER);
        }
        for w in MONEY_WORDS {
            add(w, WordClass::MONEY);
        }
        for w in IRREGULAR_PAST {
            add(w, WordClass::PAST);
        }
        for w in PERSONAL {
            add(w, WordClass::PERSONAL);
        }
        add("percent", WordClass::PERCENT);
        add("percentage", WordClass::PERCENT);
        add("per", WordClass::PER);
        add("cent", WordClass::CENT);
        crate::sort::stable_sort_by(&mut table, |a, b| a.0.cmp(&b.0));
        let mut slots = [0u8; SLOTS];
        for (i, &(h, _, _)) in table.iter().enumerate() {
            let slot = &mut slots[h as usize & (SLOTS - 1)];
            *slot = match (*slot, u8::try_from(i + 1)) {
                (0, Ok(one_more)) if one_more != SHARED => one_more,
                _ => SHARED,
            };
        }
        WordTable {
            words: table,
            slots,
        }
    })
}

/// The word class of a token, given its unigram hash and its raw bytes
/// (called for the tokens whose bucket's [`Watch`] byte says a listed
/// word may be one).
#[inline(always)]
fn word_class(table: &WordTable, hash: u32, raw: &[u8]) -> WordClass {
    match table.slots[hash as usize & (SLOTS - 1)] {
        0 => WordClass::default(),
        slot => listed_word_class(table, slot, hash, raw),
    }
}

/// [`word_class`] of a token whose slot is taken.
#[cold]
#[inline(never)]
fn listed_word_class(table: &WordTable, slot: u8, hash: u32, raw: &[u8]) -> WordClass {
    let is =
        |word: &str| word.len() == raw.len() && word.bytes().zip(raw).all(|(w, &r)| fold(r) == w);
    let words = &table.words;
    if slot != SHARED {
        return match words.get(usize::from(slot) - 1) {
            Some(&(h, word, class)) if h == hash && is(word) => class,
            _ => WordClass::default(),
        };
    }
    let mut i = words.partition_point(|e| e.0 < hash);
    while let Some(&(h, word, class)) = words.get(i) {
        if h != hash {
            break;
        }
        if is(word) {
            return class;
        }
        i += 1;
    }
    WordClass::default()
}

/// The hand features, in the order the weights file stores them.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Hand {
    /// A token with a digit.
    pub digit: bool,
    /// A number word ("seven", "dozen", "million").
    pub number_word: bool,
    /// `$`, `£`, `€` or a currency word.
    pub money: bool,
    /// `%`, "percent", "percentage" or "per cent".
    pub percent: bool,
    /// A four-digit token from 1900 to 2099.
    pub year: bool,
    /// Number of tokens.
    pub tokens: usize,
    /// A past-tense verb: a token longer than four bytes ending in "ed", or
    /// a common irregular past ("met", "took").
    pub past: bool,
    /// A token other than the first that starts with a capital (not "I").
    pub name: bool,
    /// Not a model feature (the rules read it): a past-tense verb written
    /// in lower case ("announced", "met"), so that "United" is not one.
    pub past_lowercase: bool,
    /// Not a model feature (the rules read it): a first- or second-person
    /// pronoun in any case ("I", "we", "You", "US"), so that the own-voice
    /// test of the rules scans only sentences that may have one.
    pub personal: bool,
}

impl Hand {
    /// The feature values, as the model multiplies them.
    pub fn values(&self) -> [f64; 8] {
        let b = |x: bool| if x { 1.0 } else { 0.0 };
        [
            b(self.digit),
            b(self.number_word),
            b(self.money),
            b(self.percent),
            b(self.year),
            self.tokens.min(60) as f64 / 30.0,
            b(self.past),
            b(self.name),
        ]
    }
}

/// The hand features as bits of one `u32` while a text is hashed: the
/// hashing loop keeps one value for them instead of ten booleans (in wasm,
/// ten locals that V8 spilled around every token), and a listed word's
/// classes are or-ed in at once.
struct Flags;

impl Flags {
    const DIGIT: u32 = 1;
    const NUMBER_WORD: u32 = 1 << 1;
    const MONEY: u32 = 1 << 2;
    const PERCENT: u32 = 1 << 3;
    const YEAR: u32 = 1 << 4;
    const PAST: u32 = 1 << 5;
    const NAME: u32 = 1 << 6;
    const PAST_LOWERCASE: u32 = 1 << 7;
    const PERSONAL: u32 = 1 << 8;
    /// Not a hand feature: the previous token was "per" (for "per cent").
    const AFTER_PER: u32 = 1 << 9;
    /// Not a hand feature: a token with a digit also has a letter ("5bn"),
    /// so that a pronoun may be glued to it ([`Visit::Pronoun`]).
    const LETTERS: u32 = 1 << 10;

    /// The hand features of `flags`, with `tokens` tokens.
    fn hand(flags: u32, tokens: usize) -> Hand {
        let has = |bit: u32| flags & bit != 0;
        Hand {
            digit: has(Flags::DIGIT),
            number_word: has(Flags::NUMBER_WORD),
            money: has(Flags::MONEY),
            percent: has(Flags::PERCENT),
            year: has(Flags::YEAR),
            tokens,
            past: has(Flags::PAST),
            name: has(Flags::NAME),
            past_lowercase: has(Flags::PAST_LOWERCASE),
            personal: has(Flags::PERSONAL),
        }
    }
}

/// Each byte folded (letters lower-cased, digits `0`), or [`SEPARATOR`]
/// for a byte that separates tokens, or [`SIGN`] for a separator that may
/// start a money or percent sign (`$`, `%`, and the lead bytes of `£` and
/// `€`) or is another mark ([`is_mark`]): one table look-up per byte of
/// text.
const FOLD: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = if c.is_ascii_digit() {
            b'0'
        } else if c.is_ascii_alphabetic() {
            c.to_ascii_lowercase()
        } else if matches!(c, b'$' | b'%' | b'"' | b'(' | b'/' | 0xC2 | 0xE2) {
            SIGN
        } else {
            SEPARATOR
        };
        b += 1;
    }
    table
};

/// [`FOLD`] of a plain separator.
const SEPARATOR: u8 = 0;
/// [`FOLD`] of a separator that may start a money or percent sign, or is
/// another mark ([`is_mark`]).
const SIGN: u8 = 1;

fn fold(b: u8) -> u8 {
    if b.is_ascii_digit() {
        b'0'
    } else {
        b.to_ascii_lowercase()
    }
}

fn fnv(mut h: u32, bytes: impl Iterator<Item = u8>) -> u32 {
    for b in bytes {
        h ^= u32::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// Whether `raw` ends with "ed" in any case.
fn ends_with_ed(raw: &[u8]) -> bool {
    matches!(raw, [.., b'e' | b'E', b'd' | b'D'])
}

/// The 8 bytes of `bytes` from `at` as a little-endian word (the first
/// byte lowest), zeros past the end.
#[inline(always)]
fn word_at(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        Some(&chunk) => u64::from_le_bytes(chunk),
        None => word_at_end(bytes, at),
    }
}

/// [`word_at`] in the last 7 bytes of `bytes`.
#[cold]
#[inline(never)]
fn word_at_end(bytes: &[u8], at: usize) -> u64 {
    let mut chunk = [0u8; 8];
    let rest = bytes.get(at..).unwrap_or_default();
    let n = rest.len().min(8);
    chunk[..n].copy_from_slice(&rest[..n]);
    u64::from_le_bytes(chunk)
}

/// `0x01` in every byte of a word.
const ONES: u64 = 0x0101_0101_0101_0101;
/// `0x80` in every byte of a word.
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The multiplicative inverse of [`FNV_PRIME`] modulo 2^32 (the prime is
/// odd): Newton's iteration, each step doubling the correct low bits.
const FNV_PRIME_INVERSE: u32 = {
    let mut inv = FNV_PRIME;
    let mut k = 0;
    while k < 5 {
        inv = inv.wrapping_mul(2u32.wrapping_sub(FNV_PRIME.wrapping_mul(inv)));
        k += 1;
    }
    inv
};

/// `FNV_PRIME_INVERSE` to the power `k`, for `k` in 0..=8 (see
/// [`Short::hash`]).
const UNDO_ZEROS: [u32; 9] = {
    let mut table = [1u32; 9];
    let mut k = 1;
    while k < 9 {
        table[k] = table[k - 1].wrapping_mul(FNV_PRIME_INVERSE);
        k += 1;
    }
    table
};

/// The token at the start of an 8-byte word of text, when it is shorter
/// than the word.
///
/// What it does: finds the token's length, its folded bytes (letters
/// lower-cased, digits `0`) and whether it has a digit with a few 64-bit
/// operations on the whole word (SWAR), and hashes it with a fixed eight
/// FNV-1a steps ([`Short::hash`]).
///
/// Why: the byte loop left at each token's end, a branch whose outcome is
/// the token's length, which a branch predictor cannot know: it missed
/// about once per token, the largest cost of the hashing pass. Here the
/// loop's trip count is always eight and nothing branches on the length
/// (the hash values are the same, see [`Short::hash`]).
///
/// Example: the word `b"said it "` holds the token "said": length 4,
/// folded bytes "said", no digit.
#[derive(Clone, Copy, Debug)]
struct Short {
    /// The token's length: 1 to 7, or 8 when it fills the word (and may go
    /// on: not a short token).
    len: usize,
    /// The folded token in the word's last `len` bytes (right-aligned),
    /// zeros before it.
    folded: u64,
    /// Whether the token has a digit.
    digits: bool,
}

impl Short {
    /// The token starting at the first byte of `word` (whose first byte
    /// is a letter or digit).
    #[inline(always)]
    fn of(word: u64) -> Short {
        let ascii = !word & HIGHS;
        let low = word & !HIGHS;
        // Per byte, 0x80 when the byte is in a range: a byte of at most
        // 0x7F plus (0x80 - first) reaches 0x80 from the first on, plus
        // (0x7F - last) passes the last; no carry crosses a byte.
        let digit = (low + 0x50 * ONES) & !(low + 0x46 * ONES) & ascii;
        let lower = low | (0x20 * ONES);
        let letter = (lower + 0x1F * ONES) & !(lower + 0x05 * ONES) & ascii;
        let stop = !(digit | letter) & HIGHS;
        let len = (stop.trailing_zeros() / 8) as usize;
        // Letters gain 0x20 (lower case), digits lose their low nibble.
        let folded = (word | letter >> 2) & !((digit >> 7) * 0x0F);
        // The bytes after the token are shifted out; for a long token
        // (`len` 8) nothing is, and nothing reads the result.
        let shift = (64 - 8 * len as u32) & 63;
        Short {
            len,
            folded: folded << shift,
            digits: digit << shift != 0,
        }
    }

    /// The unigram's FNV-1a hash, and the bigram's from `bigram_from` (the
    /// state after the previous token and a space).
    ///
    /// Eight FNV-1a steps over the word whose first `8 - len` bytes are
    /// zero: a zero byte's step only multiplies by [`FNV_PRIME`], so
    /// starting from the state times the inverse prime to the power
    /// `8 - len` ([`UNDO_ZEROS`]) gives, after those steps, the state
    /// itself, and then the token's own steps: exactly its FNV-1a hash.
    #[inline(always)]
    fn hash(self, bigram_from: u32) -> (u32, u32) {
        let undo = UNDO_ZEROS[8 - self.len];
        let mut h = FNV_OFFSET.wrapping_mul(undo);
        let mut hb = bigram_from.wrapping_mul(undo);
        for k in 0..8 {
            let f = (self.folded >> (8 * k)) as u32 & 0xFF;
            h = (h ^ f).wrapping_mul(FNV_PRIME);
            hb = (hb ^ f).wrapping_mul(FNV_PRIME);
        }
        (h, hb)
    }

    /// Whether the token ends with "ed" (folded).
    #[inline(always)]
    fn ends_with_ed(self) -> bool {
        self.folded >> 48 == u64::from(u16::from_le_bytes(*b"ed"))
    }
}

/// One n-gram occurrence: its bucket and the bytes it covers (relative to
/// the hashed text).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gram {
    /// Bucket index.
    pub bucket: usize,
    /// Byte offset of the first token.
    pub start: usize,
    /// Byte offset one past the last token.
    pub end: usize,
}

/// The bucket of a token's unigram: `word` hashed as [`hash`] hashes a
/// token (letters lower-cased, digits `0`). `word` is a run of ASCII
/// letters and digits.
pub fn bucket(word: &[u8]) -> usize {
    fnv(FNV_OFFSET, word.iter().map(|&b| fold(b))) as usize & (BUCKETS - 1)
}

/// The bucket of the bigram of two tokens, hashed as [`hash`] hashes it.
pub fn bigram_bucket(first: &[u8], second: &[u8]) -> usize {
    let h = fnv(FNV_OFFSET, first.iter().map(|&b| fold(b)));
    let h = fnv(h, std::iter::once(b' '));
    fnv(h, second.iter().map(|&b| fold(b))) as usize & (BUCKETS - 1)
}

/// What the hashing pass saw at one place of the text, besides n-grams:
/// see [`hash_tokens`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Visit {
    /// A token starts at byte `start`; `bucket` is its unigram bucket.
    Token {
        /// Byte offset of the token.
        start: usize,
        /// Its unigram bucket.
        bucket: usize,
    },
    /// The bigram of the previous token and the one just visited: the
    /// previous token starts at byte `start`; `bucket` is the bigram's.
    Bigram {
        /// Byte offset of the bigram's first token.
        start: usize,
        /// The bigram's bucket.
        bucket: usize,
    },
    /// A byte that is not a letter or digit and may matter to a reader of
    /// the text, at this byte offset: one of [`is_mark`].
    Mark(usize),
    /// The token `start..end` may be or hold a first- or second-person
    /// pronoun: it folds to one ("we", "US", "You"), or it has a digit and
    /// a letter, so that a pronoun may be glued to it ("2we"). Visited
    /// before the token's [`Visit::Token`].
    Pronoun {
        /// Byte offset of the token.
        start: usize,
        /// Byte offset one past its end.
        end: usize,
    },
}

/// What reads the [`Visit`]s of [`hash_tokens`]: any `FnMut(Visit)`, or a
/// type whose `visit` is inlined into the hashing loop (a closure may not
/// be, and then costs a call per token).
pub trait Visitor {
    /// Reads one visit.
    fn visit(&mut self, visit: Visit);
}

impl<F: FnMut(Visit)> Visitor for F {
    fn visit(&mut self, visit: Visit) {
        self(visit);
    }
}

/// Whether [`hash_tokens`] reports the byte `b` as a [`Visit::Mark`]: `$`,
/// `%`, `"`, `(`, `/`, and the lead bytes `C2` and `E2` (of `£`, `€`,
/// curly quotes and apostrophes, dashes).
pub fn is_mark(b: u8) -> bool {
    FOLD[usize::from(b)] == SIGN
}

/// Hashes `text`: calls `each` for every unigram and bigram (unigram of a
/// token first, then the bigram ending at it) and returns the hand features.
pub fn hash(text: &str, each: impl FnMut(Gram)) -> Hand {
    hash_tokens(text, each, &mut |_| {})
}

/// [`hash`], and also calls `visit` for every token (after its unigram),
/// every bigram (after it), every mark byte ([`is_mark`]) and every token
/// that may be or hold a pronoun ([`Visit::Pronoun`]), in text order, so
/// that the caller reads the text without tokenizing or scanning it again
/// (the claim rules' phrase scan, the quotation state and the own-voice
/// test do).
pub fn hash_tokens(text: &str, each: impl FnMut(Gram), visitor: &mut impl Visitor) -> Hand {
    hash_watched(text, Watch::every(), each, visitor)
}

/// Which buckets a hashing pass reports to its [`Visitor`]: a byte per
/// bucket, read once per n-gram.
///
/// What it does: marks the unigram buckets whose tokens the caller wants to
/// visit ([`Visit::Token`]) and the bigram buckets whose bigrams it wants
/// ([`Visit::Bigram`]); [`hash_watched`] skips the others. The same byte
/// also tells whether a listed word of the hand features has the bucket,
/// so most tokens skip that look-up too.
///
/// Why: the claim rules' phrase scan walks from a few hundred first words
/// and word pairs; testing its own bit sets per token, and the word list's
/// slots, took three look-ups in three tables per token (with the pointers
/// kept for them, about a tenth of the hashing pass); one byte answers all
/// three.
///
/// Example: the scan of the claim rules watches the bucket of `said`, so
/// the pass visits every `said` (and the few words sharing its bucket).
pub struct Watch {
    bits: Box<[u8; BUCKETS]>,
}

impl Watch {
    const TOKEN: u8 = 1;
    const BIGRAM: u8 = 2;
    const LISTED: u8 = 4;

    /// Watches the tokens with a unigram bucket of `tokens` and the bigrams
    /// with a bucket of `bigrams` (out-of-range buckets are ignored).
    pub fn new(
        tokens: impl IntoIterator<Item = usize>,
        bigrams: impl IntoIterator<Item = usize>,
    ) -> Watch {
        Watch::with(0, tokens, bigrams)
    }

    fn with(
        fill: u8,
        tokens: impl IntoIterator<Item = usize>,
        bigrams: impl IntoIterator<Item = usize>,
    ) -> Watch {
        let mut bits: Box<[u8; BUCKETS]> = vec![fill; BUCKETS]
            .into_boxed_slice()
            .try_into()
            .unwrap_or_else(|_| Box::new([fill; BUCKETS]));
        let mut mark = |bucket: usize, bit: u8| {
            if let Some(b) = bits.get_mut(bucket) {
                *b |= bit;
            }
        };
        tokens.into_iter().for_each(|b| mark(b, Watch::TOKEN));
        bigrams.into_iter().for_each(|b| mark(b, Watch::BIGRAM));
        for &(h, _, _) in &word_table().words {
            mark(h as usize & (BUCKETS - 1), Watch::LISTED);
        }
        Watch { bits }
    }

    /// Watches every token and bigram (what [`hash_tokens`] reports).
    pub fn every() -> &'static Watch {
        static EVERY: OnceLock<Watch> = OnceLock::new();
        EVERY.get_or_init(|| Watch::with(Watch::TOKEN | Watch::BIGRAM, [], []))
    }
}

/// [`hash_tokens`], but visiting only the tokens and bigrams that `watch`
/// watches (marks are all visited).
pub fn hash_watched(
    text: &str,
    watch: &Watch,
    mut each: impl FnMut(Gram),
    visitor: &mut impl Visitor,
) -> Hand {
    let mut visit = |v: Visit| visitor.visit(v);
    let bytes = text.as_bytes();
    let table = word_table();
    let watched = &*watch.bits;
    let mut flags = 0u32;
    // The previous token's start, and the FNV state after it and a space
    // (where the bigram ending at the next token starts); meaningful once
    // a token was seen.
    let mut prev_start = 0;
    let mut bigram_from = 0u32;
    let mut tokens = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let first = FOLD[usize::from(bytes[i])];
        if first <= SIGN {
            // Money and percent signs lie between tokens: `$`, `%`, `£`
            // (C2 A3) and `€` (E2 82 AC).
            if first == SIGN {
                flags |= sign_at(bytes, i);
                visit(Visit::Mark(i));
            }
            i += 1;
            continue;
        }
        let start = i;
        // The unigram and the bigram ending here, hashed in one pass: a
        // token of at most 7 bytes from one 8-byte word with no exit per
        // byte (most tokens), a longer one byte by byte.
        let word = word_at(bytes, i);
        let short = Short::of(word);
        let (h, hb, digit, ends_ed, len);
        if short.len < 8 {
            (h, hb) = short.hash(bigram_from);
            digit = short.digits;
            // `&`, not `&&`: no branch on the length.
            ends_ed = (short.len > 4) & short.ends_with_ed();
            len = short.len;
        } else {
            let mut hl = FNV_OFFSET;
            let mut hbl = bigram_from;
            // The AND of the folded bytes: bit 0x40 is set in every folded
            // letter and clear in `0`, so it is clear when a digit occurred.
            let mut all = 0xFFu8;
            let mut end = start;
            for &b in &bytes[start..] {
                let f = FOLD[usize::from(b)];
                if f <= SIGN {
                    break;
                }
                all &= f;
                let f = u32::from(f);
                hl = (hl ^ f).wrapping_mul(FNV_PRIME);
                hbl = (hbl ^ f).wrapping_mul(FNV_PRIME);
                end += 1;
            }
            (h, hb) = (hl, hbl);
            digit = all & 0x40 == 0;
            len = end - start;
            ends_ed = len > 4 && ends_with_ed(&bytes[start..end]);
        }
        i = start + len;
        let raw = &bytes[start..i];
        let bucket = h as usize & (BUCKETS - 1);
        let seen = watched[bucket];
        tokens += 1;
        // The token's hand features first, while its length and digit
        // flag are at hand (fewer values kept across the n-grams below).
        if digit {
            let found = digit_flags(raw);
            flags |= found;
            if found & Flags::LETTERS != 0 {
                visit(Visit::Pronoun { start, end: i });
            }
        }
        let after_per = flags & Flags::AFTER_PER != 0;
        flags &= !Flags::AFTER_PER;
        let mut past = ends_ed;
        if seen & Watch::LISTED != 0 {
            // Few tokens: most have a bucket no listed word has.
            let class = word_class(table, h, raw).0;
            if class & WordClass::PERSONAL != 0 {
                visit(Visit::Pronoun { start, end: i });
            }
            flags |= class & WordClass::HAND;
            if class & WordClass::CENT != 0 && after_per {
                flags |= Flags::PERCENT;
            }
            if class & WordClass::PER != 0 {
                flags |= Flags::AFTER_PER;
            }
            past |= class & WordClass::PAST != 0;
        }
        // The past and name flags without branches (whether a token is
        // one depends on the text alone, which a predictor cannot know).
        let first = raw[0];
        let past_flags =
            Flags::PAST | (Flags::PAST_LOWERCASE * u32::from(first.is_ascii_lowercase()));
        flags |= past_flags * u32::from(past);
        let name = (tokens > 1) & first.is_ascii_uppercase() & ((len != 1) | (first != b'I'));
        flags |= Flags::NAME * u32::from(name);
        // Then its unigram and the bigram ending at it.
        each(Gram {
            bucket,
            start,
            end: i,
        });
        if seen & Watch::TOKEN != 0 {
            visit(Visit::Token { start, bucket });
        }
        if tokens > 1 {
            each(Gram {
                bucket: hb as usize & (BUCKETS - 1),
                start: prev_start,
                end: i,
            });
            if watched[hb as usize & (BUCKETS - 1)] & Watch::BIGRAM != 0 {
                visit(Visit::Bigram {
                    start: prev_start,
                    bucket: hb as usize & (BUCKETS - 1),
                });
            }
        }
        prev_start = start;
        bigram_from = fnv(h, std::iter::once(b' '));
        // A plain separator after the token (most often the one space
        // between words) is passed here rather than by a turn of the loop.
        if bytes
            .get(i)
            .is_some_and(|&b| FOLD[usize::from(b)] == SEPARATOR)
        {
            i += 1;
        }
    }
    Flags::hand(flags, tokens)
}

/// The money and percent flags of the separator at `bytes[at]`: `$`, `%`,
/// `£` (C2 A3) and `€` (E2 82 AC). Out of line, as is [`digit_flags`]:
/// both are rare (a mark, a token with a digit), and inlined they took
/// registers from the hashing loop (in V8: -3 wasm instructions per byte
/// of text in the hashing pass with both out of line and the hand
/// features as [`Flags`]).
#[cold]
#[inline(never)]
fn sign_at(bytes: &[u8], at: usize) -> u32 {
    match bytes[at] {
        b'$' => Flags::MONEY,
        b'%' => Flags::PERCENT,
        0xC2 if bytes.get(at + 1) == Some(&0xA3) => Flags::MONEY,
        0xE2 if bytes.get(at + 1..at + 3) == Some(&[0x82, 0xAC]) => Flags::MONEY,
        _ => 0,
    }
}

/// The flags of a token `raw` with a digit: [`Flags::DIGIT`],
/// [`Flags::YEAR`] for a four-digit token from 1900 to 2099, and
/// [`Flags::LETTERS`] when it also has a letter.
#[cold]
#[inline(never)]
fn digit_flags(raw: &[u8]) -> u32 {
    if raw.len() == 4
        && raw.iter().all(u8::is_ascii_digit)
        && (raw.starts_with(b"19") || raw.starts_with(b"20"))
    {
        Flags::DIGIT | Flags::YEAR
    } else if raw.iter().any(u8::is_ascii_alphabetic) {
        Flags::DIGIT | Flags::LETTERS
    } else {
        Flags::DIGIT
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expect_tokens: usize, expect: [f64; 8]) {
        let mut grams = 0;
        let hand = hash(text, |_| grams += 1);
        assert_eq!(hand.tokens, expect_tokens);
        assert_eq!(
            grams,
            if expect_tokens == 0 {
                0
            } else {
                2 * expect_tokens - 1
            }
        );
        assert_eq!(hand.values(), expect);
    }

    #[test]
    fn hand_features() {
        check("", 0, [0.0; 8]);
        let costs = [1.0, 0.0, 0.0, 1.0, 1.0, 7.0 / 30.0, 1.0, 0.0];
        check("Costs rose 5 per cent in 1999.", 7, costs);
        let dozen = [1.0, 1.0, 1.0, 0.0, 0.0, 5.0 / 30.0, 1.0, 0.0];
        check("A dozen firms paid €3bn.", 5, dozen);
        let zurich = [0.0, 0.0, 0.0, 0.0, 0.0, 4.0 / 30.0, 0.0, 0.0];
        check("Zürich’s café", 4, zurich);
        let named = [0.0, 0.0, 0.0, 0.0, 0.0, 4.0 / 30.0, 1.0, 1.0];
        check("I visited Leeds today", 4, named);
    }

    /// The streaming pass (short tokens from one 8-byte word) against the
    /// byte-by-byte reference: every unigram and bigram bucket, and the
    /// hand features.
    fn check_buckets(text: &str) {
        let tokens: Vec<&[u8]> = text
            .as_bytes()
            .split(|b| !b.is_ascii_alphanumeric())
            .filter(|t| !t.is_empty())
            .collect();
        let mut expect = Vec::new();
        for (k, t) in tokens.iter().enumerate() {
            expect.push(bucket(t));
            if k > 0 {
                expect.push(bigram_bucket(tokens[k - 1], t));
            }
        }
        let mut got = Vec::new();
        let mut pronouns = Vec::new();
        let hand = hash_tokens(text, |g| got.push(g.bucket), &mut |v| {
            if let Visit::Pronoun { start, end } = v {
                pronouns.push(&text.as_bytes()[start..end]);
            }
        });
        assert_eq!(got, expect, "{text:?}");
        // The digit flags and pronoun visits, against their byte-by-byte
        // definitions.
        let digit = |t: &&[u8]| t.iter().any(u8::is_ascii_digit);
        let year = |t: &&[u8]| {
            t.len() == 4 && t.iter().all(u8::is_ascii_digit) && matches!(&t[..2], b"19" | b"20")
        };
        let pronoun = |t: &&[u8]| {
            let lower = t.to_ascii_lowercase();
            PERSONAL.iter().any(|p| p.as_bytes() == lower)
                || digit(t) && t.iter().any(u8::is_ascii_alphabetic)
        };
        assert_eq!(hand.digit, tokens.iter().any(digit), "{text:?}");
        assert_eq!(hand.year, tokens.iter().any(year), "{text:?}");
        let expect: Vec<&[u8]> = tokens.iter().copied().filter(pronoun).collect();
        assert_eq!(pronouns, expect, "{text:?}");
    }

    #[test]
    fn short_tokens_hash_as_bytes() {
        check_buckets("a bb ccc dddd eeeee ffffff ggggggg hhhhhhhh iiiiiiiii");
        check_buckets("Costs ROSE 5 per cent, in 1999: 12bn/£3.5m (we'd said).");
        check_buckets("Zürich’s café x9 A1b2C3d éa ab€cd");
        check_buckets("end7");
        check_buckets("abcdefghijklmno ABCDEFGHIJKLMNOP abcdefghijklmnopqrstu 12345678");
        check_buckets("Twelve12bytes, fifteen-letters: sixteenlettersAB");
        check_buckets(
            "In 1999 and 2020, not 2100 or 1899 or 19999; 5bn 10am 2we We US 1234567890ab",
        );
        check_buckets("Headquartered internationally-minded 1234567 12345678");
    }

    #[test]
    fn inverse_prime() {
        assert_eq!(FNV_PRIME.wrapping_mul(FNV_PRIME_INVERSE), 1);
        assert_eq!(UNDO_ZEROS[8].wrapping_mul(FNV_PRIME.wrapping_pow(8)), 1);
    }

    // proptest is a native dev-dependency only (see Cargo.toml).
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn any_text_hashes_as_bytes(text in "[a-zA-Z0-9 ,.'’é€$%-]{0,40}|([12][09][0-9]{2}|we|I|[0-9]{1,3}[a-z]{0,2}|[a-z]{1,12}| ){0,12}") {
            check_buckets(&text);
        }
    }

    #[test]
    fn known_hashes() {
        // FNV-1a 32 of "a" is 0xe40c292c; bucket = low 16 bits.
        let mut buckets = Vec::new();
        hash("A", |g| buckets.push(g.bucket));
        assert_eq!(buckets, [0x292c]);
    }
}
