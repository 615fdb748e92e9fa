//! Figures: numbers with their counted noun or unit, normalised.
//!
//! The text is cut once into tokens ([`tokens`]), a block of whole
//! paragraphs at a time (no rule looks across a paragraph end); a single
//! left-to-right scan then tries, at each token, the rules in this order:
//! [`dates`] (`15 August`, `February 2022`), the decided range "next week
//! to 10 days" ([`ranges`]), a quantity ([`qualifiers`], currency,
//! [`numbers`], [`ranges`], [`units`]), and [`ordinals`]. [`identifiers`]
//! vetoes a quantity that names rather than counts, and [`urls`] skips web
//! addresses; [`display`] writes the
//! short form; [`ellipsis`] then gives a bare number the unit it repeats. A
//! figure found moves the scan past its end, so figures never overlap and
//! come out sorted.
//!
//! ```
//! use lede_core::{figures, Detail, Document};
//!
//! let doc = Document::new("More than 30 nations pledged £5.2bn, but not Article 5.");
//! let found: Vec<String> = figures::extract(&doc)
//!     .iter()
//!     .map(|a| match &a.detail {
//!         Detail::Figure(f) => f.display.clone(),
//!         _ => String::new(),
//!     })
//!     .collect();
//! assert_eq!(found, ["30+ nations", "£5.2bn"]);
//! ```

pub mod ages;
pub mod and_a_half;
pub mod bracketed;
pub mod dates;
pub mod display;
pub mod ellipsis;
pub mod from_to;
pub mod identifiers;
pub mod imperial;
pub mod millions;
pub mod money_and_cents;
pub mod multiples;
pub mod named_models;
pub mod numbers;
pub mod ordinals;
pub mod partitive;
pub mod periods;
pub mod qualifiers;
pub mod race_times;
pub mod ranges;
pub mod scientific;
pub mod scores;
pub mod shares;
pub mod sized;
pub mod symbols;
pub mod table;
pub mod tens;
pub mod tokens;
pub mod units;
pub mod urls;
pub mod vague;

use std::borrow::Cow;

use crate::model::{Annotation, Detail, Figure, FigureKind, Qualifier, Span};
use crate::text::Document;
use numbers::Num;
use tokens::{Ctx, Tk};
use units::UnitMatch;

/// Finds the figures of `doc`, sorted by start, never overlapping.
pub fn extract(doc: &Document) -> Vec<Annotation> {
    extract_text(doc.text())
}

/// Finds the figures of a plain text (what [`extract`] runs on).
pub fn extract_text(text: &str) -> Vec<Annotation> {
    extract_blocks(text, BLOCK, REACH)
}

/// The least size of a block of paragraphs tokenized and scanned at once
/// (bytes): its tokens (about 6 kB per kB of text) stay in the cache
/// while every rule and pass reads them.
const BLOCK: usize = 16 * 1024;

/// [`extract_text`] block by block: whole paragraphs of at least `block`
/// bytes (or the rest of the text) at a time, one token buffer reused.
///
/// Why: no rule looks across a paragraph end (white space holding a line
/// break: [`Ctx::next`] and [`Ctx::prev`] stop there, a figure never
/// spans one, and the passes after the scan join or complete figures of
/// one sentence), so a block gives the figures the whole text gives; a
/// test checks this against one block per paragraph. Tokens of the whole
/// of a long text would not fit in the cache, and each pass would read
/// them from memory again.
fn extract_blocks(text: &str, block: usize, reach: usize) -> Vec<Annotation> {
    // About one figure per 300 bytes of news text: room for most texts
    // without regrowing (and copying) the annotations.
    let mut out = Vec::with_capacity(text.len() / 256);
    let mut toks = Vec::new();
    let mut marked = Vec::new();
    let mut numbers = Vec::new();
    let mut from = 0;
    while from < text.len() {
        // The tokens that may start a figure (a superset of those
        // `may_start` accepts), noted by the tokenizer.
        let buffers = tokens::Block {
            toks: &mut toks,
            marked: &mut marked,
            numbers: &mut numbers,
        };
        let len;
        (from, len) = tokens::tokenize_marking(
            text,
            from,
            from.saturating_add(block),
            &START_MARKS,
            is_start_mark,
            buffers,
        );
        let ctx = Ctx {
            text,
            toks: toks.get(..len).unwrap_or_default(),
        };
        // The passes after the scan see the block's figures only.
        let first = out.len();
        scan(&ctx, &marked, &numbers, reach, &mut out);
        let found = out.get_mut(first..).unwrap_or_default();
        millions::apply(&ctx, found);
        ellipsis::apply(&ctx, found);
        partitive::apply(&ctx, found);
        sized::apply(&ctx, found);
        money_and_cents::apply(&ctx, &mut out, first);
        from_to::apply(&ctx, &mut out, first);
    }
    out
}

/// The scan: the figures starting at the `marked` tokens of `ctx`, in
/// order, added to `out`. `numbers` holds the tokens that may be numbers of
/// their own (every digit run and number word, and some words of the same
/// shapes); a marked token is tried only when it is one of them or one of
/// them follows within `reach` tokens ([`REACH`]; the tests also scan with
/// no limit).
fn scan(ctx: &Ctx, marked: &[u32], numbers: &[u32], reach: usize, out: &mut Vec<Annotation>) {
    let mut i = 0;
    // The first entry of `numbers` at or after the scan's position.
    let mut n = 0;
    for &m in marked {
        // The scan resumes at `i`; the tokens before the next marked one
        // start nothing.
        let m = m as usize;
        if m < i {
            continue;
        }
        i = m;
        while numbers.get(n).is_some_and(|&k| (k as usize) < i) {
            n += 1;
        }
        // No possible number at `i` or within `reach` tokens after it.
        if numbers.get(n).is_none_or(|&k| k as usize - i > reach) {
            continue;
        }
        // A marked word has a start word's shape already.
        let start = match ctx.kind(i) {
            Some(Tk::Word) => {
                let word = ctx.bytes(i);
                let mut start = start_of_word(word, ctx.from(i));
                if is_article(word) && !article_opens(ctx, i) {
                    start.rules &= !ARTICLE_RULES;
                }
                start
            }
            _ => may_start(ctx, i),
        };
        if start.rules == 0 {
            continue;
        }
        match step(ctx, i, start) {
            // A number inside a web address: the scan resumes after it
            // (looked at only once a figure is found: few numbers are in
            // addresses).
            Step::Found(_, _) if ctx.is_num(i) && urls::inside(ctx, i).is_some() => {
                i = urls::inside(ctx, i).map_or(i + 1, |last| last + 1);
            }
            Step::Found(a, next) => {
                out.push(a);
                i = next.max(i + 1);
            }
            Step::Skip(next) => i = next.max(i + 1),
            Step::Nothing => i += 1,
        }
    }
}

/// How many tokens after a start token that is no number of its own (a
/// qualifier, currency, month or article word, a currency or comparison
/// sign) its figure's number can come at most.
///
/// What it does: lets [`scan`] pass over such a token when no number
/// follows it within this many tokens (most sentences have none).
/// Why: "in", "at", "a", "from", "more", "may" are among the commonest
/// words of news text; looking each up and trying a qualifier, a currency
/// and a number after it cost more than the figures found.
/// Example: "greater than or equal to US $ 5": the qualifier ends 8 tokens
/// after "greater"; its next token (10 on; a dot follows only the
/// one-word "approx.") may be a currency word, and the currency's number comes at most 4
/// tokens later (15), or an article ("a dozen") whose number word comes 2
/// tokens after it (17). A month's day or year comes at most 3 tokens after
/// it ("Mar. 15"); "an hour and a half" has "half" 8 tokens on, "next week
/// to ten days" its number 6 on ("a week to a dozen days": 8). Every other
/// rule starts at a number (a test scans the corpus without the limit).
const REACH: usize = 17;

/// The words that are numbers of their own: each a word `numbers::parse`
/// starts a number with (a number word, a multiple, "half", "quarter";
/// after an article "dozen", "hundred", a scale or a fraction word), an
/// ordinal word, or a vague plural ("dozens", "tens"). Each gives its shape
/// to the tokenizer's number marks ([`NUMBER_SHAPES`]): a token of none of
/// these shapes is no number (a test checks the list against the rules).
const NUMBER_WORDS: &[&str] = &[
    "zero",
    "nought",
    "nil",
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
    "fourty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "noughtfold",
    "nilfold",
    "twofold",
    "threefold",
    "fourfold",
    "fivefold",
    "sixfold",
    "sevenfold",
    "eightfold",
    "ninefold",
    "tenfold",
    "elevenfold",
    "twelvefold",
    "thirteenfold",
    "fourteenfold",
    "fifteenfold",
    "sixteenfold",
    "seventeenfold",
    "eighteenfold",
    "nineteenfold",
    "twentyfold",
    "thirtyfold",
    "fortyfold",
    "fourtyfold",
    "fiftyfold",
    "sixtyfold",
    "seventyfold",
    "eightyfold",
    "ninetyfold",
    "hundredfold",
    "thousandfold",
    "half",
    "quarter",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
    "hundredth",
    "thousandth",
    "millionth",
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "trillions",
    "tens",
];

/// The shapes of the [`NUMBER_WORDS`], as [`START_SHAPES`].
const NUMBER_SHAPES: [[u32; 14]; 26] = shapes_of(NUMBER_WORDS);

/// The second letters of the [`NUMBER_WORDS`]: bit `second - b'a'` of
/// `[first - b'a'][len]` is set when an entry of `len` bytes starts with
/// the letters `first`, `second` ([`seconds_of`]).
///
/// What it does: the tokenizer notes a word of a number shape as a
/// possible number only when its second letter is one of these too.
/// Why: the shapes alone (first letter, length, last letter) also fit
/// "this" ("tens"), "there", "should" ("second"), "election" ("eighteen"):
/// more of them in news text than number words, and each lets the scan
/// try the qualifiers and articles before it ([`REACH`]) for nothing. The
/// second letter (by first letter and length) turns away three quarters
/// of them in the BBC corpus ("there" and "election" pass, as "three" and
/// "eleventh" do) at the cost of one table bit, looked up only for words
/// of a number shape.
/// Example: "should" has "second"'s shape (`s`, six letters, `d`), but
/// the six-letter number words starting with `s` ("second", "scores") have
/// `e` or `c` second, not `h`: not noted; "second", "Second" are.
const NUMBER_SECONDS: [[u32; 14]; 26] = seconds_of(NUMBER_WORDS);

enum Step {
    Found(Annotation, usize),
    Skip(usize),
    Nothing,
}

