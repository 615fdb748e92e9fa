//! The figure lexer: words, digit runs, single punctuation marks and spaces,
//! plus the cursor helpers every figure rule uses.
//!
//! What it does: cuts the text once into [`Token`]s (a block of paragraphs
//! at a time into one reused buffer, no allocation per token) and answers questions such as "is token `i` the
//! word `than`, ignoring case?" without allocating.
//!
//! Why: every rule in `figures/` looks a few tokens left and right of a
//! number; sharing one token stream keeps them consistent and fast.
//!
//! Example: `"£5.2bn, up 3%"` → `£` `5.2` `bn` `,` ` ` `up` ` ` `3` `%`.

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tk {
    /// A run of alphabetic characters.
    Word,
    /// A run of ASCII digits, with `,` or `.` between digits.
    Num,
    /// One other character.
    Punct(char),
    /// A run of white space; `true` when it holds a line break.
    Space(bool),
}

/// One token: a byte range of the text and its kind (16 bytes: offsets are
/// `u32`, so texts over 4 GiB give no tokens).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
    /// What it is.
    pub kind: Tk,
}

/// The character starting at byte `i` (a character boundary) and its length.
fn char_at(text: &str, i: usize) -> (char, usize) {
    match text.get(i..).and_then(|t| t.chars().next()) {
        Some(c) => (c, c.len_utf8()),
        None => ('\u{fffd}', 1),
    }
}

/// `char::is_alphabetic` for a non-ASCII character, deciding the Latin
/// letters and the common punctuation of news text without the Unicode
/// tables.
///
/// Why: curly quotes, dashes, no-break spaces and currency signs come up
/// in most articles, and the table look-up is slow in wasm. A test checks
/// every character against `char::is_alphabetic`.
///
/// Example: `é` is a letter; `’`, `–`, `£`, `€` and U+00A0 are not.
// Not inlined: kept out of the tokenizer's ASCII loops.
#[inline(never)]
fn is_letter(c: char) -> bool {
    match c {
        // Latin-1 letters and Latin Extended-A and B, but × and ÷.
        '\u{c0}'..='\u{24f}' => !matches!(c, '\u{d7}' | '\u{f7}'),
        // Controls, the no-break space, £, °, ², … (but ª, µ and º).
        '\u{80}'..='\u{bf}' => matches!(c, '\u{aa}' | '\u{b5}' | '\u{ba}'),
        // General punctuation (dashes, curly quotes, …, ′) and currency
        // signs (€, ₹).
        '\u{2000}'..='\u{206f}' | '\u{20a0}'..='\u{20cf}' => false,
        _ => c.is_alphabetic(),
    }
}

/// `char::is_whitespace` for a non-ASCII character, deciding the same
/// ranges as [`is_letter`] without the Unicode tables (a test checks every
/// character).
///
/// Example: U+00A0, U+2009 and U+2028 are white space; `’` and `£` are not.
// Not inlined: kept out of the tokenizer's ASCII loops.
#[inline(never)]
fn is_space(c: char) -> bool {
    match c {
        '\u{80}'..='\u{24f}' => matches!(c, '\u{85}' | '\u{a0}'),
        '\u{2000}'..='\u{206f}' => matches!(
            c,
            '\u{2000}'..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}'
        ),
        '\u{20a0}'..='\u{20cf}' => false,
        _ => c.is_whitespace(),
    }
}

/// Byte classes of the lexer (one table lookup per byte).
const OTHER: u8 = 0;
const DIGIT: u8 = 1;
const ALPHA: u8 = 2;
/// Space, tab, form feed: white space that continues a space run.
const BLANK: u8 = 3;
/// Line feed and carriage return.
const BREAK: u8 = 4;
/// Vertical tab: white space that opens a space run but does not continue
/// one (`char::is_whitespace` vs `u8::is_ascii_whitespace`).
const VTAB: u8 = 5;
const DOT: u8 = 6;
/// The first byte of a non-ASCII character (or a continuation byte).
const HIGH: u8 = 7;

static CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_alphabetic() {
            ALPHA
        } else if c == b' ' || c == b'\t' || c == 0x0c {
            BLANK
        } else if c == b'\n' || c == b'\r' {
            BREAK
        } else if c == 0x0b {
            VTAB
        } else if c == b'.' {
            DOT
        } else if c >= 0x80 {
            HIGH
        } else {
            OTHER
        };
        b += 1;
    }
    t
};