/// Every lower-cased word that can open a figure rule (number, ordinal and
/// month words, qualifier openers, currency prefixes and codes, vague
/// plurals), sorted (a test checks) and looked up through [`START_SLOTS`].
const START_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "aed",
    "almost",
    "an",
    "approx",
    "approximately",
    "apr",
    "april",
    "around",
    "ars",
    "as",
    "at",
    "au",
    "aud",
    "aug",
    "august",
    "aus",
    "bdt",
    "below",
    "between",
    "bgn",
    "bhd",
    "bigger",
    "billion",
    "billions",
    "brl",
    "c",
    "ca",
    "cad",
    "can",
    "cdn",
    "chf",
    "circa",
    "close",
    "clp",
    "cny",
    "cop",
    "czk",
    "dec",
    "december",
    "dkk",
    "dozen",
    "dozens",
    "egp",
    "eight",
    "eighteen",
    "eighteenth",
    "eightfold",
    "eighth",
    "eightieth",
    "eighty",
    "eleven",
    "eleventh",
    "equal",
    "estimated",
    "eur",
    "exceed",
    "exceeding",
    "exceeds",
    "feb",
    "february",
    "fewer",
    "fifteen",
    "fifteenth",
    "fifth",
    "fiftieth",
    "fifty",
    "first",
    "five",
    "fivefold",
    "fortieth",
    "forty",
    "four",
    "fourfold",
    "fourteen",
    "fourteenth",
    "fourth",
    "fourty",
    "from",
    "gbp",
    "ghs",
    "greater",
    "half",
    "higher",
    "hk",
    "hkd",
    "huf",
    "hundred",
    "hundredfold",
    "hundreds",
    "hundredth",
    "idr",
    "ils",
    "in",
    "inr",
    "isk",
    "jan",
    "january",
    "jod",
    "jpy",
    "jul",
    "july",
    "jun",
    "june",
    "just",
    "kes",
    "krw",
    "kwd",
    "larger",
    "lbp",
    "less",
    "lkr",
    "lower",
    "mad",
    "mar",
    "march",
    "maximum",
    "may",
    "million",
    "millions",
    "millionth",
    "minimum",
    "more",
    "mx",
    "mxn",
    "myr",
    "nearly",
    "next",
    "ngn",
    "nil",
    "nine",
    "ninefold",
    "nineteen",
    "nineteenth",
    "ninetieth",
    "ninety",
    "ninth",
    "nis",
    "no",
    "nok",
    "not",
    "nought",
    "nov",
    "november",
    "nt",
    "nz",
    "nzd",
    "oct",
    "october",
    "omr",
    "one",
    "over",
    "php",
    "pkr",
    "pln",
    "ps",
    "qar",
    "quarter",
    "r",
    "rm",
    "rmb",
    "ron",
    "roughly",
    "rs",
    "rub",
    "s",
    "sar",
    "scores",
    "second",
    "sek",
    "sep",
    "sept",
    "september",
    "seven",
    "sevenfold",
    "seventeen",
    "seventeenth",
    "seventh",
    "seventieth",
    "seventy",
    "sg",
    "sgd",
    "six",
    "sixfold",
    "sixteen",
    "sixteenth",
    "sixth",
    "sixtieth",
    "sixty",
    "smaller",
    "some",
    "surpass",
    "ten",
    "tenfold",
    "tens",
    "tenth",
    "thb",
    "third",
    "thirteen",
    "thirteenth",
    "thirtieth",
    "thirty",
    "thousand",
    "thousandfold",
    "thousands",
    "thousandth",
    "three",
    "threefold",
    "trillion",
    "trillions",
    "try",
    "twd",
    "twelfth",
    "twelve",
    "twelvefold",
    "twentieth",
    "twenty",
    "twentyfold",
    "two",
    "twofold",
    "uah",
    "under",
    "up",
    "upwards",
    "us",
    "usd",
    "vnd",
    "well",
    "y",
    "zar",
    "zero",
];

/// A hash of a word's length and of its first, middle and last bytes with
/// the ASCII case bit set: for a word of ASCII letters, the hash of its
/// lower-case form. (Only the entries, all lower-case letters, need a hash
/// that ignores case: any other word merely lands in some slot and fails
/// the comparison.) Three bytes and the length tell the entries apart well
/// enough, and cost the same for any word.
const fn word_hash(bytes: &[u8]) -> usize {
    let n = bytes.len();
    if n == 0 {
        return 0;
    }
    let key = (bytes[0] | 0x20) as u32
        | ((bytes[n / 2] | 0x20) as u32) << 8
        | ((bytes[n - 1] | 0x20) as u32) << 16
        | (n as u32) << 24;
    // Fibonacci hashing: the top bits of the product index the slots.
    (key.wrapping_mul(0x9e37_79b1) >> (32 - SLOTS.trailing_zeros())) as usize
}

const SLOTS: usize = 4096;

/// An open-addressing hash table of the [`START_WORDS`], built at compile
/// time: slot [`word_hash`] (or the next free one) holds an entry's index
/// plus one; 0 is an empty slot, which ends a search (no false negatives).
static START_SLOTS: [u8; SLOTS] = {
    assert!(START_WORDS.len() < 255);
    let mut slots = [0u8; SLOTS];
    let mut k = 0;
    while k < START_WORDS.len() {
        let mut h = word_hash(START_WORDS[k].as_bytes());
        while slots[h] != 0 {
            h = (h + 1) & (SLOTS - 1);
        }
        slots[h] = (k + 1) as u8;
        k += 1;
    }
    slots
};

/// The index in [`START_WORDS`] of the word `s`, ignoring ASCII case;
/// `from` holds the text from the word's first byte on (`s` is its start).
///
/// A word of up to 8 bytes is compared with an entry as one number: its
/// first 8 bytes read from `from` at once, the case bit set and the bytes
/// past its end cleared, against the entry's [`start_heads`] (no loop over
/// the bytes, whose end a branch predictor cannot know). Longer words, and
/// words less than 8 bytes from the end of the text, compare byte by byte.
#[inline]
fn start_word_index(s: &[u8], from: &[u8]) -> Option<usize> {
    let mut h = word_hash(s);
    let head = from
        .get(..8)
        .filter(|_| (1..=8).contains(&s.len()))
        .map(|chunk| {
            let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            (x | CASE_BITS) & (u64::MAX >> (64 - 8 * s.len()))
        });
    loop {
        let k = usize::from(START_SLOTS[h]).checked_sub(1)?;
        let same = match head {
            // Letters are never 0: equal heads have equal lengths.
            Some(head) => start_heads().get(k) == Some(&head),
            // Entries are lower-case ASCII letters: equal ignoring ASCII
            // case means `s` lower-cased is the entry, and a byte of `s`
            // with the case bit set equals a lower-case letter only when it
            // is that letter in either case.
            None => {
                let e = START_WORDS[k].as_bytes();
                e.len() == s.len() && e.iter().zip(s).all(|(&e, &c)| c | 0x20 == e)
            }
        };
        if same {
            return Some(k);
        }
        h = (h + 1) & (SLOTS - 1);
    }
}

/// The ASCII case bit in each byte of a `u64`.
const CASE_BITS: u64 = 0x2020_2020_2020_2020;

/// Each [`START_WORDS`] entry of up to 8 bytes as one little-endian number
/// (its bytes, then zeros); 0 for the longer entries, which no word of up
/// to 8 bytes equals. Built once, on first use (as a static table it cost
/// about 1 KB of the size-tuned wasm).
fn start_heads() -> &'static [u64] {
    static HEADS: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    HEADS.get_or_init(|| {
        START_WORDS
            .iter()
            .map(|w| match w.len() {
                0..=8 => w
                    .bytes()
                    .enumerate()
                    .fold(0, |head, (j, b)| head | u64::from(b) << (8 * j)),
                _ => 0,
            })
            .collect()
    })
}

/// The shapes of the [`START_WORDS`] entries, built at compile time: bit
/// `last - b'a'` of `[first - b'a'][len]` is set when an entry of `len`
/// bytes starts with the letter `first` and ends with `last`. A word whose
/// shape is missing cannot be an entry: no hashing needed.
static START_SHAPES: [[u32; 14]; 26] = shapes_of(START_WORDS);

/// The shapes of `words` (lower-case ASCII letters): bit `last - b'a'` of
/// `[first - b'a'][len]` is set when a word of `len` bytes (below 14)
/// starts with the letter `first` and ends with `last`.
const fn shapes_of(words: &[&str]) -> [[u32; 14]; 26] {
    letters_of(words, false)
}

/// The second letters of `words` (lower-case ASCII letters) by first
/// letter and length, laid out as [`shapes_of`]'s.
const fn seconds_of(words: &[&str]) -> [[u32; 14]; 26] {
    letters_of(words, true)
}

/// [`shapes_of`] (`second` false: the last letter) and [`seconds_of`]
/// (`second` true: the second letter; words of two letters or more).
const fn letters_of(words: &[&str], second: bool) -> [[u32; 14]; 26] {
    let mut t = [[0u32; 14]; 26];
    let shortest = if second { 2 } else { 1 };
    let mut k = 0;
    while k < words.len() {
        let w = words[k].as_bytes();
        if w.len() >= shortest && w.len() < 14 {
            let first = w[0].wrapping_sub(b'a') as usize;
            let at = if second { 1 } else { w.len() - 1 };
            let letter = w[at].wrapping_sub(b'a') as u32;
            if first < 26 && letter < 26 {
                t[first][w.len()] |= 1 << letter;
            }
        }
        k += 1;
    }
    t
}

/// [`START_SHAPES`] and [`NUMBER_SHAPES`] for the tokenizer, which notes
/// the words of those shapes (with digit runs and [`is_start_mark`] marks)
/// for the scan.
static START_MARKS: tokens::Marks =
    tokens::Marks::new(&START_SHAPES, &NUMBER_SHAPES, &NUMBER_SECONDS);

/// Whether the word `s` (at most 13 bytes) has the shape of a
/// [`START_WORDS`] entry, ignoring ASCII case. Entries are lower-case ASCII
/// letters (a test checks), so a word whose first or last byte is no ASCII
/// letter matches none.
#[inline]
fn start_shape(s: &[u8]) -> bool {
    let (Some(&first), Some(&last)) = (s.first(), s.last()) else {
        return false;
    };
    if !first.is_ascii_alphabetic() || !last.is_ascii_alphabetic() {
        return false;
    }
    let first = (first.to_ascii_lowercase() - b'a') as usize;
    let last = u32::from(last.to_ascii_lowercase() - b'a');
    START_SHAPES[first]
        .get(s.len())
        .is_some_and(|m| m & (1 << last) != 0)
}

/// The rules a start word can open ([`START_WORDS`] order), bits
/// `R_*`: each bit is the exact condition its rule puts on the first token,
/// so [`step`] skips the rules that would reject the word anyway.
const R_DATE: u8 = 1;
const R_WEEK: u8 = 2;
const R_QUALIFIER: u8 = 4;
const R_CURRENCY: u8 = 8;
const R_NUMBER: u8 = 16;
const R_VAGUE: u8 = 32;
const R_ORDINAL: u8 = 64;
const R_HALF: u8 = 128;
const R_ALL: u8 = 255;

/// The rule bits of the lower-case start word `w`, from the rules' own
/// word tests.
fn start_rules(w: &str) -> u8 {
    let mut r = 0;
    if dates::month(w).is_some() {
        r |= R_DATE;
    }
    if matches!(w, "next" | "a" | "one") {
        r |= R_WEEK;
    }
    if matches!(w, "a" | "an" | "one") {
        r |= R_HALF;
    }
    if qualifiers::opens(w) {
        r |= R_QUALIFIER;
    }
    // Currency codes are matched case-sensitively: try every casing.
    let casings = if w.len() <= 4 { 1u32 << w.len() } else { 0 };
    let code_in_some_case = (0..casings).any(|m| {
        let mut cased = [0u8; 4];
        for (k, (c, b)) in cased.iter_mut().zip(w.bytes()).enumerate() {
            *c = if m & (1 << k) != 0 {
                b.to_ascii_uppercase()
            } else {
                b
            };
        }
        std::str::from_utf8(&cased[..w.len()]).is_ok_and(|c| units::currency_code(c).is_some())
    });
    if matches!(w, "y" | "ps")
        || units::dollar_prefix(w).is_some()
        || units::lower_code(w).is_some()
        || code_in_some_case
    {
        r |= R_CURRENCY;
    }
    if numbers::word_value(w).is_some()
        || multiples::fold_word(w).is_some()
        || matches!(w, "a" | "an" | "half" | "quarter")
    {
        r |= R_NUMBER;
    }
    if w == "tens" || vague::base(w).is_some() {
        r |= R_VAGUE;
    }
    if numbers::ordinal_word(w).is_some() || numbers::word_value(w).is_some_and(|v| v >= 20.0) {
        r |= R_ORDINAL;
    }
    r
}

/// The rules an article ("a", "an") may open: a week range ("a week to 10
/// days"), a qualifier ("a minimum of"), a currency ("A$5") or a number
/// ("a dozen", "a third of").
const ARTICLE_RULES: u8 = R_WEEK | R_QUALIFIER | R_CURRENCY | R_NUMBER | R_HALF;

/// The words after which an article opens one of [`ARTICLE_RULES`]: the
/// second words of its qualifier phrases (a test checks), "week", and the
/// number words `numbers::parse` reads after an article.
const ARTICLE_NEXT: &[&str] = &[
    "week",
    "minimum",
    "maximum",
    "estimated",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "half",
    "third",
    "quarter",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
];

/// True for the word "a" or "an" in any case.
fn is_article(w: &[u8]) -> bool {
    match w {
        [a] => a | 0x20 == b'a',
        [a, n] => a | 0x20 == b'a' && n | 0x20 == b'n',
        _ => false,
    }
}

/// What it does: whether the article at token `i` may open one of
/// [`ARTICLE_RULES`]: only before a word of [`ARTICLE_NEXT`] or a token that
/// is no word (a `$`, a number: the rules decide).
/// Why: "a" is the commonest start word (about 4 per kB of news) and
/// almost never opens a figure; this one look replaces four rules.
/// Example: "a dozen" and "A$5" yes; "a man" no.
fn article_opens(ctx: &Ctx, i: usize) -> bool {
    match ctx.next(i) {
        None => false,
        Some(k) if ctx.is_word(k) => {
            let w = ctx.lower(k);
            ARTICLE_NEXT.contains(&w.as_str()) || and_a_half::opens(ctx, k, w.as_str())
        }
        Some(_) => true,
    }
}

/// What the scan knows about a token that may start a figure.
#[derive(Clone, Copy)]
struct Start {
    /// The rules worth trying (`R_*` bits; 0: none).
    rules: u8,
    /// For a start word: the qualifier phrases it opens.
    phrases: Option<&'static [usize]>,
}

const NO_START: Start = Start {
    rules: 0,
    phrases: None,
};

const ANY_START: Start = Start {
    rules: R_ALL,
    phrases: None,
};

/// [`Start`] of every [`START_WORDS`] entry, computed once.
fn start_words() -> &'static [Start] {
    static STARTS: std::sync::OnceLock<Vec<Start>> = std::sync::OnceLock::new();
    STARTS.get_or_init(|| {
        START_WORDS
            .iter()
            .map(|w| Start {
                rules: start_rules(w),
                phrases: Some(qualifiers::phrases_of(w)),
            })
            .collect()
    })
}

/// The marks that may open a figure: currency signs and comparison signs.
#[inline]
fn is_start_mark(c: char) -> bool {
    matches!(
        c,
        '$' | '£'
            | '€'
            | '¥'
            | '₹'
            | '₽'
            | '₩'
            | '₪'
            | '₺'
            | '₦'
            | '₴'
            | '>'
            | '<'
            | '≥'
            | '≤'
            | '~'
    )
}

/// Cheap test: which rules can a figure starting at token `i` come from
/// (`R_*` bits; 0: none)? Most words of a text are rejected by their shape
/// (first letter, length, last letter), the rest by one hash-table probe.
#[inline]
fn may_start(ctx: &Ctx, i: usize) -> Start {
    match ctx.kind(i) {
        Some(Tk::Num) => ANY_START,
        Some(Tk::Word) => {
            // Bytes: no character-boundary checks on this hot path.
            let s = ctx.bytes(i);
            if s.len() > 13 || !start_shape(s) {
                return NO_START;
            }
            start_of_word(s, ctx.from(i))
        }
        Some(Tk::Punct(c)) if is_start_mark(c) => ANY_START,
        _ => NO_START,
    }
}

/// [`may_start`] of a word `s` of a start word's shape (`from`: the text
/// from its first byte on).
#[inline]
fn start_of_word(s: &[u8], from: &[u8]) -> Start {
    match start_word_index(s, from) {
        Some(k) => start_words().get(k).copied().unwrap_or(ANY_START),
        None => NO_START,
    }
}

/// The figure starting at token `i`, trying only the rules `start` allows.
fn step(ctx: &Ctx, i: usize, start: Start) -> Step {
    let rules = start.rules;
    // A word can only start a figure if it is a number, ordinal, month,
    // qualifier or currency word: checked inside each rule.
    if let Some(d) = (rules & R_DATE != 0)
        .then(|| dates::parse(ctx, i))
        .flatten()
    {
        return date_found(ctx, d);
    }
    if let Some((unit, last)) = (rules & R_HALF != 0)
        .then(|| and_a_half::parse(ctx, i))
        .flatten()
    {
        return half_found(ctx, i, unit, last);
    }
    if let Some((low, high, last)) = (rules & R_WEEK != 0)
        .then(|| ranges::week_to_days(ctx, i))
        .flatten()
    {
        let span = Span::new(ctx.start(i), ctx.end(last));
        let fig = Figure {
            value: Some(low),
            value_high: Some(high),
            qualifier: Qualifier::Range,
            unit: Some("day".into()),
            kind: FigureKind::Duration,
            display: format!(
                "{} days",
                display::range(&display::number(low), &display::number(high))
            ),
            iso: None,
        };
        return Step::Found(annotation(span, fig, 0.8), last + 1);
    }
    if rules & (R_QUALIFIER | R_CURRENCY | R_NUMBER) != 0 {
        let qualifier = match start.phrases {
            _ if rules & R_QUALIFIER == 0 => None,
            Some(phrases) => qualifiers::before_word(ctx, i, phrases),
            None => qualifiers::before(ctx, i),
        };
        // A word that opens only qualifiers ("in", "at", "over": the
        // commonest start words) starts a quantity only with its phrase.
        if qualifier.is_some() || rules & (R_CURRENCY | R_NUMBER) != 0 {
            match quantity(ctx, i, start, qualifier) {
                Step::Nothing => {}
                other => return other,
            }
        }
    }
    if let Some((low, high, last, unit)) = (rules & R_VAGUE != 0)
        .then(|| vague::parse(ctx, i))
        .flatten()
    {
        let span = Span::new(ctx.start(i), ctx.end(last));
        let surface = unit
            .as_ref()
            .map_or("", |u| ctx.between(u.surface_first, u.last));
        let (kind, unit) = match unit {
            Some(u) => (u.kind, Some(u.unit.into_owned())),
            None => (FigureKind::Count, None),
        };
        let amount = |v: f64| match (kind, unit.as_deref()) {
            (FigureKind::Money, Some(code)) => display::money(code, v),
            _ => display::scaled(v),
        };
        let mut shown = display::range(&amount(low), &amount(high));
        vague_unit(&mut shown, kind, unit.as_deref(), surface);
        let fig = Figure {
            value: Some(low),
            value_high: Some(high),
            qualifier: Qualifier::Range,
            display: shown,
            unit,
            kind,
            iso: None,
        };
        return Step::Found(annotation(span, fig, 0.5), last + 1);
    }
    let ordinal = (rules & R_ORDINAL != 0)
        .then(|| ordinals::parse(ctx, i))
        .flatten();
    // "the third of March": an ordinal with no noun may date a day.
    if let Some(d) = (rules & R_ORDINAL != 0 && ordinal.is_none())
        .then(|| dates::ordinal_of_month(ctx, i))
        .flatten()
    {
        return date_found(ctx, d);
    }
    if let Some((value, _last, noun)) = ordinal {
        let span = Span::new(ctx.start(i), ctx.end(noun.last));
        let word = ctx.between(noun.surface_first, noun.last);
        let fig = Figure {
            value: Some(value),
            value_high: None,
            qualifier: Qualifier::Exact,
            display: {
                let mut d = ordinal_suffix(value);
                d.push(' ');
                d.push_str(word);
                d
            },
            unit: Some(noun.unit.into_owned()),
            kind: FigureKind::Ordinal,
            iso: None,
        };
        return Step::Found(annotation(span, fig, 0.7), noun.last + 1);
    }
    Step::Nothing
}

/// The figure of "an hour and a half" ([`and_a_half`]): 1.5 of `unit`,
/// from token `i` to `last`. Out of line: rare, and kept out of the
/// scan's hot loop.
#[cold]
#[inline(never)]
fn half_found(ctx: &Ctx, i: usize, unit: &'static str, last: usize) -> Step {
    let span = Span::new(ctx.start(i), ctx.end(last));
    let mut display = String::with_capacity(16);
    display.push_str("1.5 ");
    display.push_str(unit);
    display.push('s');
    let fig = Figure {
        value: Some(1.5),
        value_high: None,
        qualifier: Qualifier::Exact,
        unit: Some(unit.into()),
        kind: FigureKind::Duration,
        display,
        iso: None,
    };
    Step::Found(annotation(span, fig, 0.8), last + 1)
}

/// The figure of a date found by [`dates`].
fn date_found(ctx: &Ctx, d: dates::DateMatch) -> Step {
    let span = Span::new(ctx.start(d.first), ctx.end(d.last));
    let fig = Figure {
        value: None,
        value_high: None,
        qualifier: Qualifier::Exact,
        unit: None,
        kind: FigureKind::Date,
        display: d.iso.clone(),
        iso: Some(d.iso),
    };
    Step::Found(annotation(span, fig, 0.9), d.last + 1)
}

fn ordinal_suffix(v: f64) -> String {
    let n = v as u64;
    let suf = match (n % 10, n % 100) {
        (1, x) if x != 11 => "st",
        (2, x) if x != 12 => "nd",
        (3, x) if x != 13 => "rd",
        _ => "th",
    };
    let mut s = String::with_capacity(24);
    display::push_digits(&mut s, n);
    s.push_str(suf);
    s
}

fn annotation(span: Span, figure: Figure, confidence: f32) -> Annotation {
    Annotation {
        span,
        confidence,
        detail: Detail::Figure(figure),
    }
}