/// The end of the digit run starting at `i` (a digit): digits, with `,` or
/// `.` only when a digit follows.
#[inline]
fn digits_end(bytes: &[u8], i: usize) -> usize {
    let n = bytes.len();
    let mut k = i + 1;
    loop {
        if k < n && bytes[k].is_ascii_digit() {
            k += 1;
        } else if k + 1 < n
            && (bytes[k] == b',' || bytes[k] == b'.')
            && bytes[k + 1].is_ascii_digit()
        {
            k += 2;
        } else {
            return k;
        }
    }
}

const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` set when that byte is an ASCII letter
/// (SWAR: no carry crosses a byte, as each byte is at most 0x7f when added).
#[inline]
fn ascii_letters(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low = (x | (0x20 * ONES)) & (0x7f * ONES);
    // >= b'a' and not >= b'z' + 1, and ASCII.
    let ge_a = low + (0x80 - u64::from(b'a')) * ONES;
    let gt_z = low + (0x80 - u64::from(b'z') - 1) * ONES;
    ge_a & !gt_z & !x & HIGH_BITS
}

/// The high bit of each byte of `x` set when that byte is an ASCII capital
/// letter (as [`ascii_letters`]).
#[inline]
fn ascii_capitals(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low = x & (0x7f * ONES);
    // >= b'A' and not >= b'Z' + 1, and ASCII.
    let ge_a = low + (0x80 - u64::from(b'A')) * ONES;
    let gt_z = low + (0x80 - u64::from(b'Z') - 1) * ONES;
    ge_a & !gt_z & !x & HIGH_BITS
}

/// The end of the word whose first character ends before `i` (inlined
/// always: a call would cost a third of the work on a short word).
#[inline(always)]
fn word_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    let n = bytes.len();
    // Eight ASCII letters at a time.
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        let stop = !ascii_letters(x) & HIGH_BITS;
        if stop != 0 {
            i += (stop.trailing_zeros() / 8) as usize;
            // An ASCII byte that is no letter ends the word: no need to
            // look at it again below.
            if bytes.get(i).is_some_and(|&d| d < 0x80) {
                return i;
            }
            break;
        }
        i += 8;
    }
    while i < n {
        let d = bytes[i];
        if CLASS[d as usize] == ALPHA {
            i += 1;
        } else if d >= 0x80 {
            let (e, l) = char_at(text, i);
            if !is_letter(e) {
                break;
            }
            i += l;
        } else {
            break;
        }
    }
    i
}

/// The end of the space run whose first character ends before `i`, and
/// whether the run holds a line break (`newline`: the first character's).
#[inline]
fn space_end(text: &str, mut i: usize, mut newline: bool) -> (usize, bool) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    while i < n {
        let d = bytes[i];
        match CLASS[d as usize] {
            BLANK => i += 1,
            BREAK => {
                newline = true;
                i += 1;
            }
            HIGH => {
                let (e, l) = char_at(text, i);
                if !is_space(e) {
                    break;
                }
                i += l;
            }
            _ => break,
        }
    }
    (i, newline)
}

/// Cuts `text` into tokens. Bytes are read directly (one class lookup per
/// byte); only non-ASCII characters are decoded.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut toks = Vec::new();
    let block = Block {
        toks: &mut toks,
        marked: &mut Vec::new(),
        numbers: &mut Vec::new(),
    };
    let (_, len) = tokenize_marking(text, 0, usize::MAX, &Marks::NONE, |_| false, block);
    toks.truncate(len);
    toks
}

/// The letter index (0 for `a` or `A` … 25) of each byte; 255 for a byte
/// that is no ASCII letter.
static LETTER: [u8; 256] = {
    let mut t = [255u8; 256];
    let mut k = 0;
    while k < 26 {
        t[b'a' as usize + k] = k as u8;
        t[b'A' as usize + k] = k as u8;
        k += 1;
    }
    t
};

/// The word shapes to mark while cutting tokens: a word of `len` bytes
/// (below 14) whose first byte is the ASCII letter `first` and whose last
/// byte is the ASCII letter `last` (ignoring case, as letter indexes 0–25)
/// is marked when bit `last` of `shapes[first][len]` or of
/// `numbers[first][len]` is set, and noted as a possible number when that of
/// `numbers[first][len]` is and bit `second` (its second byte's letter
/// index) of `seconds[first][len]` too ([`Marks::new`]).
pub struct Marks {
    /// The shape bits (bits 0–25) and the number shape bits (bits 32–57)
    /// of each first letter and length, padded to 32 letters and 16
    /// lengths so that a masked index needs no bounds check (the padding
    /// is all zero): one load answers both questions.
    words: [[u64; 16]; 32],
    /// The second letters of the number words, likewise (bits 0–25).
    seconds: [[u32; 16]; 32],
}

/// `shapes` padded to 32 letters and 16 lengths, with no bit above 25.
const fn padded(shapes: &[[u32; 14]; 26]) -> [[u32; 16]; 32] {
    let mut words = [[0; 16]; 32];
    let mut f = 0;
    while f < 26 {
        let mut n = 0;
        while n < 14 {
            // Bits 26 and up name no letter.
            words[f][n] = shapes[f][n] & ((1 << 26) - 1);
            n += 1;
        }
        f += 1;
    }
    words
}

impl Marks {
    /// Marks no word.
    pub const NONE: Marks = Marks {
        words: [[0; 16]; 32],
        seconds: [[0; 16]; 32],
    };

    /// The marks of the given start and number shapes, and of the number
    /// words' second letters (same layout: bit `second` of
    /// `[first][len]`).
    pub const fn new(
        shapes: &[[u32; 14]; 26],
        numbers: &[[u32; 14]; 26],
        seconds: &[[u32; 14]; 26],
    ) -> Marks {
        let shapes = padded(shapes);
        let numbers = padded(numbers);
        let mut words = [[0u64; 16]; 32];
        let mut f = 0;
        while f < 32 {
            let mut n = 0;
            while n < 16 {
                // A number shape is marked too.
                let number = numbers[f][n] as u64;
                words[f][n] = (shapes[f][n] as u64 | number) | number << 32;
                n += 1;
            }
            f += 1;
        }
        Marks {
            words,
            seconds: padded(seconds),
        }
    }

    /// The marks of the ASCII word of `len` bytes starting with `first`
    /// and ending with `last`: bit 0 set when it is marked, bit 32 when it
    /// has a number shape (see [`Marks::number_second`]). One load, no
    /// branch.
    #[inline]
    fn word(&self, first: u8, last: u8, len: usize) -> u64 {
        // A byte that is no letter has index 255: row 31 or bit 31, both
        // empty; lengths 14 and 15 are empty rows, longer ones masked out.
        let (first, last) = (LETTER[usize::from(first)], LETTER[usize::from(last)]);
        let short = u64::from(len < 14);
        (self.words[usize::from(first & 31)][len & 15] >> (last & 31)) * short
    }

    /// Whether the ASCII word of `len` bytes starting with `first` and
    /// `second` has the second letter of a number word of its first letter
    /// and length: asked only of words of a number shape (few), it turns
    /// away many that are none ("this", "should", "between").
    #[inline]
    fn number_second(&self, first: u8, second: u8, len: usize) -> bool {
        let (first, second) = (LETTER[usize::from(first)], LETTER[usize::from(second)]);
        (self.seconds[usize::from(first & 31)][len & 15] >> (second & 31)) & 1 != 0
    }
}

/// The buffers [`tokenize_marking`] fills for one block of whole
/// paragraphs.
pub struct Block<'a> {
    /// Where the tokens go: the block's are the first ones (as many as
    /// returned); the buffer keeps its greatest length, so that the next
    /// block overwrites tokens in place rather than pushing them.
    pub toks: &'a mut Vec<Token>,
    /// Where the marked token indexes go (cleared first).
    pub marked: &'a mut Vec<u32>,
    /// Where the indexes of the tokens that may be numbers go (cleared
    /// first): every digit run, and every word of a number shape and a
    /// number word's second letter (a superset of the number words).
    pub numbers: &'a mut Vec<u32>,
}

/// [`tokenize`] of the paragraphs of `text` from byte `from` (a token
/// start: 0 or the end of an earlier block), also noting in `marked` the
/// index of every digit run, of every word that `marks` marks and of every
/// punctuation mark `c` for which `mark_punct(c)` holds: the scan for
/// figures then visits only those, without a second pass over all tokens.
/// The digit runs and the words of a number shape (with a number word's
/// second letter, [`Marks`]) go to `numbers` too.
///
/// The block ends with the first white space holding a line break (a
/// paragraph end) that ends at or after byte `min_end`, or with the text;
/// the block's end and its number of tokens are returned. The tokens are exactly those that
/// tokenizing the whole text gives in that range, as a token's kind depends
/// on the bytes before it only through where it starts. (Never inlined: its
/// loop keeps its state in registers only in a function of its own.)
///
/// Why every byte, when half the tokens of news text lie more than 40
/// tokens from any digit run or number word: to skip them one must still
/// find those numbers, i.e. walk the words, and that walk is the cost, not
/// storing the tokens. Measured (session 7, news text): the same loop
/// storing nothing and noting only number shapes costs 70–78% of this
/// function's instructions natively and 80–110% of its time in Node, so
/// tokenizing windows around numbers only (plus the walk between them and
/// the windows' margins tokenized twice) would cost about what it saves.
///
/// Whether a word is marked is noted without a branch ([`note`]); the rare
/// number shapes keep theirs. Measured (session 8, Node 26, figures only,
/// in-wasm loop): 6–7% faster on 1 MB of news text; on one 22 KB text
/// run over and over, 2–3% slower, as the predictor learns that text's
/// marks (on different 22 KB texts, and with the whole pipeline, faster).
#[inline(never)]
pub fn tokenize_marking(
    text: &str,
    from: usize,
    min_end: usize,
    marks: &Marks,
    mark_punct: impl Fn(char) -> bool,
    block: Block,
) -> (usize, usize) {
    let Block {
        toks,
        marked: marked_out,
        numbers: numbers_out,
    } = block;
    marked_out.clear();
    numbers_out.clear();
    let bytes = text.as_bytes();
    let n = bytes.len();
    if u32::try_from(n).is_err() {
        return (n, 0);
    }
    // A local vector (given back at the end) keeps its pointer and length
    // in registers.
    let mut out = std::mem::take(toks);
    let out = &mut out;
    let mut marked = std::mem::take(marked_out);
    let mut numbers = std::mem::take(numbers_out);
    // News text has about 0.37 tokens per byte: room for all of a block's
    // at once, so the vector is not copied while it grows.
    out.reserve((min_end.min(n).saturating_sub(from) / 2 + BATCH).saturating_sub(out.len()));
    // The number of tokens so far, a local so that it stays in a register
    // (see `push`).
    let mut len = 0usize;
    // The marked tokens so far: written without a branch into a vector
    // sized for the block's likely count (news text has about one marked
    // token per 27 bytes; [`note`]).
    let room = (min_end.min(n).saturating_sub(from) / 16).saturating_add(BATCH);
    marked.resize(room, 0);
    let mut n_marked = 0usize;
    let mut i = from;
    while i < n {
        let start = i;
        let b = bytes[i];
        let class = CLASS[b as usize];
        // Words first, pushed with their kind known (a constant store):
        // half of all tokens, and most of the rest are the single spaces
        // after them.
        if class == ALPHA {
            // A run of words with single spaces between them, without going
            // back to the dispatch for each word.
            let (mut start, mut b) = (start, b);
            loop {
                i = word_end(text, start + 1);
                let last = bytes.get(i - 1).copied().unwrap_or(0);
                let bits = marks.word(b, last, i - start);
                // Marked or not (a fifth of the words, no pattern): noted
                // without a branch. A number shape is rare: a branch.
                note(&mut marked, &mut n_marked, len, bits & 1 != 0);
                if (bits >> 32) & 1 != 0
                    && marks.number_second(b, bytes.get(start + 1).copied().unwrap_or(0), i - start)
                {
                    numbers.push(len as u32);
                }
                push(out, &mut len, start, i, Tk::Word);
                match bytes.get(i..i + 2) {
                    Some(&[b' ', next]) if CLASS[next as usize] == ALPHA => {
                        push(out, &mut len, i, i + 1, Tk::Space(false));
                        (start, b) = (i + 1, next);
                    }
                    _ => break,
                }
            }
        } else {
            let (kind, end) = other_token(text, i, b, class);
            i = end;
            let mark = match kind {
                Tk::Num => true,
                Tk::Punct(c) => mark_punct(c),
                // Words starting with a non-ASCII letter: no shape.
                Tk::Word | Tk::Space(_) => false,
            };
            if mark {
                note(&mut marked, &mut n_marked, len, true);
            }
            if kind == Tk::Num {
                numbers.push(len as u32);
            }
            push(out, &mut len, start, i, kind);
            if kind == Tk::Space(true) && i >= min_end {
                break;
            }
        }
        // The common single space between two tokens, without the dispatch
        // (a space run ends at a byte that is no white space).
        if i + 1 < n
            && bytes[i] == b' '
            && matches!(CLASS[bytes[i + 1] as usize], ALPHA | DIGIT | DOT | OTHER)
        {
            push(out, &mut len, i, i + 1, Tk::Space(false));
            i += 1;
        }
    }
    marked.truncate(n_marked);
    *toks = std::mem::take(out);
    *marked_out = marked;
    *numbers_out = numbers;
    (i, len)
}

/// Room for a few more tokens than the block's estimate.
const BATCH: usize = 64;

/// Makes the token `start..end` of kind `kind` the `len`-th of `out`:
/// overwritten in place when an earlier block left one there (no length
/// written back per token, as `Vec::push` does), pushed otherwise.
#[inline(always)]
fn push(out: &mut Vec<Token>, len: &mut usize, start: usize, end: usize, kind: Tk) {
    let token = Token {
        start: start as u32,
        end: end as u32,
        kind,
    };
    // `len` never exceeds `out.len()`: tokens are written in order.
    match out.get_mut(*len) {
        Some(slot) => *slot = token,
        None => out.push(token),
    }
    *len += 1;
}

/// Notes token `index` as the `count`-th entry of `v`, kept only when
/// `yes`.
///
/// What it does: writes the index at `v[count]` whatever `yes` is, and
/// moves `count` on by `yes`: an entry not kept is written over by the
/// next one (the caller truncates `v` to `count` at the end). `v` is sized
/// ahead; past its length the entry is pushed (rare: a block with more
/// marks than foreseen).
/// Why: a fifth of the words of news text are marked, in no order a
/// branch predictor can learn over a long text; a branch per word
/// ("marked? then push") cost more than this store (the figures stage on
/// 1 MB of news text about 6% faster in V8, see `tokenize_marking`).
/// Example: words 3, 5, 7, 9 with 5 and 9 marked → `v` = `[5, 9]` after the
/// truncation.
#[inline(always)]
fn note(v: &mut Vec<u32>, count: &mut usize, index: usize, yes: bool) {
    match v.get_mut(*count) {
        Some(slot) => *slot = index as u32,
        None => v.push(index as u32),
    }
    *count += usize::from(yes);
}

/// The token other than an ASCII word starting at byte `i` (its first byte
/// `b`, of class `class`): its kind and end. Inlined always: LLVM kept it
/// a call in the speed-tuned wasm, which returned the pair through memory
/// (inlined, the whole pipeline in Node 26 about 0.5% faster; the size-tuned
/// wasm +0.5 KB gzipped).
#[inline(always)]
fn other_token(text: &str, i: usize, b: u8, class: u8) -> (Tk, usize) {
    let bytes = text.as_bytes();
    match class {
        BLANK => {
            let (e, nl) = space_end(text, i + 1, false);
            (Tk::Space(nl), e)
        }
        BREAK | VTAB => {
            let (e, nl) = space_end(text, i + 1, b != 0x0b);
            (Tk::Space(nl), e)
        }
        DIGIT => (Tk::Num, digits_end(bytes, i)),
        DOT if bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
            && (i == 0 || matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b'(' | b'$')) =>
        {
            (Tk::Num, digits_end(bytes, i))
        }
        HIGH => {
            let (c, len) = char_at(text, i);
            if is_letter(c) {
                (Tk::Word, word_end(text, i + len))
            } else if is_space(c) {
                let (e, nl) = space_end(text, i + len, false);
                (Tk::Space(nl), e)
            } else {
                (Tk::Punct(c), i + len)
            }
        }
        _ => (Tk::Punct(char::from(b)), i + 1),
    }
}

/// A word lower-cased without allocating: the word itself when it has no
/// capital (the common case), else an ASCII copy in a stack buffer. Longer
/// words or capitalised words with non-ASCII letters come back empty (no
/// lexicon entry has them).
pub enum Lower<'a> {
    /// Already lower case.
    Borrowed(&'a str),
    /// A lower-cased copy.
    Owned([u8; 24], usize),
}

impl<'a> Lower<'a> {
    /// Lower-cases `s`.
    pub fn new(s: &'a str) -> Lower<'a> {
        if !s.bytes().any(|b| b.is_ascii_uppercase()) {
            return Lower::Borrowed(s);
        }
        let mut buf = [0u8; 24];
        if s.len() > buf.len() || !s.is_ascii() {
            return Lower::Owned(buf, 0);
        }
        for (b, c) in buf.iter_mut().zip(s.bytes()) {
            *b = c.to_ascii_lowercase();
        }
        Lower::Owned(buf, s.len())
    }

    /// The lower-cased text.
    pub fn as_str(&self) -> &str {
        match self {
            Lower::Borrowed(s) => s,
            Lower::Owned(buf, len) => std::str::from_utf8(&buf[..*len]).unwrap_or(""),
        }
    }
}

/// Compares the lower-case ASCII word `w` with `s` lower-cased (ASCII
/// letters only), without copying `s`: the order of `w` and [`Lower`] of `s`
/// when `w` is a lower-case ASCII word.
pub fn cmp_lower(w: &str, s: &[u8]) -> std::cmp::Ordering {
    w.bytes().cmp(s.iter().map(u8::to_ascii_lowercase))
}

/// A text with its tokens: the cursor all figure rules read.
pub struct Ctx<'a> {
    /// The document text.
    pub text: &'a str,
    /// Its tokens.
    pub toks: &'a [Token],
}

impl<'a> Ctx<'a> {
    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// True when there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    /// The text of token `i` ("" when out of range).
    pub fn s(&self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) => self
                .text
                .get(t.start as usize..t.end as usize)
                .unwrap_or(""),
            None => "",
        }
    }

    /// The bytes of the text from token `i`'s first on (empty when out of
    /// range): a token's bytes and what follows, to read several at once.
    pub fn from(&self, i: usize) -> &'a [u8] {
        match self.toks.get(i) {
            Some(t) => self.text.as_bytes().get(t.start as usize..).unwrap_or(&[]),
            None => &[],
        }
    }

    /// The bytes of token `i` (empty when out of range).
    pub fn bytes(&self, i: usize) -> &'a [u8] {
        match self.toks.get(i) {
            Some(t) => self
                .text
                .as_bytes()
                .get(t.start as usize..t.end as usize)
                .unwrap_or(&[]),
            None => &[],
        }
    }

    /// The kind of token `i`.
    pub fn kind(&self, i: usize) -> Option<Tk> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// True when token `i` is a word.
    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Tk::Word)
    }

    /// True when token `i` is a digit run.
    pub fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(Tk::Num)
    }

    /// True when token `i` is the punctuation mark `c`.
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(Tk::Punct(c))
    }

    /// True when token `i` is a hyphen or dash joining two words.
    pub fn is_hyphen(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(Tk::Punct('-' | '\u{2010}' | '\u{2011}')))
    }

    /// True when token `i` is a dash usable in a range.
    pub fn is_range_dash(&self, i: usize) -> bool {
        matches!(
            self.kind(i),
            Some(Tk::Punct(
                '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '~'
            ))
        )
    }

    /// Lower-cased text of word token `i` (empty for other tokens):
    /// [`Lower::new`] of the word, with words of up to 8 bytes (most) read
    /// as one 8-byte number from the text and lower-cased all at once.
    pub fn lower(&self, i: usize) -> Lower<'a> {
        let Some(t) = self.toks.get(i).filter(|t| t.kind == Tk::Word) else {
            return Lower::Borrowed("");
        };
        let (start, end) = (t.start as usize, t.end as usize);
        let word = self.text.get(start..end).unwrap_or("");
        let len = word.len();
        if let Some(chunk) = self
            .text
            .as_bytes()
            .get(start..start + 8)
            .filter(|_| (1..=8).contains(&len))
        {
            let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            // The word's bytes only.
            let keep = u64::MAX >> (64 - 8 * len);
            let upper = ascii_capitals(x) & keep;
            if upper == 0 {
                return Lower::Borrowed(word);
            }
            if x & keep & HIGH_BITS == 0 {
                // ASCII: set the case bit (0x20) of each capital.
                let mut buf = [0u8; 24];
                let lowered = (x | upper >> 2) & keep;
                buf[..8].copy_from_slice(&lowered.to_le_bytes());
                return Lower::Owned(buf, len);
            }
        }
        Lower::new(word)
    }

    /// True when token `i` is the word `w` (ASCII case-insensitive).
    #[inline]
    pub fn is(&self, i: usize, w: &str) -> bool {
        // On bytes (what `str::eq_ignore_ascii_case` compares): no
        // character-boundary checks; lengths first: most words differ there.
        match self.toks.get(i) {
            Some(t) if t.kind == Tk::Word && (t.end - t.start) as usize == w.len() => self
                .text
                .as_bytes()
                .get(t.start as usize..t.end as usize)
                .is_some_and(|b| b.eq_ignore_ascii_case(w.as_bytes())),
            _ => false,
        }
    }

    /// True when token `a + 1` is a hyphen touching tokens `a` and `a + 2`
    /// ("mid-30s", "6-foot-2", "basis-point").
    pub fn hyphen_joins(&self, a: usize) -> bool {
        self.is_hyphen(a + 1) && self.adjacent(a, a + 1) && self.adjacent(a + 1, a + 2)
    }

    /// True when the word "s" is glued to token `last` ("30s", "over-65s").
    pub fn glued_s(&self, last: usize) -> bool {
        self.is(last + 1, "s") && self.adjacent(last, last + 1)
    }

    /// True when tokens `a` and `b` touch (no space between). Note that
    /// `adjacent(i, i + 1)` always holds: test the kind of `i + 1` too.
    pub fn adjacent(&self, a: usize, b: usize) -> bool {
        match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) => x.end == y.start,
            _ => false,
        }
    }

    /// The next token after `i`, skipping one space without a line break.
    pub fn next(&self, i: usize) -> Option<usize> {
        let j = i + 1;
        match self.kind(j)? {
            Tk::Space(false) => {
                if j + 1 < self.len() {
                    Some(j + 1)
                } else {
                    None
                }
            }
            Tk::Space(true) => None,
            _ => Some(j),
        }
    }

    /// The token before `i`, skipping one space without a line break.
    pub fn prev(&self, i: usize) -> Option<usize> {
        let j = i.checked_sub(1)?;
        match self.kind(j)? {
            Tk::Space(false) => j.checked_sub(1),
            Tk::Space(true) => None,
            _ => Some(j),
        }
    }

    /// The next word after `i` (skipping one space), if the next token is a word.
    pub fn next_word(&self, i: usize) -> Option<usize> {
        self.next(i).filter(|&j| self.is_word(j))
    }

    /// The word before `i` (skipping one space), if the previous token is a word.
    pub fn prev_word(&self, i: usize) -> Option<usize> {
        self.prev(i).filter(|&j| self.is_word(j))
    }

    /// Matches the words of `phrase` starting at token `i` (one space between
    /// words); returns the index of the last token matched.
    pub fn phrase(&self, i: usize, phrase: &[&str]) -> Option<usize> {
        let mut k = i;
        for (n, w) in phrase.iter().enumerate() {
            if n > 0 {
                k = self.next(k)?;
            }
            if !self.is(k, w) {
                return None;
            }
        }
        Some(k)
    }

    /// Matches `parts` token by token with nothing between them ("m.p.h"):
    /// words ignoring case, marks exactly.
    pub fn phrase_glued(&self, i: usize, parts: &[&str]) -> bool {
        parts.iter().enumerate().all(|(n, p)| {
            let k = i + n;
            (n == 0 || self.adjacent(k - 1, k)) && self.s(k).eq_ignore_ascii_case(p)
        })
    }

    /// True when token `i` starts a sentence or a line (nothing but opening
    /// punctuation since the last sentence end).
    pub fn starts_sentence(&self, i: usize) -> bool {
        let mut k = i;
        loop {
            if k == 0 {
                return true;
            }
            k -= 1;
            match self.toks[k].kind {
                Tk::Space(true) => return true,
                Tk::Space(false) => continue,
                Tk::Punct('.' | '!' | '?' | ':' | ';' | '•' | '|') => return true,
                Tk::Punct('"' | '“' | '‘' | '\'' | '(' | '[' | '—' | '–' | '-') => continue,
                _ => return false,
            }
        }
    }

    /// The text from the start of token `a` to the end of token `b` (empty
    /// when `b` comes before `a`).
    pub fn between(&self, a: usize, b: usize) -> &'a str {
        let (s, e) = (self.start(a), self.end(b));
        if s <= e {
            self.text.get(s..e).unwrap_or("")
        } else {
            ""
        }
    }

    /// Byte start of token `i`.
    pub fn start(&self, i: usize) -> usize {
        self.toks
            .get(i)
            .map_or(self.text.len(), |t| t.start as usize)
    }

    /// Byte end of token `i`.
    pub fn end(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.end as usize)
    }
}

/// True when the first character of `s` is upper case.
pub fn capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// True when every letter of `s` is upper case (and there is one).
pub fn all_caps(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    //! The lexer on white space, decimals and non-ASCII letters.
    use super::*;

    /// Checks the tokens of `text` as (text, kind) pairs.
    fn check(text: &str, want: &[(&str, Tk)]) {
        let got: Vec<(&str, Tk)> = tokenize(text)
            .iter()
            .map(|t| (&text[t.start as usize..t.end as usize], t.kind))
            .collect();
        assert_eq!(got, want, "in {text:?}");
    }

    #[test]
    fn fast_classes_agree_with_the_unicode_tables_on_every_character() {
        let mut letters = 0;
        for c in ('\u{80}'..=char::MAX).filter(|c| !c.is_ascii()) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "letter {c:?}");
            assert_eq!(is_space(c), c.is_whitespace(), "space {c:?}");
            letters += usize::from(is_letter(c));
        }
        // The fast ranges hold letters, and the tables the rest.
        assert!(letters > 100_000, "{letters} letters");
        assert!(is_letter('é') && is_letter('ª') && !is_letter('×') && !is_letter('’'));
        assert!(is_space('\u{a0}') && is_space('\u{2009}') && !is_space('£'));
    }

    #[test]
    fn marked_tokens_are_noted_past_the_foreseen_room() {
        // Every three-letter word starting with "a" has a marked shape.
        let mut shapes = [[0u32; 14]; 26];
        shapes[0][3] = (1 << 26) - 1;
        let marks = Marks::new(&shapes, &[[0; 14]; 26], &[[0; 14]; 26]);
        // One paragraph with far more marked words than the room foreseen
        // for its length (one per 16 bytes plus a batch).
        let mut text = String::new();
        for k in 0..600 {
            text.push_str(["abc ", "xyz ", "and ", "12 ", "$ ", "ab "][k % 6]);
        }
        let (mut toks, mut marked, mut numbers) = (Vec::new(), Vec::new(), Vec::new());
        let block = Block {
            toks: &mut toks,
            marked: &mut marked,
            numbers: &mut numbers,
        };
        let (_, len) = tokenize_marking(&text, 0, 0, &marks, |c| c == '$', block);
        let want: Vec<u32> = (0..len)
            .filter(|&k| {
                let t = toks[k];
                let s = &text[t.start as usize..t.end as usize];
                match t.kind {
                    Tk::Word => s.len() == 3 && s.starts_with('a'),
                    Tk::Num | Tk::Punct('$') => true,
                    _ => false,
                }
            })
            .map(|k| k as u32)
            .collect();
        assert!(want.len() > 300, "{} marked", want.len());
        assert_eq!(marked, want);
        let digits: Vec<u32> = (0..len)
            .filter(|&k| toks[k].kind == Tk::Num)
            .map(|k| k as u32)
            .collect();
        assert_eq!(numbers, digits);
    }

    #[test]
    fn spaces_words_and_numbers() {
        use Tk::*;
        check(
            "£5.2bn, up 3%",
            &[
                ("£", Punct('£')),
                ("5.2", Num),
                ("bn", Word),
                (",", Punct(',')),
                (" ", Space(false)),
                ("up", Word),
                (" ", Space(false)),
                ("3", Num),
                ("%", Punct('%')),
            ],
        );
        // A vertical tab opens a space run but does not continue one; a
        // no-break space continues it; a line break is recorded.
        check(
            "a\u{b} \u{a0}b \r\nc\u{c}\u{b}d",
            &[
                ("a", Word),
                ("\u{b} \u{a0}", Space(false)),
                ("b", Word),
                (" \r\n", Space(true)),
                ("c", Word),
                ("\u{c}", Space(false)),
                ("\u{b}", Space(false)),
                ("d", Word),
            ],
        );
        // ".5" is a number after a space or "(", not after a letter.
        check(
            "(.5 x.5 1,000.25,",
            &[
                ("(", Punct('(')),
                (".5", Num),
                (" ", Space(false)),
                ("x", Word),
                (".", Punct('.')),
                ("5", Num),
                (" ", Space(false)),
                ("1,000.25", Num),
                (",", Punct(',')),
            ],
        );
        // Non-ASCII letters inside and at the start of words; long words.
        check(
            "Zürich élan naïveté-extraordinarily",
            &[
                ("Zürich", Word),
                (" ", Space(false)),
                ("élan", Word),
                (" ", Space(false)),
                ("naïveté", Word),
                ("-", Punct('-')),
                ("extraordinarily", Word),
            ],
        );
    }
}