/// A quantity: [qualifier] [currency] number [range] [unit] [qualifier],
/// starting at token `i` with what the scan knows of it (`start`) and the
/// qualifier opening there, if any (found when `start` allows one).
fn quantity(ctx: &Ctx, i: usize, start: Start, qualifier: Option<qualifiers::Before>) -> Step {
    let mut q = Qualifier::Exact;
    let mut q_first = None;
    let mut j = i;
    let mut rules = start.rules;
    if let Some(b) = qualifier {
        // "from 15 August": leave the date to the date rule.
        if dates::parse(ctx, b.next).is_some() {
            return Step::Nothing;
        }
        q = b.qualifier;
        q_first = Some(i);
        j = b.next;
        // Any token may follow the qualifier.
        rules = R_ALL;
    }
    let mut currency: Option<&'static str> = None;
    let mut cur_first = None;
    if let Some((code, n)) = (rules & R_CURRENCY != 0)
        .then(|| units::currency_before(ctx, j))
        .flatten()
    {
        currency = Some(code);
        cur_first = Some(j);
        j = n;
        rules = R_ALL;
    }
    let Some(num) = (rules & R_NUMBER != 0)
        .then(|| numbers::parse(ctx, j))
        .flatten()
    else {
        return Step::Nothing;
    };
    // "22nd": the ordinal rule reads it.
    if !num.words
        && ctx.is_word(num.last + 1)
        && matches!(ctx.lower(num.last + 1).as_str(), "st" | "nd" | "rd" | "th")
        && !stones(ctx, &num)
    {
        return Step::Nothing;
    }
    // "twenty-first": the ordinal rule reads the compound ordinal.
    if num.words
        && ctx.is_hyphen(num.last + 1)
        && numbers::compound_ordinal(ctx, num.last).is_some()
    {
        return Step::Nothing;
    }
    // A mark glued after a plain number ("3-1", "2:14"): a score or a race
    // time may follow (most numbers have a space or a word after them).
    let glued_mark = num.plain_int
        && !num.words
        && matches!(ctx.kind(num.last + 1), Some(Tk::Punct(_)))
        && ctx.adjacent(num.last, num.last + 1);
    // "Q3 2024", "H1 2025", "FY24": a reporting period.
    if q_first.is_none()
        && currency.is_none()
        && num.first > 0
        && ctx.is_word(num.first - 1)
        && ctx.adjacent(num.first - 1, num.first)
    {
        if let Some(p) = periods::at(ctx, &num) {
            let span = Span::new(ctx.start(p.first), ctx.end(p.last));
            let fig = Figure {
                value: p.value,
                value_high: None,
                qualifier: Qualifier::Exact,
                unit: None,
                kind: p.kind,
                display: p.display,
                iso: p.iso,
            };
            return Step::Found(annotation(span, fig, 0.8), p.last + 1);
        }
    }
    // "2:14:04", "1:58.3": a race time.
    if glued_mark && q_first.is_none() && currency.is_none() {
        if let Some((seconds, last)) = race_times::at(ctx, &num) {
            let span = Span::new(ctx.start(num.first), ctx.end(last));
            let fig = Figure {
                value: Some(seconds),
                value_high: None,
                qualifier: Qualifier::Exact,
                unit: Some("second".into()),
                kind: FigureKind::Duration,
                display: ctx.between(num.first, last).to_string(),
                iso: None,
            };
            return Step::Found(annotation(span, fig, 0.8), last + 1);
        }
    }
    // "one in five adults", "nine out of 10 doctors": a share.
    if currency.is_none() && q != Qualifier::Range {
        if let Some(share) = shares::after(ctx, &num) {
            let (unit, mut last) = match &share.noun {
                Some(u) => (Some(u.unit.to_string()), u.last),
                None => (None, share.last),
            };
            // "2 in 5 or more"
            let mut q = q;
            if let Some((pq, pl)) = qualifiers::after(ctx, last)
                .filter(|_| matches!(q, Qualifier::Exact | Qualifier::About))
            {
                q = pq;
                last = pl;
            }
            // "2 in 5 adults", written in place (no formatting machinery).
            let mut words = String::with_capacity(32);
            display::push_number(&mut words, num.value);
            words.push_str(" in ");
            display::push_number(&mut words, share.of);
            if let Some(u) = &share.noun {
                words.push(' ');
                words.push_str(ctx.between(u.surface_first, u.last));
            }
            let fig = Figure {
                value: Some(num.value / share.of),
                value_high: None,
                qualifier: q,
                unit,
                kind: FigureKind::Count,
                display: display::qualify(q, &words),
                iso: None,
            };
            let span = Span::new(ctx.start(q_first.unwrap_or(num.first)), ctx.end(last));
            return Step::Found(annotation(span, fig, 0.8), last + 1);
        }
    }
    // A qualifier word that is really a number word ("a dozen") was taken
    // as a qualifier only when a number follows it; fine.
    let opener = if q == Qualifier::Range {
        Some(ctx.lower(i))
    } else {
        None
    };
    let between = opener.as_ref().is_some_and(|w| w.as_str() == "between");
    let from = opener.as_ref().is_some_and(|w| w.as_str() == "from");
    if q == Qualifier::Range {
        q = Qualifier::Exact;
    }

    // Decades: "the 1990s"; "the 80s", "the late 60s" (a decade of the
    // 20th century after "the", ages being "in their 80s"; "the 20s" and
    // under could be this century's).
    let short_decade = num.digits == 2
        && (30.0..=90.0).contains(&num.value)
        && num.value % 10.0 == 0.0
        && ctx.prev_word(num.first).is_some_and(|p| {
            let p = ctx.lower(p);
            p.as_str() == "the"
                || (matches!(p.as_str(), "early" | "mid" | "late")
                    && ctx
                        .prev_word(ctx.prev_word(num.first).unwrap_or(0))
                        .is_some_and(|t| ctx.is(t, "the")))
        });
    // A plain number with an "s" glued to it ("30s", "over-65s"): an age
    // group or an approximate ten may be read (a test for the few numbers
    // that can be one).
    let glued_s = num.plain_int && !num.words && ctx.glued_s(num.last);
    // "the over-65s", "under-18s": an age group.
    if glued_s && currency.is_none() && q_first.is_none() {
        if let Some((gq, first)) = ages::group(ctx, &num) {
            let span = Span::new(ctx.start(first), ctx.end(num.last + 1));
            let mut years = String::with_capacity(16);
            display::push_number(&mut years, num.value);
            let mut shown = display::qualify(gq, &years);
            shown.push_str(" years old");
            let fig = Figure {
                value: Some(num.value),
                value_high: None,
                qualifier: gq,
                unit: Some("year".into()),
                kind: FigureKind::Age,
                display: shown,
                iso: None,
            };
            return Step::Found(annotation(span, fig, 0.7), num.last + 2);
        }
    }
    // "the mid-30s", "temperatures in the 30s": an approximate ten.
    if glued_s && currency.is_none() && q_first.is_none() {
        if let Some(t) = tens::at(ctx, &num) {
            let span = Span::new(ctx.start(t.first), ctx.end(num.last + 1));
            let mut shown = String::with_capacity(16);
            display::push_digits(&mut shown, t.low as u64);
            shown.push('–');
            display::push_digits(&mut shown, t.high as u64);
            if t.temperature {
                shown.push_str(" degrees");
            }
            let fig = Figure {
                value: Some(t.low),
                value_high: Some(t.high),
                qualifier: Qualifier::Range,
                unit: t.temperature.then(|| "degree".into()),
                kind: if t.temperature {
                    FigureKind::Measure
                } else {
                    FigureKind::Count
                },
                display: shown,
                iso: None,
            };
            return Step::Found(annotation(span, fig, 0.6), num.last + 2);
        }
    }
    // An age decade: "in his 60s", "in their early 80s" → ages 60 to 69.
    let age_decade = num.digits == 2
        && num.plain_int
        && !num.words
        && (10.0..=90.0).contains(&num.value)
        && num.value % 10.0 == 0.0
        && ctx.is(num.last + 1, "s")
        && ctx.adjacent(num.last, num.last + 1)
        && {
            let mut p = ctx.prev_word(num.first);
            if p.is_some_and(|k| matches!(ctx.lower(k).as_str(), "early" | "mid" | "late")) {
                p = p.and_then(|k| ctx.prev_word(k));
            }
            let owner = p.filter(|&k| {
                matches!(
                    ctx.lower(k).as_str(),
                    "his" | "her" | "their" | "my" | "your" | "our"
                )
            });
            owner
                .and_then(|k| ctx.prev_word(k))
                .is_some_and(|k| ctx.is(k, "in"))
        };
    if age_decade {
        let span = Span::new(ctx.start(num.first), ctx.end(num.last + 1));
        let low = num.value;
        let mut shown = String::with_capacity(16);
        display::push_digits(&mut shown, low as u64);
        shown.push('–');
        display::push_digits(&mut shown, low as u64 + 9);
        shown.push_str(" years old");
        let fig = Figure {
            value: Some(low),
            value_high: Some(low + 9.0),
            qualifier: Qualifier::Range,
            unit: Some("year".into()),
            kind: FigureKind::Age,
            display: shown,
            iso: None,
        };
        return Step::Found(annotation(span, fig, 0.6), num.last + 2);
    }
    if !num.words
        && num.plain_int
        && (num.digits == 4 || short_decade)
        && ctx.is(num.last + 1, "s")
        && ctx.adjacent(num.last, num.last + 1)
        && currency.is_none()
    {
        let span = Span::new(ctx.start(num.first), ctx.end(num.last + 1));
        let year = if num.digits == 2 {
            1900.0 + num.value
        } else {
            num.value
        };
        let fig = Figure {
            value: Some(year),
            value_high: None,
            qualifier: Qualifier::Exact,
            unit: None,
            kind: FigureKind::Year,
            // A year is written without a thousands separator: "1990s".
            display: {
                let mut d = String::with_capacity(8);
                display::push_digits(&mut d, year as u64);
                d.push('s');
                d
            },
            iso: None,
        };
        return Step::Found(annotation(span, fig, 0.6), num.last + 2);
    }

    // A result: "won 3-1", "a 5-4 ruling".
    if glued_mark && currency.is_none() && q == Qualifier::Exact && q_first.is_none() {
        if let Some(score) = scores::at(ctx, &num) {
            let mut display = String::with_capacity(8);
            display::push_number(&mut display, num.value);
            display.push('–');
            display::push_number(&mut display, score.other);
            let fig = Figure {
                value: Some(num.value),
                value_high: Some(score.other),
                qualifier: Qualifier::Exact,
                unit: None,
                kind: FigureKind::Score,
                display,
                iso: None,
            };
            let span = Span::new(ctx.start(num.first), ctx.end(score.last));
            return Step::Found(annotation(span, fig, 0.8), score.last + 1);
        }
    }

    // Range?
    // "grew sixfold to $2bn": a multiple opens no range.
    let multiple = num.words && multiples::fold_word(ctx.lower(num.last).as_str()).is_some();
    let mut high: Option<ranges::High> =
        ranges::second(ctx, &num, between, from).filter(|_| !multiple);
    if high.is_none() {
        // A dash to a lower number: a score ("won 2-1") or a code: skip both.
        let d = num.last + 1;
        if ctx.is_range_dash(d)
            && ctx.adjacent(num.last, d)
            && ctx.is_num(d + 1)
            && ctx.adjacent(d, d + 1)
            && !num.words
            && currency.is_none()
        {
            return Step::Skip(d + 2);
        }
    }
    let mut last = num.last;
    let mut value = num.value;
    let mut value_high = None;
    if let Some(h) = &high {
        value = numbers::times_scale(num.value, h.low_factor);
        value_high = Some(h.num.value);
        last = h.num.last;
        if currency.is_none() {
            currency = h.currency;
        }
    }

    // Adjectival and hyphenated units: "three-year-long", "10-day", "15-year-old".
    let mut unit: Option<UnitMatch> = None;
    let mut lookahead_unit = false;
    // The unit is the word hyphenated to the number ("a 27-nation bloc"):
    // written in the singular, shown in the plural ("27 nations").
    let mut hyphenated = false;
    if ctx.is_hyphen(last + 1)
        && ctx.adjacent(last, last + 1)
        && ctx.is_word(last + 2)
        && ctx.adjacent(last + 1, last + 2)
    {
        match hyphen_unit(ctx, last + 2, value) {
            Hyphen::Unit(u) => {
                hyphenated = u.kind == FigureKind::Count;
                unit = Some(u);
            }
            Hyphen::Identifier => return Step::Skip(last + 3),
            Hyphen::None => {}
        }
    }
    if unit.is_none() && num.words {
        // "sixfold": the number is its own unit.
        unit = multiples::folded(ctx, last);
    }
    if unit.is_none() {
        unit = units::after(ctx, last, value);
    }
    // The unit as written after a later number of a list (for display).
    let mut shared_surface: &str = "";
    // "eight or nine euros", "4.8 to 4.7 percent", "3 and 4 per cent": the
    // unit after the second number applies to the first as well.
    if unit.is_none() && high.is_none() {
        if let Some(o) = ctx.next_word(last) {
            if ctx.is(o, "or") || ctx.is(o, "to") || ctx.is(o, "and") {
                // "8 or $9": the second amount's currency.
                let cur2 = ctx.next(o).and_then(|k| units::currency_before(ctx, k));
                let year = num.plain_int && num.digits == 4;
                if let Some((code, k)) =
                    cur2.filter(|_| currency.is_none() && ctx.is(o, "or") && !year)
                {
                    if numbers::parse(ctx, k).is_some() {
                        currency = Some(code);
                    }
                }
                if let Some(n2) = ctx.next(o).and_then(|k| numbers::parse(ctx, k)) {
                    if let Some(mut u) = units::after(ctx, n2.last, n2.value) {
                        // After "and" only a percentage or measure, rising
                        // ("3 and 4 per cent"; not "one and three quarters
                        // hour", one amount).
                        let shared = !ctx.is(o, "and")
                            || matches!(u.kind, FigureKind::Percent | FigureKind::Measure)
                                && n2.value > value;
                        if u.kind != FigureKind::Count && shared {
                            shared_surface = ctx.between(u.surface_first, u.last);
                            u.last = last;
                            unit = Some(u);
                            lookahead_unit = true;
                        }
                    }
                }
            }
        }
    }
    // "7- or 8-inch", "four-, five- and six-cylinder", "16 and 17-year-olds":
    // the hyphenated unit of the last number applies to the list.
    if unit.is_none() && high.is_none() {
        if let Some(mut u) = suspended_unit(ctx, last) {
            shared_surface = ctx.between(u.surface_first, u.last);
            u.last = last;
            unit = Some(u);
            lookahead_unit = true;
        }
    }
    // Money with a currency before: only a scale or sub-unit may follow.
    if currency.is_some() {
        if let Some(u) = &unit {
            if u.kind != FigureKind::Money {
                unit = None;
            } else {
                // "$5 million dollars" — keep the prefix currency.
                currency = Some(currency.unwrap_or("USD"));
            }
        }
    }
    // The range's last token when the unit is repeated after the high bound.
    let mut range_end: Option<usize> = None;
    // "from 252 miles to 287 miles", "between 10 and 20 per cent" already
    // handled; the first form needs a second look after the unit.
    // "5% to 10%", "15 per cent to 20 per cent": a percentage or measure
    // repeated after both bounds is one range too.
    // Not after a verb of change: "rose 3% to 4%" moved from one level to
    // another.
    // Read only for a percentage or measure (the rarer case).
    // (A `matches!`, not a word string: read for every percentage and
    // measure.)
    let after_change = || {
        ctx.prev_word(q_first.unwrap_or(num.first))
            .is_some_and(|p| {
                matches!(
                    ctx.lower(p).as_str(),
                    "rose"
                        | "rise"
                        | "rises"
                        | "risen"
                        | "fell"
                        | "fall"
                        | "falls"
                        | "fallen"
                        | "grew"
                        | "grow"
                        | "grows"
                        | "gained"
                        | "gains"
                        | "lost"
                        | "loses"
                        | "climbed"
                        | "climbs"
                        | "jumped"
                        | "jumps"
                        | "dropped"
                        | "drops"
                        | "slipped"
                        | "slips"
                        | "increased"
                        | "decreased"
                        | "declined"
                        | "up"
                        | "down"
                        | "cut"
                        | "raised"
                        | "lowered"
                )
            })
    };
    let repeated = !lookahead_unit
        && unit
            .as_ref()
            .is_some_and(|u| matches!(u.kind, FigureKind::Percent | FigureKind::Measure))
        && !after_change();
    if high.is_none() && (from || between || repeated) {
        if let Some(u) = &unit {
            let low_after_unit = Num {
                last: u.last,
                ..num
            };
            if let Some(h) = ranges::second(ctx, &low_after_unit, between, from) {
                let u2 = units::after(ctx, h.num.last, h.num.value);
                let same = u2.as_ref().is_some_and(|u2m| u2m.unit == u.unit);
                if from || between || same {
                    value_high = Some(h.num.value);
                    last = match &u2 {
                        Some(u2m) if same => u2m.last,
                        _ => h.num.last,
                    };
                    high = Some(h);
                    range_end = Some(last);
                }
            }
        }
    }
    // "from $2,415 to $2,315": the bounds in order.
    if let Some(h) = value_high.filter(|&h| h < value) {
        value_high = Some(value);
        value = h;
    }
    let plural_follows = unit.as_ref().is_some_and(|u| {
        u.kind != FigureKind::Count
            || units::looks_plural(
                tokens::Lower::new(ctx.between(u.surface_first, u.last)).as_str(),
            )
            || units::looks_plural(&u.unit)
            || u.unit.ends_with('s')
    });
    let money = currency.is_some()
        || unit
            .as_ref()
            .is_some_and(|u| matches!(u.kind, FigureKind::Money | FigureKind::Percent));
    let checked = if money && !num.malformed {
        None
    } else {
        identifiers::check(ctx, &num, unit.is_some(), plural_follows)
    };
    // "16-18 Industrial Avenue": a range of street numbers.
    let checked = checked.or_else(|| {
        high.as_ref()
            .filter(|h| {
                unit.is_none() && h.num.plain_int && identifiers::street_after(ctx, h.num.last)
            })
            .map(|_| identifiers::Reason::Address)
    });
    if checked.is_some() {
        let end = match &unit {
            Some(u) if u.kind == FigureKind::Count => num.last + 1,
            Some(u) => range_end.unwrap_or(u.last) + 1,
            None => last + 1,
        };
        return Step::Skip(end);
    }
    // Pronominal "one": "the one weapon", "one of the reasons".
    if num.bare_one {
        // (A `matches!`, not a word string: read for every bare "one".)
        let det = ctx.prev_word(num.first).is_some_and(|p| {
            matches!(
                ctx.lower(p).as_str(),
                "the"
                    | "this"
                    | "that"
                    | "any"
                    | "every"
                    | "each"
                    | "no"
                    | "which"
                    | "someone"
                    | "anyone"
                    | "everyone"
                    | "can"
                    | "could"
                    | "would"
                    | "should"
                    | "must"
                    | "may"
                    | "might"
                    | "does"
                    | "did"
                    | "will"
            )
        });
        // "no-one waits": a pronoun written with a hyphen.
        let no_one = num.first >= 2
            && ctx.is_hyphen(num.first - 1)
            && ctx.adjacent(num.first - 2, num.first - 1)
            && ctx.adjacent(num.first - 1, num.first)
            && ctx.is_word(num.first - 2)
            && ctx.lower(num.first - 2).as_str() == "no";
        // "one covering BOA", "one rely": the pronoun before a verb.
        let verb_after = unit.as_ref().is_some_and(|u| {
            let w = ctx.lower(u.surface_first);
            w.as_str().ends_with("ing") || tokens::all_caps(ctx.s(u.surface_first))
        });
        let idiom = ctx.next_word(num.last).is_some_and(|n| {
            matches!(
                ctx.lower(n).as_str(),
                "another" | "day" | "way" | "thing" | "point" | "time" | "side" | "by" | "anyone"
            )
        }) || {
            // "on (the) one hand"
            let hand = ctx.next_word(num.last).is_some_and(|n| ctx.is(n, "hand"));
            let on = ctx.prev_word(num.first).is_some_and(|p| {
                ctx.is(p, "on")
                    || ctx.is(p, "the") && ctx.prev_word(p).is_some_and(|o| ctx.is(o, "on"))
            });
            hand && on
        };
        if unit.is_none() || det || no_one || idiom || verb_after {
            return Step::Skip(num.last + 1);
        }
    }
    // A number word alone ("five") with no unit, qualifier or currency is
    // kept; a bare "a" never reaches here.

    let mut kind = FigureKind::Count;
    let mut unit_name: Option<Cow<'static, str>> = None;
    let mut end_tok = last;
    let mut surface: &str = "";
    if let Some(c) = currency {
        kind = FigureKind::Money;
        unit_name = Some(Cow::Borrowed(c));
        if let Some(u) = &unit {
            end_tok = range_end.unwrap_or(u.last);
        }
    } else if let Some(u) = &mut unit {
        kind = u.kind;
        // Moved, not copied: nothing reads the unit's name after this.
        unit_name = Some(std::mem::take(&mut u.unit));
        if lookahead_unit {
            surface = shared_surface;
        } else {
            end_tok = range_end.unwrap_or(u.last);
            surface = ctx.between(u.surface_first, u.last);
        }
    }
    // Rates: "$58 per barrel", "$3,500 a month", "$75 U.S. per barrel".
    if kind == FigureKind::Money && !lookahead_unit {
        let confirmed = units::us_confirmation(ctx, end_tok)
            .filter(|&k| unit_name.as_deref() == Some("USD") && units::rate(ctx, k).is_some());
        if let Some((per, k)) = units::rate(ctx, confirmed.unwrap_or(end_tok)) {
            unit_name = unit_name.map(|u| per_unit(u, &per));
            end_tok = k;
        } else if let Some(per) = units::rate_around_aside(ctx, end_tok) {
            // "C$6 (US$4.46) per share": the span stays on the amount.
            unit_name = unit_name.map(|u| per_unit(u, &per));
        }
    }
    // The time unit of a rate of things ("a day"), for display.
    let mut rate_per: Option<String> = None;
    // Rates of things: "3,000 tests a day", "40 hours a week", "11 feet
    // per century", "52,000 barrel-a-day".
    if matches!(
        kind,
        FigureKind::Count | FigureKind::Measure | FigureKind::Duration
    ) && !lookahead_unit
        && unit_name.as_deref().is_some_and(|u| split_per(u).is_none())
    {
        if let Some((per, k)) = units::rate(ctx, end_tok) {
            if units::time_unit(&per).is_some() {
                unit_name = unit_name.map(|u| per_unit(u, &per));
                end_tok = k;
                rate_per = Some(per);
            }
        }
    }
    // Rates per head: "25.3 per 100,000 people", "12 deaths per 1,000
    // births" (shown with "per": a slash before a number misreads).
    let mut per_head: Option<String> = None;
    if kind == FigureKind::Count
        && !lookahead_unit
        && value_high.is_none()
        && rate_per.is_none()
        && unit_name.as_deref().is_none_or(|u| split_per(u).is_none())
    {
        if let Some((per, shown, k)) = units::per_head(ctx, end_tok) {
            unit_name = Some(match unit_name {
                Some(u) => per_unit(u, &per),
                None => Cow::Owned(format!("per {per}")),
            });
            end_tok = k;
            per_head = Some(shown);
        }
    }
    // Ages in apposition: "Jamie Armstrong, 25, said".
    if kind == FigureKind::Count
        && unit.is_none()
        && !num.words
        && num.plain_int
        && (1.0..=120.0).contains(&num.value)
        && q == Qualifier::Exact
    {
        let comma_before = ctx.prev(num.first).is_some_and(|p| {
            ctx.is_punct(p, ',')
                && ctx.prev_word(p).is_some_and(|w| {
                    tokens::capitalised(ctx.s(w)) || ages::person_noun(ctx.lower(w).as_str())
                })
        });
        let comma_after = ctx.next(num.last).is_some_and(|n| {
            ctx.is_punct(n, ',')
                || ctx.is_punct(n, '.')
                || ctx.is_punct(n, ')')
                || ctx.is_punct(n, ';')
        });
        if comma_before && comma_after {
            kind = FigureKind::Age;
            unit_name = Some("year".into());
        }
    }

    // Age: "aged 45", "age 45", "the age of 40", "aged 18 to 24 years".
    let years = kind == FigureKind::Duration && unit_name.as_deref() == Some("year");
    if kind == FigureKind::Count && unit.is_none() || years {
        if let Some(p) = ctx.prev_word(q_first.unwrap_or(num.first)) {
            let age_of = ctx.is(p, "of") && ctx.prev_word(p).is_some_and(|a| ctx.is(a, "age"));
            if matches!(ctx.lower(p).as_str(), "aged" | "age") || age_of {
                kind = FigureKind::Age;
                unit_name = Some("year".into());
            }
        }
    }
    // Age: "his daughter, who was 10.", "she turned 40 last week".
    if kind == FigureKind::Count
        && unit.is_none()
        && num.plain_int
        && q == Qualifier::Exact
        && value_high.is_none()
        && (1.0..=120.0).contains(&num.value)
    {
        let p = ctx.prev_word(num.first);
        let pw = p.map(|p| ctx.lower(p));
        let who_was = pw
            .as_ref()
            .is_some_and(|w| matches!(w.as_str(), "was" | "is"))
            && p.and_then(|p| ctx.prev_word(p))
                .is_some_and(|w| ctx.is(w, "who"));
        let turned = pw
            .as_ref()
            .is_some_and(|w| matches!(w.as_str(), "turned" | "turns" | "turning"));
        let clause_end = match ctx.next(num.last) {
            None => true,
            Some(n) => {
                ctx.kind(n)
                    .is_some_and(|k| matches!(k, tokens::Tk::Punct(_)))
                    || turned
            }
        };
        if (who_was || turned) && clause_end {
            kind = FigureKind::Age;
            unit_name = Some("year".into());
        }
    }

    // Age: "he will be 35 by June", "life expectancy is around 73".
    if kind == FigureKind::Count
        && unit.is_none()
        && currency.is_none()
        && num.plain_int
        && value_high.is_none()
        && (1.0..=120.0).contains(&num.value)
        && ages::implied(ctx, q_first.unwrap_or(num.first), num.last)
    {
        kind = FigureKind::Age;
        unit_name = Some("year".into());
    }

    // Years: a four-digit number 1000–2199 that counts nothing.
    let year_like = !num.words
        && num.plain_int
        && num.digits == 4
        && currency.is_none()
        && dates::year_at(ctx, num.first).is_some();
    if year_like && q == Qualifier::Exact && value_high.is_none_or(|h| h < 2200.0) {
        let noun_counts = unit.as_ref().is_some_and(|u| {
            u.kind != FigureKind::Count && !lookahead_unit
                || (plural_follows
                    && !tokens::capitalised(surface)
                    && !(1900.0..=2100.0).contains(&num.value))
        });
        let in_range = (1900.0..2100.0).contains(&num.value);
        if !noun_counts && (in_range || dates::year_context(ctx, num.first)) {
            let (span_first, span_last) = (num.first, last);
            let span = Span::new(ctx.start(span_first), ctx.end(span_last));
            // Without the thousands comma: "2019", "1990–1995".
            let display = match value_high {
                Some(h) => {
                    display::range(&display::number(value), &display::number(h)).replace(',', "")
                }
                None if value.fract() == 0.0 && (0.0..1e15).contains(&value) => {
                    let mut d = String::with_capacity(8);
                    display::push_digits(&mut d, value as u64);
                    d
                }
                None => display::number(value).replace(',', ""),
            };
            let fig = Figure {
                value: Some(value),
                value_high,
                qualifier: if value_high.is_some() {
                    Qualifier::Range
                } else {
                    Qualifier::Exact
                },
                unit: None,
                kind: FigureKind::Year,
                display,
                iso: None,
            };
            return Step::Found(annotation(span, fig, 0.7), span_last + 1);
        }
    }

    // Post qualifier: "30 or more", "30-plus", "30+".
    if matches!(q, Qualifier::Exact | Qualifier::About) && value_high.is_none() {
        if let Some((pq, pl)) = qualifiers::after(ctx, end_tok) {
            q = pq;
            end_tok = pl;
            // "30-plus delegations", "30+ nations"
            if unit.is_none() && currency.is_none() {
                if let Some(u) = units::after(ctx, pl, value) {
                    kind = u.kind;
                    unit_name = Some(u.unit);
                    surface = ctx.between(u.surface_first, u.last);
                    end_tok = u.last;
                }
            }
        }
    }
    // Two bounds: "more than 10 and less than 40", "at most 100 and at least 20".
    if value_high.is_none() && q != Qualifier::Exact {
        if let Some(j2) = ctx.next(end_tok) {
            let joint = ctx.is(j2, "and") || ctx.is(j2, "but") || ctx.is_punct(j2, ',');
            if let Some(b2) = ctx
                .next(j2)
                .filter(|_| joint)
                .and_then(|k| qualifiers::before(ctx, k))
            {
                if let Some(n2) = numbers::parse(ctx, b2.next) {
                    let lower = matches!(q, Qualifier::Over | Qualifier::AtLeast);
                    let upper2 = matches!(b2.qualifier, Qualifier::Under | Qualifier::AtMost);
                    let upper = matches!(q, Qualifier::Under | Qualifier::AtMost);
                    let lower2 = matches!(b2.qualifier, Qualifier::Over | Qualifier::AtLeast);
                    if lower && upper2 && value < n2.value || upper && lower2 && n2.value < value {
                        let (lo, hi) = if lower {
                            (value, n2.value)
                        } else {
                            (n2.value, value)
                        };
                        value = lo;
                        value_high = Some(hi);
                        end_tok = n2.last;
                    }
                }
            }
        }
    }
    if value_high.is_some() {
        q = Qualifier::Range;
    }
    if high.is_some() && q_first.is_some() && !(between || from) {
        // "up to 10-20": the qualifier stays out of a range.
        q_first = None;
    }
    if !(between || from) || high.is_some() {
        // keep q_first
    } else {
        // "from 2019" without a second bound: the preposition stays out.
        q_first = None;
    }
    // "6ft 2in", "14st 7lb": a second, smaller unit.
    let mut second_part = None;
    if kind == FigureKind::Measure && value_high.is_none() && !lookahead_unit {
        if let Some((add, shown, k)) = unit_name
            .as_deref()
            .and_then(|u| imperial::second_part(ctx, u, end_tok))
        {
            end_tok = k;
            second_part = Some((add, shown));
        }
    }
    let first_tok = q_first.or(cur_first).unwrap_or(num.first);
    let first_tok = first_tok
        .min(cur_first.unwrap_or(usize::MAX))
        .min(num.first);
    let first_tok = q_first.unwrap_or(first_tok);
    let span = Span::new(ctx.start(first_tok), ctx.end(end_tok));

    let rate_of = unit_name.as_deref().and_then(split_per);
    // The display is written into one string: no string per part.
    let push_amount = |out: &mut String, v: f64| match (kind, unit_name.as_deref()) {
        (FigureKind::Money, Some(code)) => match rate_of {
            Some((c, per)) => {
                display::push_money(out, c, v);
                out.push('/');
                out.push_str(per);
            }
            None => display::push_money(out, code, v),
        },
        (FigureKind::Percent, Some("percent")) => {
            display::push_number(out, v);
            out.push('%');
        }
        (FigureKind::Percent, Some("percentage point")) => {
            display::push_number(out, v);
            out.push_str("pp");
        }
        (FigureKind::Percent, Some("basis point")) => {
            display::push_number(out, v);
            out.push_str("bp");
        }
        _ => {
            if num.scaled && v.abs() >= 1e6 {
                display::push_scaled(out, v);
            } else {
                display::push_number(out, v);
            }
        }
    };
    let (mark_before, mark_after) = display::qualifier_marks(q);
    let mut shown = String::with_capacity(32);
    match value_high {
        Some(h) => {
            push_amount(&mut shown, value);
            shown.push('–');
            push_amount(&mut shown, h);
        }
        None => {
            shown.push_str(mark_before);
            push_amount(&mut shown, value);
            shown.push_str(mark_after);
        }
    }
    match kind {
        FigureKind::Money | FigureKind::Percent => {}
        FigureKind::Duration | FigureKind::Age => {
            if let Some(u) = &unit_name {
                let u = split_per(u).map_or(u.as_ref(), |(base, _)| base);
                let plural = value_high.is_some() || value != 1.0;
                shown.push(' ');
                shown.push_str(u);
                if plural {
                    shown.push('s');
                }
                if kind == FigureKind::Age {
                    shown.push_str(" old");
                }
            }
        }
        // A measure keeps its whole unit ("300 sq m", "24.5 cubic feet").
        FigureKind::Measure if !surface.is_empty() => {
            if !matches!(surface, "\u{2032}" | "\u{2033}") {
                shown.push(' ');
            }
            // "30C" → "30 °C".
            if matches!(surface, "C" | "F") {
                shown.push('°');
            }
            shown.push_str(surface);
        }
        // "12-fold", "sixfold" → "12-fold", "6-fold".
        _ if surface.ends_with("fold") && value_high.is_none() => {
            shown.clear();
            shown.push_str(mark_before);
            push_amount(&mut shown, value);
            shown.push_str("-fold");
            shown.push_str(mark_after);
        }
        _ if hyphenated && (value_high.is_some() || value != 1.0) => {
            if let Some(u) = &unit_name {
                shown.push(' ');
                shown.push_str(&ellipsis::plural(u));
            }
        }
        _ => {
            if !surface.is_empty() {
                shown.push(' ');
                shown.push_str(surface.rsplit(' ').next().unwrap_or(surface));
            }
        }
    }
    if let Some(per) = rate_per {
        shown.push('/');
        shown.push_str(&per);
    }
    if let Some(per) = per_head {
        shown.push_str(" per ");
        shown.push_str(&per);
    }
    if let Some((add, part)) = second_part {
        // Shown as written, the value in the first unit.
        shown.push(' ');
        shown.push_str(&part);
        value += add;
    }
    let confidence = if unit_name.is_some() { 0.9 } else { 0.6 };
    let fig = Figure {
        value: Some(value),
        value_high,
        qualifier: q,
        unit: unit_name.map(Cow::into_owned),
        kind,
        display: shown,
        iso: None,
    };
    Step::Found(annotation(span, fig, confidence), end_tok + 1)
}

/// The unit of a vague plural's display, after its range, as the other
/// figures show theirs: "thousands of years" → `1,000–10,000 years`,
/// "millions of people" → `1m–10m people`, "dozens of job cuts" →
/// `12–120 cuts`; money and percentages carry theirs in the amounts.
fn vague_unit(shown: &mut String, kind: FigureKind, unit: Option<&str>, surface: &str) {
    let word = match kind {
        FigureKind::Money | FigureKind::Percent => return,
        FigureKind::Duration | FigureKind::Age => match unit {
            Some(u) => u,
            None => return,
        },
        FigureKind::Measure => surface,
        _ => surface.rsplit(' ').next().unwrap_or(surface),
    };
    if word.is_empty() {
        return;
    }
    shown.push(' ');
    shown.push_str(word);
    if matches!(kind, FigureKind::Duration | FigureKind::Age) {
        shown.push('s');
        if kind == FigureKind::Age {
            shown.push_str(" old");
        }
    }
}

/// `u` split at its first " per " ("USD per barrel" → USD, barrel),
/// without a substring searcher (units are a few bytes long).
fn split_per(u: &str) -> Option<(&str, &str)> {
    let k = u.as_bytes().windows(5).position(|w| w == b" per ")?;
    Some((u.get(..k)?, u.get(k + 5..)?))
}

/// Whether `num` glued to "st" is a weight in stones ("14st 7lb", "16st"),
/// not an ordinal: "st" ends only ordinals of numbers ending in 1 (not 11).
fn stones(ctx: &Ctx, num: &Num) -> bool {
    let st = ctx.s(num.last + 1) == "st";
    let v = num.value;
    st && num.plain_int && !(v % 10.0 == 1.0 && v % 100.0 != 11.0)
}

/// The rate `u` per `per`: "USD" and "barrel" → "USD per barrel".
fn per_unit(u: Cow<'static, str>, per: &str) -> Cow<'static, str> {
    // Sized once (the unit alone would be regrown by the pushes).
    let mut s = String::with_capacity(u.len() + " per ".len() + per.len());
    s.push_str(&u);
    s.push_str(" per ");
    s.push_str(per);
    Cow::Owned(s)
}

/// The unit of a suspended hyphen list after the number ending at `last`:
/// "7- or 8-inch" → inch, "four-, five- and six-cylinder" → cylinder,
/// "16 and 17-year-olds" → age in years. Without a dangling hyphen on the
/// first number only an age, duration or measure is shared (a count noun
/// in "3 and 10-day passes" belongs to the second number).
fn suspended_unit(ctx: &Ctx, last: usize) -> Option<UnitMatch> {
    let dangling = |k: usize| {
        ctx.is_hyphen(k + 1) && ctx.adjacent(k, k + 1) && !ctx.is_word(k + 2) && !ctx.is_num(k + 2)
    };
    let first_dangles = dangling(last);
    let mut k = if first_dangles { last + 1 } else { last };
    for _ in 0..4 {
        // Past a comma and a joining word.
        let mut j = ctx.next(k)?;
        if ctx.is_punct(j, ',') {
            j = ctx.next(j)?;
        }
        if ctx.is(j, "or") || ctx.is(j, "and") || ctx.is(j, "to") {
            j = ctx.next(j)?;
        } else if !first_dangles {
            return None;
        }
        let n2 = numbers::parse(ctx, j)?;
        if dangling(n2.last) {
            k = n2.last + 1;
            continue;
        }
        let h = n2.last + 1;
        if !(ctx.is_hyphen(h)
            && ctx.adjacent(n2.last, h)
            && ctx.is_word(h + 1)
            && ctx.adjacent(h, h + 1))
        {
            return None;
        }
        return match hyphen_unit(ctx, h + 1, n2.value) {
            Hyphen::Unit(u) if first_dangles || u.kind != FigureKind::Count => Some(u),
            _ => None,
        };
    }
    None
}

enum Hyphen {
    Unit(UnitMatch),
    Identifier,
    None,
}

/// Nouns after a hyphenated "N-pound" that make it money ("a 10-pound
/// note"); after any other the pound is a weight.
const MONEY_NOUNS: &str = words![
    "note",
    "notes",
    "coin",
    "coins",
    "fine",
    "fines",
    "bill",
    "payment",
    "payments",
    "fee",
    "fees",
    "ticket",
    "tickets",
    "prize",
    "loan",
    "bet",
    "charge",
    "voucher",
    "bonus",
    "deal",
    "contract",
    "salary",
    "budget",
    "investment",
    "grant",
    "levy",
    "tax",
    "rise",
    "increase",
];

/// Words hyphenated to a number that make no unit ("one-off", "two-way",
/// "10-fold", "two-sided", "three-time", "30-something"): an identifier or
/// an idiom. A rare path: a string, not a `matches!`.
const HYPHEN_NOT_UNIT: &str = words![
    "off",
    "way",
    "fold",
    "sided",
    "time",
    "on",
    "up",
    "and",
    "to",
    "nil",
    "all",
    "in",
    "for",
    "or",
    "a",
    "the",
    "strong",
    "odd",
    "ish",
    "something",
];

/// Measures hyphenated to a number in the singular ("a 10-mile walk",
/// "a 12-storey block"): kind measure, not count.
const HYPHEN_MEASURES: &str = words![
    "metre",
    "meter",
    "mile",
    "kilometre",
    "kilometer",
    "foot",
    "inch",
    "yard",
    "tonne",
    "ton",
    "pound",
    "acre",
    "hectare",
    "storey",
    "story",
    "degree",
    "litre",
    "gallon",
];

/// The word glued by a hyphen after a number: "three-year(-long)",
/// "15-year-old", "100-metre", "two-person".
fn hyphen_unit(ctx: &Ctx, w_i: usize, value: f64) -> Hyphen {
    let s = ctx.s(w_i);
    let lw = ctx.lower(w_i);
    let w = lw.as_str();
    if tokens::capitalised(s) && !tokens::all_caps(s) {
        return Hyphen::Identifier;
    }
    let long_or_old = |k: usize| -> Option<(usize, bool)> {
        if ctx.is_hyphen(k + 1) && ctx.adjacent(k, k + 1) && ctx.adjacent(k + 1, k + 2) {
            let t = ctx.lower(k + 2);
            match t.as_str() {
                "long" => return Some((k + 2, false)),
                "old" | "olds" => return Some((k + 2, true)),
                _ => {}
            }
        }
        None
    };
    if let Some(t) = units::time_unit(w) {
        let mut u = UnitMatch {
            unit: Cow::Borrowed(t),
            kind: FigureKind::Duration,
            last: w_i,
            factor: 1.0,
            surface_first: w_i,
        };
        if let Some((k, old)) = long_or_old(w_i) {
            u.last = k;
            if old {
                u.kind = FigureKind::Age;
            }
        } else if let Some(o) = ctx.next_word(w_i) {
            // "15-year old"
            if ctx.is(o, "old") {
                u.last = o;
                u.kind = FigureKind::Age;
            }
        }
        return Hyphen::Unit(u);
    }
    if w == "plus" || w == "odd" {
        return Hyphen::None;
    }
    if let Some(u) = multiples::hyphenated(w, w_i) {
        return Hyphen::Unit(u);
    }
    if let Some(m) = units::measure(w).filter(|_| w.len() > 1) {
        return Hyphen::Unit(UnitMatch {
            unit: Cow::Borrowed(m),
            kind: FigureKind::Measure,
            last: w_i,
            factor: 1.0,
            surface_first: w_i,
        });
    }
    // "a 250-pound lineman", "a 20-pound bag": a weight, unless money is
    // what the noun after it is ("a 10-pound note", "a 50-pound fine").
    if w == "pound"
        && !ctx
            .next_word(w_i)
            .is_some_and(|n| crate::listed(MONEY_NOUNS, ctx.lower(n).as_str()))
    {
        return Hyphen::Unit(UnitMatch {
            unit: Cow::Borrowed("pound"),
            kind: FigureKind::Measure,
            last: w_i,
            factor: 1.0,
            surface_first: w_i,
        });
    }
    if let Some((code, last)) = units::currency_word_at(ctx, w_i) {
        return Hyphen::Unit(UnitMatch {
            unit: Cow::Borrowed(code),
            kind: FigureKind::Money,
            last,
            factor: 1.0,
            surface_first: w_i,
        });
    }
    if numbers::word_value(w).is_some() || numbers::scale_value(w).is_some() {
        return Hyphen::None;
    }
    // "€30,000-a-year": a rate glued by hyphens, read by the rate rule.
    if matches!(w, "a" | "an")
        && ctx.is_hyphen(w_i + 1)
        && ctx.adjacent(w_i, w_i + 1)
        && units::time_unit(ctx.lower(w_i + 2).as_str()).is_some()
    {
        return Hyphen::None;
    }
    if crate::listed(HYPHEN_NOT_UNIT, w) {
        return Hyphen::Identifier;
    }
    if units::is_stopword(w) {
        return Hyphen::None;
    }
    let _ = value;
    let kind = if crate::listed(HYPHEN_MEASURES, w) {
        FigureKind::Measure
    } else {
        FigureKind::Count
    };
    let unit = match w {
        "meter" => Cow::Borrowed("metre"),
        "kilometer" => Cow::Borrowed("kilometre"),
        _ => Cow::Owned(units::lemma(s)),
    };
    Hyphen::Unit(UnitMatch {
        unit,
        kind,
        last: w_i,
        factor: 1.0,
        surface_first: w_i,
    })
}

#[cfg(test)]
mod tests {
    //! Inline-markup checks: `[[…]]` marks each expected figure span.
    use super::*;

    /// Checks that the figures found in the text are exactly the marked ones.
    fn check(marked: &str) {
        let mut text = String::new();
        let mut want = Vec::new();
        let mut rest = marked;
        while let Some(a) = rest.find("[[") {
            text.push_str(&rest[..a]);
            let after = &rest[a + 2..];
            let b = after.find("]]").expect("unclosed [[");
            let start = text.len();
            text.push_str(&after[..b]);
            want.push(text[start..].to_string());
            rest = &after[b + 2..];
        }
        text.push_str(rest);
        let got: Vec<String> = extract_text(&text)
            .iter()
            .map(|a| text[a.span.range()].to_string())
            .collect();
        assert_eq!(got, want, "in {text:?}");
    }

    #[test]
    fn an_article_opens_its_qualifiers_and_numbers() {
        // Every qualifier phrase an article opens is let through.
        for &k in qualifiers::phrases_of("a")
            .iter()
            .chain(qualifiers::phrases_of("an"))
        {
            let phrase = qualifiers::PHRASES[k].0;
            assert!(
                phrase.len() > 1 && ARTICLE_NEXT.contains(&phrase[1]),
                "{phrase:?}"
            );
        }
        check("She bought [[a dozen eggs]] and sold [[a minimum of 5 hens]].");
        check("Prices rose by [[an estimated 4%]] in [[a week to 10 days]], to [[A$5]].");
        check("A man and an orange, a week later.");
    }

    #[test]
    fn start_words_are_sorted_and_cover_the_rules() {
        assert!(
            START_WORDS.windows(2).all(|w| w[0] < w[1]),
            "START_WORDS must be sorted"
        );
        // `may_start` compares them with the word lower-cased on the fly.
        assert!(
            START_WORDS
                .iter()
                .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase())),
            "START_WORDS must be lower-case ASCII letters"
        );
        for w in [
            "seven",
            "twenty",
            "dozen",
            "first",
            "august",
            "nearly",
            "between",
            "usd",
            "thousands",
        ] {
            assert!(START_WORDS.binary_search(&w).is_ok(), "{w} missing");
        }
    }

    #[test]
    fn start_word_table_finds_every_entry_in_any_case() {
        // The word alone (compared byte by byte) and inside a longer text
        // (compared eight bytes at once when short).
        let find = |w: &str| {
            let text = format!("{w} and more text");
            let alone = start_word_index(w.as_bytes(), w.as_bytes());
            let inside = start_word_index(w.as_bytes(), text.as_bytes());
            assert_eq!(alone, inside, "{w}");
            alone
        };
        for (k, w) in START_WORDS.iter().enumerate() {
            assert_eq!(find(w), Some(k), "{w}");
            let upper = w.to_ascii_uppercase();
            assert_eq!(find(&upper), Some(k), "{upper}");
        }
        for w in [
            "the",
            "said",
            "ab",
            "fivee",
            "Dozenz",
            "",
            "millions1",
            "approximatel",
        ] {
            assert_eq!(find(w), None, "{w}");
        }
    }

    /// Checks that extracting `text` block by block, one paragraph per
    /// block, finds what one block of the whole text finds, and that
    /// passing over the tokens with no number within [`REACH`] tokens
    /// after them loses nothing.
    fn check_blocks(text: &str) {
        let whole = extract_blocks(text, usize::MAX, REACH);
        let by_paragraph = extract_blocks(text, 0, REACH);
        assert_eq!(by_paragraph, whole, "in {text:?}");
        let unlimited = extract_blocks(text, BLOCK, usize::MAX);
        assert_eq!(whole, unlimited, "reach, in {text:?}");
    }

    /// Whether the lower-case word `w` is a number of its own: a word
    /// `numbers::parse` starts a number with (a number word, a multiple,
    /// "half", "quarter"; after an article "dozen", "hundred", a scale or a
    /// fraction word), an ordinal word, or a vague plural ("dozens", "tens").
    fn is_number_word(w: &str) -> bool {
        numbers::word_value(w).is_some()
            || multiples::fold_word(w).is_some()
            || numbers::ordinal_word(w).is_some()
            || vague::base(w).is_some()
            || matches!(
                w,
                "tens"
                    | "half"
                    | "quarter"
                    | "hundred"
                    | "thousand"
                    | "million"
                    | "billion"
                    | "trillion"
                    | "dozen"
                    | "third"
                    | "fifth"
                    | "sixth"
                    | "seventh"
                    | "eighth"
                    | "ninth"
                    | "tenth"
            )
    }

    #[test]
    fn number_words_are_the_numbers_of_the_rules() {
        // Every listed word is a number, and every start word that is one
        // is listed (a number word missing from the list would let the scan
        // pass over the qualifier or currency before it).
        for w in NUMBER_WORDS {
            assert!(is_number_word(w), "{w} is no number");
            assert!(
                w.len() < 14 && w.bytes().all(|b| b.is_ascii_lowercase()),
                "{w}"
            );
        }
        for w in START_WORDS.iter().filter(|w| is_number_word(w)) {
            assert!(NUMBER_WORDS.contains(w), "{w} missing from NUMBER_WORDS");
        }
        // Every multiple `numbers::parse` reads, and every word a number
        // rule reads first or after an article.
        for w in [
            "nought", "nil", "eleven", "ninety", "hundred", "thousand", "zero", "one",
        ] {
            let fold = format!("{w}fold");
            assert_eq!(
                NUMBER_WORDS.contains(&fold.as_str()),
                multiples::fold_word(&fold).is_some(),
                "{fold}"
            );
        }
        for w in NUMBER_WORDS
            .iter()
            .filter_map(|w| numbers::word_value(w).map(|_| *w))
        {
            let fold = format!("{w}fold");
            if multiples::fold_word(&fold).is_some() {
                assert!(NUMBER_WORDS.contains(&fold.as_str()), "{fold} missing");
            }
        }
        for (w, rules) in START_WORDS.iter().map(|w| (*w, start_rules(w))) {
            // Only an article opens a number without being one.
            let own = rules & (R_NUMBER | R_VAGUE | R_ORDINAL) != 0 && !matches!(w, "a" | "an");
            assert!(
                !own || is_number_word(w),
                "{w} opens a number rule but is none"
            );
        }
        // The tokenizer notes each listed word in any case as a possible
        // number (and marks it), and every digit run.
        for w in NUMBER_WORDS {
            let capitalised = format!("{}{}", w[..1].to_ascii_uppercase(), &w[1..]);
            for v in [
                format!("{w}, then 7"),
                format!("{} 7", w.to_ascii_uppercase()),
                format!("{capitalised} 7"),
            ] {
                let (mut toks, mut marked, mut numbers) = (Vec::new(), Vec::new(), Vec::new());
                let block = tokens::Block {
                    toks: &mut toks,
                    marked: &mut marked,
                    numbers: &mut numbers,
                };
                tokens::tokenize_marking(&v, 0, usize::MAX, &START_MARKS, |_| false, block);
                let last = toks.len() as u32 - 1;
                assert_eq!(numbers, [0, last], "{v}");
                assert_eq!(marked, [0, last], "{v}");
            }
        }
    }

    #[test]
    fn number_look_alikes_are_not_noted_as_numbers() {
        // Words of a number word's shape (first letter, length, last
        // letter) but not its second letter: marked when a start word has
        // their shape, never noted as possible numbers.
        let text = "This spokesman should be between STATES: 40 tens";
        let (mut toks, mut marked, mut numbers) = (Vec::new(), Vec::new(), Vec::new());
        let block = tokens::Block {
            toks: &mut toks,
            marked: &mut marked,
            numbers: &mut numbers,
        };
        tokens::tokenize_marking(text, 0, usize::MAX, &START_MARKS, |_| false, block);
        let noted: Vec<&str> = numbers
            .iter()
            .map(|&k| {
                let t = toks[k as usize];
                &text[t.start as usize..t.end as usize]
            })
            .collect();
        assert_eq!(noted, ["40", "tens"]);
        for w in ["This", "spokesman", "should", "between", "STATES"] {
            let shape = |v: &str| {
                let v = v.to_ascii_lowercase();
                NUMBER_WORDS.iter().any(|n| {
                    n.len() == v.len()
                        && n.as_bytes()[0] == v.as_bytes()[0]
                        && n.ends_with(&v[v.len() - 1..])
                })
            };
            assert!(
                shape(w),
                "{w} lacks a number word's shape: it tests nothing"
            );
        }
    }

    #[test]
    fn figures_opened_far_before_their_number_are_found() {
        // The longest reach of each kind: found with the limit as without.
        for (text, opener) in [
            (
                "Prices were greater than or equal to US $ 5 a share.",
                "greater",
            ),
            (
                "It lasted greater than or equal to a dozen days.",
                "greater",
            ),
            ("It lasted greater than or equal to $ 7 days.", "greater"),
            // 16 tokens from "greater" to "dozen" (only the one-word
            // "approx." takes a dot, which left the limit a token to spare).
            ("It cost greater than or equal to US $ a dozen.", "greater"),
            ("It cost approx. US $ a dozen.", "approx"),
            (
                "It lasted an hour and a half, then a week to a dozen days.",
                "an hour",
            ),
            ("It lasted a week to a dozen days.", "a week"),
            ("On Mar. 15 they met.", "Mar."),
            ("They sold no fewer than £ 5 and more.", "no fewer"),
            ("They sold at least US $ 5.", "at least"),
            ("They sold ≥ 7 kg.", "≥"),
        ] {
            let found = extract_blocks(text, BLOCK, REACH);
            assert_eq!(found, extract_blocks(text, BLOCK, usize::MAX), "{text}");
            let at = text.find(opener).unwrap_or_default();
            assert!(
                found.iter().any(|a| a.span.start == at),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn blocks_of_paragraphs_find_what_the_whole_text_finds() {
        check_blocks("");
        check_blocks("\n\n");
        check_blocks("It rose from 5%\nto 7%.\n\nSales fell 3%.\r\nThey sold 300 flats\n and 120 in the south.");
        check_blocks("Between 10\n\nand 20 per cent; a dozen\n eggs; 16-\n18 Mill Road; 2\n-1.\n");
        check_blocks(
            "The index, at 3,410.2,\n up 12.5 points.\n35 of\nthe 40 seats\n\u{2028}$5\n million",
        );
    }

    /// The BBC corpus, read at run time: every paragraph a block.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn blocks_agree_on_the_corpus() {
        let Some(articles) = crate::test_corpus::articles("blocks") else {
            return;
        };
        check_blocks(&articles.join("\n\n"));
    }

    // proptest is a native-only dev-dependency (see Cargo.toml).
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 256, ..Default::default() })]

        /// Figure-like pieces with line breaks between them.
        #[test]
        fn blocks_agree_on_newsy_paragraphs(pieces in proptest::collection::vec((
            proptest::sample::select(&[
                "5", "2,000", "1.5", "-", "–", "$", "£", "%", "per", "cent", "bn", "million",
                "a", "dozen", "half", "two", "first", "between", "and", "to", "from", "up",
                "more", "than", "of", "the", "August", "2025", "points", "flats", "in", "or",
                "years", "-year-old", "km", ".", ",", "(", ")", "'", "s", "Street", "No",
                "greater", "equal", "US", "Rs", "Mar", "week", "days", "hour", "at", "least",
                "no", "fewer", "≥", "<", "=", "an", "estimated", "next", "eleven", "elevenfold",
                " ", "\n", "\n\n", "\r\n", " \n ", "\u{2028}", "\u{a0}",
            ][..]),
            proptest::sample::select(&["", " "][..]),
        ), 0..60)) {
            let text: String = pieces.iter().flat_map(|(p, s)| [*p, *s]).collect();
            check_blocks(&text);
        }
    }

    #[test]
    fn spans() {
        check("[[More than 30 nations]] met, and [[about two dozen leaders]] spoke.");
        check("It cost [[£5.2bn]] and [[45%]] of voters noticed.");
        check("Article 5 and No 10 Downing Street are not figures, nor is the G7.");
        check("The talks on [[15 August]] followed the invasion of [[February 2022]].");
        check(
            "The [[first direct meeting]] in [[six years]] came [[since 2023]]"
                .replace("[[since 2023]]", "since [[2023]]")
                .as_str(),
        );
        check("a [[three-year-long]] war and a [[nearly four\u{2011}year]] war");
        check("within the [[next week to 10 days]]");
    }
}
