//! Word lists for quotes and entities, merged once into one hashed table.
//!
//! Every lookup takes a word already folded to lower case (the document's
//! text with ASCII letters lower-cased, and no possessive: see
//! `tokens::folded`); words with other characters never match. The tokenizer
//! looks each word up once, with the FNV-1a hash it computes while folding
//! the word, and keeps the bit set of the lists the word belongs to in the
//! token: the rules then test bits, never strings.

use crate::hash::HashIndex;

/// Every word list, in bit order: bit `i` of [`bits`] is list `i`.
const LISTS: &[&str] = &[
    CUE_WORDS,
    WEAK_CUE_WORDS,
    HONORIFIC_WORDS,
    ROLE_WORD_WORDS,
    OFFICE_WORDS,
    NATIONALITY_WORDS,
    NOT_NAME_WORDS,
    PRONOUN_WORDS,
    GENERIC_PLURAL_WORDS,
    SOURCE_NOUN_WORDS,
    SPOKES_NOUN_WORDS,
    ORGANISATION_NOUN_WORDS,
    ORGANISATION_WORD_WORDS,
    PLACE_WORDS,
    LABEL_HEAD_WORDS,
    NAMING_WORD_WORDS,
    WORK_NOUN_WORDS,
    FINITE_VERB_WORDS,
    SUBJECT_WORD_WORDS,
    RELATIVISER_WORDS,
    FUNCTION_WORD_WORDS,
    THING_HEAD_WORDS,
    PLACE_HEAD_WORDS,
];

// The short-word table keeps a word's bits below its length (bits 24..).
const _: () = assert!(LISTS.len() <= 24);

/// Every list's bit: the part of a token's bits that names lists.
pub(crate) const ALL_LISTS: u32 = (1 << LISTS.len()) - 1;

/// Every listed word once, as a [`Key`] with its list bits, indexed by hash.
pub(crate) struct Table {
    words: Vec<(Key, u32)>,
    index: HashIndex,
    /// The words of at most 8 bytes, one per hash bucket: `(first chunk,
    /// length << 24 | bits)`; [`Table::SHARED`] marks a bucket two words
    /// fell into (look those up in `index`), 0 an empty one.
    /// (A fixed-size array: a slot is always in bounds, no length check.)
    short: Box<[(u64, u32); Table::SHORT_SLOTS]>,
    /// One bit per short-word bucket ([`Table::short_slot`]) that the hash
    /// of some listed word, of any length, falls into.
    ///
    /// Why: most words of a text are in no list; 1 KB of bits stays in the
    /// nearest cache, while the word tables (128 KB and 32 KB) are read at
    /// random places, one cache miss per rare word (a sixth of the
    /// tokenizer's time in V8). Words of up to 8 bytes (most words) skip
    /// it: [`Table::bits_short`] reads their bucket at once.
    occupied: [u64; Table::SHORT_SLOTS / 64],
}

/// The word table, built once, on first use, from every list below.
pub(crate) fn table() -> &'static Table {
    static TABLE: std::sync::OnceLock<Table> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut words: Vec<(Key, u32)> = Vec::new();
        let mut at: crate::hash::FastMap<&'static [u8], usize> = Default::default();
        let mut add = |word: &'static str, bit: u32| {
            // A word longer than a key never matches a token.
            let Some(key) = Key::of_folded(word.as_bytes()) else {
                return;
            };
            let k = *at.entry(word.as_bytes()).or_insert_with(|| {
                words.push((key, 0));
                words.len() - 1
            });
            words[k].1 |= bit;
        };
        for (i, list) in LISTS.iter().enumerate() {
            list.lines().for_each(|w| add(w, 1 << i));
        }
        CLUB_END_WORDS
            .iter()
            .for_each(|w| add(w, ORGANISATION_WORD));
        let mut index = HashIndex::with_capacity(words.len());
        let mut short = Box::new([(0, 0); Table::SHORT_SLOTS]);
        let mut occupied = [0u64; Table::SHORT_SLOTS / 64];
        for (k, (key, bits)) in words.iter().enumerate() {
            index.insert(key.hash(), k as u32);
            let s = Table::short_slot(key.hash());
            occupied[s / 64] |= 1 << (s % 64);
            if key.len <= 8 {
                let slot = &mut short[Table::short_slot(key.hash())];
                *slot = if slot.1 == 0 {
                    (key.chunks[0], key.len << 24 | bits)
                } else {
                    (0, Table::SHARED)
                };
            }
        }
        Table {
            words,
            index,
            short,
            occupied,
        }
    })
}

/// A folded word of at most [`Key::MAX`] bytes packed into three
/// little-endian `u64`s, zero-padded, with its length.
///
/// What it does: holds a word so that comparing two words is three integer
/// compares and hashing it is three multiplies.
///
/// Why: every word token of a document is folded, hashed and looked up in
/// the word table; a byte-at-a-time loop and a `memcmp` per probe were most
/// of the tokenizer's cost.
///
/// Example: `"said"` → chunks `[0x6469_6173, 0, 0]`, length 4.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Key {
    chunks: [u64; 3],
    len: u32,
}

impl Key {
    /// The longest word a key holds, in bytes.
    pub(crate) const MAX: usize = 24;

    /// The key of `w`, already folded to lower case; `None` when longer
    /// than [`Key::MAX`].
    pub(crate) fn of_folded(w: &[u8]) -> Option<Key> {
        if w.len() > Key::MAX {
            return None;
        }
        let mut buf = [0u8; Key::MAX];
        buf[..w.len()].copy_from_slice(w);
        let mut chunks = [0u64; 3];
        for (c, b) in chunks.iter_mut().zip(buf.chunks_exact(8)) {
            let mut a = [0u8; 8];
            a.copy_from_slice(b);
            *c = u64::from_le_bytes(a);
        }
        Some(Key {
            chunks,
            len: w.len() as u32,
        })
    }

    /// The key of the `n <= MAX` bytes of `text` from `at` (a word that lies
    /// inside `text`), with ASCII letters lower-cased.
    #[inline]
    pub(crate) fn of_text(text: &[u8], at: usize, n: usize) -> Key {
        let mut chunks = [0u64; 3];
        let mut k = 0;
        while k < 3 && 8 * k < n {
            chunks[k] = lower_chunk(load(text, at + 8 * k, n - 8 * k));
            k += 1;
        }
        Key {
            chunks,
            len: n as u32,
        }
    }

    /// The key of a word of `9..=16` bytes already lower-cased into two
    /// chunks (the second zero beyond the word).
    #[inline]
    pub(crate) fn of_lower_chunks(first: u64, second: u64, len: usize) -> Key {
        Key {
            chunks: [first, second, 0],
            len: len as u32,
        }
    }

    /// The first eight bytes of the key (the whole word for a short one).
    #[cfg(test)]
    pub(crate) fn first_chunk(&self) -> u64 {
        self.chunks[0]
    }

    /// The multiplier of [`Key::hash`].
    const K: u64 = 0x9e37_79b9_7f4a_7c15;

    /// The key's hash: the same for equal keys (the tables key on it).
    ///
    /// The length is left out: a folded word holds no zero byte and its
    /// chunks are zero beyond it, so its chunks tell its length (keys of
    /// other strings that differ only in trailing zero bytes share a hash,
    /// and are told apart by the key compare).
    #[inline]
    pub(crate) fn hash(&self) -> u32 {
        let mut h = self.chunks[0];
        if self.len > 8 {
            h = h.wrapping_mul(Key::K) ^ self.chunks[1];
            if self.len > 16 {
                h = h.wrapping_mul(Key::K) ^ self.chunks[2];
            }
        }
        Key::finish(h)
    }

    /// [`Key::hash`] of the key of a word of at most 8 bytes, lower-cased
    /// into `chunk` (zero beyond the word), without building the key.
    #[inline(always)]
    pub(crate) fn hash_short(chunk: u64) -> u32 {
        Key::finish(chunk)
    }

    /// The last mixing step of [`Key::hash`]: the high half of one
    /// multiply, which every bit of `h` reaches (one multiply per word:
    /// the tokenizer hashes every word of the text).
    #[inline(always)]
    fn finish(h: u64) -> u32 {
        (h.wrapping_mul(0xbf58_476d_1ce4_e5b9) >> 32) as u32
    }
}

/// Up to 8 bytes of `text` from `at` (`n` of them, or 8 if `n >= 8`) as a
/// little-endian `u64`, zero beyond them.
#[inline]
fn load(text: &[u8], at: usize, n: usize) -> u64 {
    if let Some(Ok(a)) = text.get(at..at + 8).map(<[u8; 8]>::try_from) {
        let x = u64::from_le_bytes(a);
        return if n >= 8 {
            x
        } else {
            x & ((1u64 << (8 * n)) - 1)
        };
    }
    let n = n.min(8);
    let mut a = [0u8; 8];
    if let Some(s) = text.get(at..at + n) {
        a[..n].copy_from_slice(s);
    }
    u64::from_le_bytes(a)
}

/// The 8 bytes of `x` with ASCII upper-case letters lower-cased and every
/// other byte (digits, punctuation, UTF-8 bytes) unchanged, as
/// `u8::to_ascii_lowercase` does byte by byte.
#[inline]
fn lower_chunk(x: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Per byte, without carries between bytes (7 bits + a small addend):
    // the high bit says "> 'Z'" and ">= 'A'".
    let h = x & LOW7;
    let above_z = h.wrapping_add(0x2525_2525_2525_2525);
    let from_a = h.wrapping_add(0x3f3f_3f3f_3f3f_3f3f);
    let upper = (from_a ^ above_z) & !x & HIGH;
    x | (upper >> 2)
}

/// The 32 bits of a word's FNV-1a hash that the tables key on (both halves
/// folded together): the hash of a folded word too long for a [`Key`].
#[inline]
pub(crate) fn word_hash(fnv: u64) -> u32 {
    (fnv ^ (fnv >> 32)) as u32
}

/// The lists a folded word belongs to, as a bit set (bit `i` = `LISTS[i]`).
pub(crate) fn bits(w: &str) -> u32 {
    Key::of_folded(w.as_bytes()).map_or(0, |key| bits_of_key(&key, key.hash()))
}

/// [`bits`] of a folded word's key whose [`Key::hash`] is already known.
#[inline]
pub(crate) fn bits_of_key(key: &Key, hash: u32) -> u32 {
    table().bits(key, hash)
}

impl Table {
    /// Buckets of the short-word table (a power of two).
    const SHORT_SLOTS: usize = 8192;
    /// A short-word bucket holding more than one word.
    const SHARED: u32 = u32::MAX;

    /// The short-word bucket of a hash: its top bits ([`Key::hash`] is
    /// already mixed, so no multiply).
    #[inline]
    fn short_slot(hash: u32) -> usize {
        (hash >> (32 - Table::SHORT_SLOTS.trailing_zeros())) as usize
    }

    /// Whether a listed word's hash may fall into short-word bucket `slot`
    /// (false: the word is in no list).
    #[inline(always)]
    fn may_hold(&self, slot: usize) -> bool {
        self.occupied[slot / 64 % (Table::SHORT_SLOTS / 64)] >> (slot % 64) & 1 != 0
    }

    /// [`Table::bits`] of a word of `1..=8` bytes whose key's first chunk is
    /// `chunk`: usually one bucket read, no probing.
    ///
    /// Why no [`Table::may_hold`] test first: whether a word is listed
    /// follows the text, and with every stage running the branch predictor
    /// missed that test (and the chunk compare) about one word in three. The
    /// bucket read costs less than the misses (Node 26, whole pipeline: about
    /// 3% faster at 22 KB and 1 MB).
    #[inline(always)]
    pub(crate) fn bits_short(&self, chunk: u64, len: usize, hash: u32) -> u32 {
        let (c, meta) = self.short[Table::short_slot(hash)];
        if meta == Table::SHARED {
            let key = Key {
                chunks: [chunk, 0, 0],
                len: len as u32,
            };
            return self.bits(&key, hash);
        }
        // Equal chunks are equal words of the same length: a word holds no
        // zero byte and its chunk is zero beyond it (an empty or shared
        // bucket's chunk is 0, never a word's). A select, not a branch:
        // whether a word is listed follows the text.
        let hit = u32::from(c == chunk).wrapping_neg();
        meta & 0x00ff_ffff & hit
    }

    /// [`bits_of_key`] with the table at hand (a loop over many words
    /// fetches the table once).
    #[inline]
    pub(crate) fn bits(&self, key: &Key, hash: u32) -> u32 {
        if key.len == 0 || !self.may_hold(Table::short_slot(hash)) {
            return 0;
        }
        self.index
            .find(hash, |k| self.words[k as usize].0 == *key)
            .map_or(0, |k| self.words[k as usize].1)
    }
}

/// `word` without a final `'s`, `’s` or a bare final apostrophe.
pub(crate) fn strip_possessive(word: &str) -> &str {
    // Fast path: a possessive ends in s, S, ' or the last byte of ’.
    if !matches!(word.as_bytes().last(), Some(b's' | b'S' | b'\'' | 0x99)) {
        return word;
    }
    for suffix in ["’s", "'s", "’S", "'S", "’", "'"] {
        if let Some(w) = word.strip_suffix(suffix) {
            if !w.is_empty() {
                return w;
            }
        }
    }
    word
}

/// True when `word` ends with a possessive `'s` / `’s`.
pub(crate) fn is_possessive(word: &str) -> bool {
    is_possessive_bytes(word.as_bytes())
}

/// [`is_possessive`] on the bytes of a word: no string slicing, so callers
/// holding a token span skip the char-boundary checks.
#[inline]
pub(crate) fn is_possessive_bytes(w: &[u8]) -> bool {
    const RIGHT: [u8; 3] = [0xe2, 0x80, 0x99]; // ’
    let n = w.len();
    n > 2 && w[n - 1] == b's' && (w[n - 2] == b'\'' || (n >= 4 && w[n - 4..n - 1] == RIGHT))
}

/// Speech and writing verbs that link a quote to its speaker ("said",
/// "told", "wrote", "insisting"). Naming verbs ("dubbed", "known as") are not
/// here: they label a phrase, they do not report speech.
///
/// The list's bit in [`bits`] and in a token's `bits`.
pub(crate) const CUE: u32 = 1 << 0;

const CUE_WORDS: &str = words![
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "tells",
    "told",
    "telling",
    "add",
    "adds",
    "added",
    "adding",
    "state",
    "states",
    "stated",
    "stating",
    "write",
    "writes",
    "wrote",
    "writing",
    "post",
    "posts",
    "posted",
    "posting",
    "tweet",
    "tweets",
    "tweeted",
    "tweeting",
    "announce",
    "announces",
    "announced",
    "announcing",
    "claim",
    "claims",
    "claimed",
    "claiming",
    "confirm",
    "confirms",
    "confirmed",
    "confirming",
    "declare",
    "declares",
    "declared",
    "declaring",
    "insist",
    "insists",
    "insisted",
    "insisting",
    "warn",
    "warns",
    "warned",
    "warning",
    "note",
    "notes",
    "noted",
    "noting",
    "explain",
    "explains",
    "explained",
    "explaining",
    "argue",
    "argues",
    "argued",
    "arguing",
    "stress",
    "stresses",
    "stressed",
    "stressing",
    "emphasise",
    "emphasises",
    "emphasised",
    "emphasising",
    "emphasize",
    "emphasizes",
    "emphasized",
    "emphasizing",
    "hail",
    "hails",
    "hailed",
    "hailing",
    "describe",
    "describes",
    "described",
    "describing",
    "call",
    "calls",
    "called",
    "calling",
    "reveal",
    "reveals",
    "revealed",
    "revealing",
    "suggest",
    "suggests",
    "suggested",
    "suggesting",
    "admit",
    "admits",
    "admitted",
    "admitting",
    "acknowledge",
    "acknowledges",
    "acknowledged",
    "acknowledging",
    "urge",
    "urges",
    "urged",
    "urging",
    "ask",
    "asks",
    "asked",
    "asking",
    "reply",
    "replies",
    "replied",
    "replying",
    "retort",
    "retorts",
    "retorted",
    "counter",
    "counters",
    "countered",
    "disagree",
    "disagrees",
    "disagreed",
    "objected",
    "protested",
    "respond",
    "responds",
    "responded",
    "responding",
    "conclude",
    "concludes",
    "concluded",
    "concluding",
    "comment",
    "comments",
    "commented",
    "commenting",
    "remark",
    "remarks",
    "remarked",
    "remarking",
    "observe",
    "observes",
    "observed",
    "observing",
    "pointed",
    "pointing",
    "predict",
    "predicts",
    "predicted",
    "predicting",
    "promise",
    "promises",
    "promised",
    "promising",
    "pledge",
    "pledges",
    "pledged",
    "pledging",
    "vow",
    "vows",
    "vowed",
    "vowing",
    "concede",
    "concedes",
    "conceded",
    "conceding",
    "complain",
    "complains",
    "complained",
    "complaining",
    "welcome",
    "welcomes",
    "welcomed",
    "welcoming",
    "accuse",
    "accuses",
    "accused",
    "accusing",
    "deny",
    "denies",
    "denied",
    "denying",
    "assert",
    "asserts",
    "asserted",
    "asserting",
    "maintain",
    "maintains",
    "maintained",
    "report",
    "reports",
    "reported",
    "recall",
    "recalls",
    "recalled",
    "recalling",
    "continue",
    "continues",
    "continued",
    "caution",
    "cautions",
    "cautioned",
    "cautioning",
    "joke",
    "jokes",
    "joked",
    "joking",
    "boast",
    "boasts",
    "boasted",
    "boasting",
    "quip",
    "quips",
    "quipped",
    "criticise",
    "criticises",
    "criticised",
    "criticising",
    "criticize",
    "criticizes",
    "criticized",
    "criticizing",
    "condemn",
    "condemns",
    "condemned",
    "condemning",
    "dismiss",
    "dismisses",
    "dismissed",
    "dismissing",
    "remind",
    "reminds",
    "reminded",
    "reminding",
];

/// Cue verbs that only count right next to a quote or with a `that`
/// complement, because they are common in other senses ("called for",
/// "continued to", "reported profits").
///
/// The list's bit in [`bits`] and in a token's `bits`.
pub(crate) const WEAK_CUE: u32 = 1 << 1;

const WEAK_CUE_WORDS: &str = words![
    "dismiss",
    "dismisses",
    "dismissed",
    "dismissing",
    "remind",
    "reminds",
    "reminded",
    "reminding",
    "ask",
    "asks",
    "asked",
    "asking",
    "comment",
    "comments",
    "claims",
    "claim",
    "note",
    "notes",
    "state",
    "states",
    "report",
    "reports",
    "remarks",
    "warning",
    "call",
    "calls",
    "called",
    "calling",
    "continue",
    "continues",
    "continued",
    "reported",
    "maintain",
    "maintains",
    "maintained",
    "welcome",
    "welcomes",
    "welcomed",
    "welcoming",
    "promise",
    "promises",
    "promised",
    "promising",
    "post",
    "posts",
    "posting",
    "observe",
    "observes",
    "observed",
    "observing",
    "pointed",
    "pointing",
];

/// Honorifics kept in a speaker mention ("Sir Keir", "Mr Howard").
///
/// The list's bit in [`bits`] and in a token's `bits`.
pub(crate) const HONORIFIC: u32 = 1 << 2;

const HONORIFIC_WORDS: &str = words![
    "sir",
    "dame",
    "lord",
    "lady",
    "baroness",
    "baron",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "rev",
    "reverend",
    "prof.",
    "rev.",
];

/// Job titles and ranks written before a name and dropped from the mention
/// ("Prime Minister Keir Starmer" → "Keir Starmer").
///
/// The list's bit in [`bits`] and in a token's `bits`.
pub(crate) const ROLE_WORD: u32 = 1 << 3;

const ROLE_WORD_WORDS: &str = words![
    "president",
    "vice",
    "prime",
    "minister",
    "chancellor",
    "secretary",
    "secretary-general",
    "general",
    "admiral",
    "chief",
    "staff",
    "envoy",
    "special",
    "foreign",
    "defence",
    "defense",
    "home",
    "shadow",
    "deputy",
    "leader",
    "governor",
    "senator",
    "sen",
    "rep",
    "sen.",
    "rep.",
    "gov.",
    "gen.",
    "lt.",
    "col.",
    "sgt.",
    "capt.",
    "maj.",
    "adm.",
    "supt.",
    "insp.",
    "det.",
    "representative",
    "mayor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "chairman",
    "chairwoman",
    "chair",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "commissioner",
    "ambassador",
    "colonel",
    "captain",
    "major",
    "lieutenant",
    "sergeant",
    "judge",
    "justice",
    "attorney",
    "health",
    "education",
    "culture",
    "trade",
    "economy",
    "economic",
    "finance",
    "financial",
    "chief-executive",
    "executive",
    "director",
    "first",
    "lib",
    "dem",
    "dems",
    "labour",
    "tory",
    "conservative",
    "democrat",
    "republican",
    "mp",
    "mep",
    "state",
    "of",
    "the",
    "for",
    "and",
    "officer",
    "head",
    "boss",
    "manager",
    "founder",
    "ceo",
    "cfo",
    "analyst",
    "economist",
    "strategist",
    "adviser",
    "advisor",
    "professor",
    "cardinal",
    "archbishop",
    "bishop",
    "commander",
    "superintendent",
    "constable",
    "coroner",
    "dean",
    "rector",
    "msp",
    "prosecutor",
    "cabinet",
    "office",
    "work",
    "pensions",
    "interior",
    "justice-minister",
    "transport",
    "environment",
    "energy",
    "business",
    "industry",
    "treasury",
    "us",
    "u.s",
    "uk",
    "u.k",
    "eu",
    "nato",
    "un",
    "deputy-leader",
    "party",
    // Jobs written as a title before a name ("Treasurer Peter Costello",
    // "Political Correspondent James Hardy", "Solicitor Gareth Peirce").
    "treasurer",
    "solicitor",
    "barrister",
    "lawyer",
    "correspondent",
    "editor",
    "journalist",
    "columnist",
    "broadcaster",
    "presenter",
    "novelist",
    "author",
    "writer",
    "historian",
    "businessman",
    "businesswoman",
    "tycoon",
    "campaigner",
    "activist",
    "soldier",
    "guardsman",
    "veteran",
    "actor",
    "actress",
    "singer",
    // Elected and police ranks ("Councillor Ana Diaz", "Det Insp Tom Hale").
    "councillor",
    "cllr",
    "councilman",
    "councilwoman",
    "alderman",
    "congressman",
    "congresswoman",
    "assemblyman",
    "assemblywoman",
    "sheriff",
    "detective",
    "inspector",
    "det",
    "insp",
    "supt",
    "sgt",
];

/// Role heads that name one office and can stand for the person holding it
/// ("the Prime Minister", "the chancellor").
///
/// The list's bit in [`bits`] and in a token's `bits`.
pub(crate) const OFFICE: u32 = 1 << 4;

/// Whether `w` (folded) is in the list [`OFFICE`].
pub(crate) fn is_office(w: &str) -> bool {
    bits(w) & OFFICE != 0
}

const OFFICE_WORDS: &str = words![
    "president",
    "minister",
    "chancellor",
    "secretary",
    "secretary-general",
    "envoy",
    "admiral",
    "general",
    "governor",
    "senator",
    "mayor",
    "king",
    "queen",
    "pope",
    "chairman",
    "chairwoman",
    "commissioner",
    "ambassador",
    "leader",
    "premier",
    "taoiseach",
    "cardinal",
    "archbishop",
    "bishop",
    "executive",
    "director",
    "chief",
    "spokesman",
    "spokeswoman",
    "commander",
    "captain",
    "superintendent",
    "constable",
    "judge",
    "coroner",
    "dean",
    "rector",
    "mp",
    "mep",
    "msp",
    "prosecutor",
    "adviser",
];

/// Adjectives of nationality (and of faith) written before a title ("French
/// President").
///
/// The list's bit in [`bits`] and in a token's `bits`.
pub(crate) const NATIONALITY: u32 = 1 << 5;

const NATIONALITY_WORDS: &str = words![
    "us",
    "u.s",
    "uk",
    "u.k",
    "british",
    "french",
    "german",
    "italian",
    "ukrainian",
    "russian",
    "american",
    "chinese",
    "japanese",
    "indian",
    "spanish",
    "polish",
    "dutch",
    "swiss",
    "irish",
    "scottish",
    "welsh",
    "english",
    "canadian",
    "australian",
    "european",
    "belgian",
    "swedish",
    "finnish",
    "danish",
    "norwegian",
    "turkish",
    "israeli",
    "iranian",
    "iraqi",
    "syrian",
    "saudi",
    "egyptian",
    "brazilian",
    "mexican",
    "korean",
    "greek",
    "portuguese",
    "austrian",
    "hungarian",
    "czech",
    "romanian",
    "bulgarian",
    "estonian",
    "latvian",
    "lithuanian",
    "palestinian",
    "pakistani",
    "afghan",
    "nigerian",
    "latin",
    "south",
    "north",
    "new",
    // Faiths, written before a title or a body as nationalities are
    // ("Catholic Archbishop", "Catholic Church", "Muslim Council"); not
    // "christian", a given name too.
    "catholic",
    "anglican",
    "protestant",
    "methodist",
    "jewish",
    "muslim",
    "hindu",
    "sikh",
];

/// Capitalised words that never start or make a name: function words and
/// common sentence openers, weekdays, months and time zones.
///
/// The list's bit in [`bits`] and in a token's `bits`.
pub(crate) const NOT_NAME: u32 = 1 << 6;

const NOT_NAME_WORDS: &str = words![
    "the",
    "a",
    "an",
    "and",
    "but",
    "or",
    "nor",
    "so",
    "yet",
    "if",
    "when",
    "while",
    "whilst",
    "as",
    "at",
    "by",
    "for",
    "from",
    "in",
    "into",
    "of",
    "on",
    "to",
    "with",
    "without",
    "after",
    "before",
    "since",
    "until",
    "despite",
    "during",
    "following",
    "under",
    "over",
    "about",
    "against",
    "between",
    "through",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "what",
    "which",
    "who",
    "whom",
    "whose",
    "why",
    "how",
    "where",
    "however",
    "meanwhile",
    "also",
    "not",
    "no",
    "yes",
    "all",
    "some",
    "many",
    "most",
    "more",
    "other",
    "others",
    "such",
    "each",
    "every",
    "any",
    "both",
    "speaking",
    "writing",
    "according",
    "asked",
    "earlier",
    "later",
    "now",
    "then",
    "today",
    "tomorrow",
    "yesterday",
    "although",
    "though",
    "because",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "should",
    "could",
    "can",
    "must",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "be",
    "been",
    "mps",
    "read",
    "follow",
    "image",
    "photo",
    "credit",
    "source",
    "sources",
    // "Former Conservative leader …", "Former Scots Guardsman …".
    "former",
    "one",
    "two",
    "three",
    "last",
    "next",
    "first",
    "second",
    "just",
    "only",
    "even",
    "still",
    "again",
    "instead",
    "indeed",
    "overall",
    "separately",
    "similarly",
    "elsewhere",
    "finally",
    "whether",
    "unlike",
    "like",
    "among",
    "amongst",
    "within",
    "around",
    "across",
    "towards",
    "toward",
    "upon",
    "per",
    "via",
    // Time zones after a clock time ("by 1300 GMT Carnival's shares …").
    "gmt",
    "bst",
    "cet",
];

/// Subject pronouns that can stand for a speaker.
///
/// The list's bit in [`bits`] and in a token's `bits`.
pub(crate) const PRONOUN: u32 = 1 << 7;

const PRONOUN_WORDS: &str = words!["he", "she", "they", "it", "i", "we"];

/// Generic plural sources: a quote credited only to them has no identifiable
/// speaker ("Analysts have described … as a “tripwire”").
///
/// The list's bit in [`bits`] and in a token's `bits`.
pub(crate) const GENERIC_PLURAL: u32 = 1 << 8;

const GENERIC_PLURAL_WORDS: &str = words![
    "analysts",
    "critics",
    "observers",
    "experts",
    "commentators",
    "officials",
    "sources",
    "some",
    "many",
    "others",
    "people",
    "economists",
    "campaigners",
    "opponents",
    "supporters",
    "reports",
    "media",
    "newspapers",
    "insiders",
    "diplomats",
    "leaders",
    "ministers",
    "mps",
    "residents",
    "investors",
    "traders",
    "dealers",
    "unions",
    "doctors",
    "scientists",
    "researchers",
    "officers",
    "workers",
    "members",
    "voters",
    "teachers",
    "nurses",
    "activists",
    "protesters",
    "pensioners",
    "students",
    "farmers",
    "lawyers",
];

/// Nouns for an unnamed individual or a spokesperson ("a European diplomat",
/// "a spokesman for the club").
///
/// The list's bit in [`bits`] and in a token's `bits`.
pub(crate) const SOURCE_NOUN: u32 = 1 << 9;

const SOURCE_NOUN_WORDS: &str = words![
    "person",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "diplomat",
    "official",
    "source",
    "aide",
    "insider",
    "adviser",
    "advisor",
    "analyst",
    "economist",
    "minister",
    "executive",
    "lawyer",
    "witness",
    "resident",
    "expert",
    "member",
    "representative",
    "officer",
    "engineer",
    "worker",
    "trader",
    "banker",
    "negotiator",
    "ally",
    "colleague",
];

/// Nouns that name a spokesperson: the quote is the organisation's.
///
/// The list's bit in [`bits`] and in a token's `bits`.
pub(crate) const SPOKES_NOUN: u32 = 1 << 10;

const SPOKES_NOUN_WORDS: &str = words![
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "statement",
    "source",
];

/// Common nouns standing for an organisation mentioned before ("the company
/// said", "the organisation noted").
///
/// The list's bit in [`bits`] and in a token's `bits`.
pub(crate) const ORGANISATION_NOUN: u32 = 1 << 11;

const ORGANISATION_NOUN_WORDS: &str = words![
    "company",
    "alliance",
    "coalition",
    "trust",
    "society",
    "network",
    "lobby",
    "foundation",
    "forum",
    "ministry",
    "firm",
    "group",
    "organisation",
    "organization",
    "bank",
    "ministry",
    "department",
    "government",
    "party",
    "club",
    "agency",
    "council",
    "commission",
    "union",
    "committee",
    "body",
    "regulator",
    "watchdog",
    "board",
    "court",
    "fund",
    "institute",
    "association",
    "federation",
    "retailer",
    "airline",
    "carrier",
    "report",
    "study",
    "survey",
    "league",
    "team",
    "administration",
    "authority",
    "office",
    "charity",
    "business",
    "operator",
    // Trades a firm is called by ("the news and financial data seller
    // said", "the German giant said").
    "seller",
    "giant",
    "insurer",
    "lender",
    "maker",
    "carmaker",
    "supplier",
    "manufacturer",
    "chain",
    "publisher",
    "conglomerate",
    "miner",
    "brewer",
    "supermarket",
    "broker",
];

/// Final words that make a capitalised run an organisation ("Downing
/// Street", "Commerce Department", "Bank of England").
///
/// The list's bit in [`bits`] and in a token's `bits`.
pub(crate) const ORGANISATION_WORD: u32 = 1 << 12;

const ORGANISATION_WORD_WORDS: &str = words![
    "street",
    "house",
    "department",
    "ministry",
    "bank",
    "party",
    "council",
    "commission",
    "agency",
    "office",
    "group",
    "inc",
    "ltd",
    "plc",
    "corp",
    "corporation",
    "association",
    "union",
    "organisation",
    "organization",
    "committee",
    "university",
    "institute",
    "fund",
    "federation",
    "court",
    "government",
    "parliament",
    "congress",
    "senate",
    "army",
    "navy",
    "police",
    "service",
    "services",
    "company",
    "co",
    "airways",
    "airlines",
    "motors",
    "times",
    "news",
    "post",
    "telegraph",
    "guardian",
    "journal",
    "treasury",
    "kremlin",
    "bundesbank",
    "board",
    "authority",
    "commons",
    "lords",
    "cabinet",
    "club",
    "foundation",
    "trust",
    "network",
    "holdings",
    "partners",
    "capital",
    "securities",
    "research",
    "exchange",
    "reserve",
    "fed",
    "nations",
    "alliance",
    "league",
    "nato",
    "bbc",
    "cnn",
    "conservatives",
    "tories",
    "democrats",
    "republicans",
    "labour",
    "whitehall",
    "pentagon",
    "centre",
    "center",
    "forum",
    "society",
    "airport",
    "prison",
    "school",
    "college",
    "hospital",
    "academy",
    "museum",
    // Football clubs: CLUB_END_WORDS, added to this list's bit by `table`.
    // Newspapers ("Evening Standard", "Jewish Chronicle").
    "chronicle",
    "standard",
    "herald",
    "gazette",
    "tribune",
    // Other heads no surname ends a person's name with ("National
    // Statistics"; not "church" or "steel": Charlotte Church, David Steel).
    "statistics",
    "registry",
    "confederation",
    "fellowship",
    "funds",
    "advisors",
    "radio",
    "cathedral",
    "abbey",
    // Party adjectives and their members ("Former Conservative", "Lib Dem",
    // "Liberal MPs"): a party, never a person's first name or surname.
    "conservative",
    "tory",
    "liberal",
    "democrat",
    "dem",
    "dems",
    "republican",
    "unionist",
    "nationalist",
    // Bodies and firms by their usual last word ("Welsh Assembly",
    // "Associated Press", "Human Rights Watch", "Woodside Petroleum").
    "assembly",
    "press",
    "watch",
    "unit",
    "panel",
    "regiment",
    "archives",
    "petroleum",
    "resources",
    "stores",
    "communications",
    // A publication or a firm more often than a report ("Australian
    // Financial Review").
    "review",
    // Firms by a trade word no surname is ("Costco Wholesale", "Harris
    // Interactive", "Grey Global", "Columbia Distributors").
    "wholesale",
    "interactive",
    "global",
    "distributor",
    "distributors",
    "cruises",
    // Charities by their usual last word ("Age Concern", "Christian Aid").
    "concern",
    "aid",
];

/// Last words of a football club's name ("Manchester United", "Bristol
/// Rovers", "Leeds Utd"): organisation words ([`ORGANISATION_WORD`]'s bit,
/// given by [`table`]), and what "the club" looks for among the
/// organisations named before (`quotes::speaker`).
pub(crate) const CLUB_END_WORDS: &[&str] = &[
    "united",
    "utd",
    "rovers",
    "wanderers",
    "athletic",
    "albion",
    "hotspur",
    "rangers",
    "celtic",
    "fc",
    "afc",
];

/// States and places that can speak as actors ("Russia said").
///
/// The list's bit in [`bits`] and in a token's `bits`.
pub(crate) const PLACE: u32 = 1 << 13;

const PLACE_WORDS: &str = words![
    "russia",
    "ukraine",
    "china",
    "france",
    "germany",
    "britain",
    "uk",
    "us",
    "usa",
    "america",
    "japan",
    "india",
    "italy",
    "spain",
    "poland",
    "iran",
    "iraq",
    "israel",
    "syria",
    "turkey",
    "canada",
    "australia",
    "brazil",
    "mexico",
    "moscow",
    "kyiv",
    "kiev",
    "washington",
    "beijing",
    "london",
    "paris",
    "berlin",
    "brussels",
    "europe",
    "scotland",
    "wales",
    "england",
    "ireland",
    "switzerland",
    "sweden",
    "norway",
    "denmark",
    "finland",
    "netherlands",
    "belgium",
    "austria",
    "greece",
    "portugal",
    "egypt",
    "pakistan",
    "afghanistan",
    "korea",
    "taiwan",
    "venezuela",
    "argentina",
    "nigeria",
    "tehran",
    "tokyo",
    "rome",
    "madrid",
    "warsaw",
    "alaska",
    "africa",
    "asia",
    "york",
    "zealand",
    "jersey",
    "delhi",
    // More states, regions and cities news names alone (not the ones that
    // are also first names: Chad, Jordan, Georgia).
    "algeria",
    "angola",
    "armenia",
    "azerbaijan",
    "bahrain",
    "bangladesh",
    "belarus",
    "bolivia",
    "bosnia",
    "bulgaria",
    "burma",
    "cambodia",
    "chile",
    "colombia",
    "congo",
    "croatia",
    "cuba",
    "cyprus",
    "ecuador",
    "eritrea",
    "estonia",
    "ethiopia",
    "ghana",
    "hungary",
    "iceland",
    "indonesia",
    "kazakhstan",
    "kenya",
    "kosovo",
    "kuwait",
    "laos",
    "latvia",
    "lebanon",
    "libya",
    "lithuania",
    "luxembourg",
    "malaysia",
    "malta",
    "mongolia",
    "morocco",
    "mozambique",
    "myanmar",
    "nepal",
    "nicaragua",
    "oman",
    "palestine",
    "panama",
    "paraguay",
    "peru",
    "philippines",
    "qatar",
    "romania",
    "rwanda",
    "senegal",
    "serbia",
    "singapore",
    "slovakia",
    "slovenia",
    "somalia",
    "sudan",
    "tanzania",
    "thailand",
    "tibet",
    "tunisia",
    "uganda",
    "uruguay",
    "uzbekistan",
    "vietnam",
    "yemen",
    "zambia",
    "zimbabwe",
    "gibraltar",
    "gaza",
    "chechnya",
    "darfur",
    "kashmir",
    "guantanamo",
    "antarctica",
    "arctic",
    "caribbean",
    "scandinavia",
    "balkans",
    "amsterdam",
    "athens",
    "baghdad",
    "bangkok",
    "beirut",
    "cairo",
    "damascus",
    "dublin",
    "geneva",
    "havana",
    "istanbul",
    "jakarta",
    "jerusalem",
    "kabul",
    "karachi",
    "lagos",
    "lisbon",
    "mumbai",
    "nairobi",
    "oslo",
    "prague",
    "riyadh",
    "seoul",
    "shanghai",
    "stockholm",
    "sydney",
    "vienna",
    "zurich",
    "frankfurt",
    "milan",
    "munich",
    "barcelona",
    "toronto",
    "chicago",
    "boston",
    "houston",
    "california",
    "texas",
    "florida",
    "ohio",
    "hollywood",
    "belfast",
    "cardiff",
    "edinburgh",
    "glasgow",
    "aberdeen",
    "dundee",
    "inverness",
    "swansea",
    "newport",
    "birmingham",
    "manchester",
    "liverpool",
    "leeds",
    "sheffield",
    "bristol",
    "newcastle",
    "nottingham",
    "leicester",
    "coventry",
    "bradford",
    "southampton",
    "portsmouth",
    "plymouth",
    "brighton",
    "oxford",
    "cambridge",
    "norwich",
    "exeter",
    "hull",
    "sunderland",
    "wolverhampton",
    "stoke",
    "derby",
    "ulster",
    "cornwall",
    "devon",
    "dorset",
    "somerset",
    "essex",
    "sussex",
    "surrey",
    "yorkshire",
    "lancashire",
    "merseyside",
    "cumbria",
    "norfolk",
    "suffolk",
    "kent",
    "hampshire",
    "gloucestershire",
    "leicestershire",
    "derbyshire",
    "lincolnshire",
    "shropshire",
];

/// Head nouns of a quoted label: the name of a group, force or concept
/// ("coalition of the willing", "military hubs").
///
/// The list's bit in [`bits`] and in a token's `bits`.
pub(crate) const LABEL_HEAD: u32 = 1 << 14;

const LABEL_HEAD_WORDS: &str = words![
    "coalition",
    "force",
    "forces",
    "hub",
    "hubs",
    "alliance",
    "bloc",
    "zone",
    "zones",
    "corridor",
    "corridors",
    "diplomacy",
    "doctrine",
    "axis",
    "club",
    "tax",
    "scheme",
    "initiative",
    "programme",
    "program",
    "brigade",
    "army",
    "summit",
    "formula",
    "model",
    "agenda",
    "gate",
    "economy",
    "rule",
    "era",
    "wall",
    "bubble",
    "pact",
    "option",
    "lane",
    "project",
    "strategy",
];

/// Naming verbs and phrases that make the next quote a label ("dubbed the
/// “…”", "so-called “…”", "known as “…”").
///
/// The list's bit in [`bits`] and in a token's `bits`.
pub(crate) const NAMING_WORD: u32 = 1 << 15;

const NAMING_WORD_WORDS: &str = words![
    "dubbed",
    "so-called",
    "nicknamed",
    "labelled",
    "labeled",
    "branded",
    "termed",
    "named",
    "titled",
    "entitled",
    "headlined",
    "styled",
    "billed",
    "coined",
];

/// Nouns for works whose quoted name is a title ("the book “…”").
///
/// The list's bit in [`bits`] and in a token's `bits`.
pub(crate) const WORK_NOUN: u32 = 1 << 16;

const WORK_NOUN_WORDS: &str = words![
    "book",
    "novel",
    "film",
    "movie",
    "album",
    "song",
    "single",
    "programme",
    "program",
    "show",
    "series",
    "documentary",
    "play",
    "musical",
    "report",
    "paper",
    "opera",
    "poem",
    "exhibition",
    "episode",
    "campaign",
    "sitcom",
    "drama",
    "memoir",
    "titled",
    "entitled",
    "headlined",
];

/// Finite verbs and auxiliaries: a quote holding one after its subject is a
/// clause ("the hardest yards are still ahead").
///
/// The list's bit in [`bits`] and in a token's `bits`.
pub(crate) const FINITE_VERB: u32 = 1 << 17;

const FINITE_VERB_WORDS: &str = words![
    "rose",
    "fell",
    "grew",
    "began",
    "became",
    "saw",
    "found",
    "felt",
    "held",
    "kept",
    "left",
    "led",
    "met",
    "paid",
    "ran",
    "sent",
    "stood",
    "thought",
    "understood",
    "knew",
    "brought",
    "bought",
    "built",
    "caught",
    "chose",
    "dealt",
    "drew",
    "drove",
    "fought",
    "meant",
    "sold",
    "showed",
    "spoke",
    "spent",
    "struck",
    "taught",
    "threw",
    "wrote",
    "told",
    "aren't",
    "aren’t",
    "wasn't",
    "wasn’t",
    "weren't",
    "weren’t",
    "haven't",
    "haven’t",
    "hasn't",
    "hasn’t",
    "didn't",
    "didn’t",
    "couldn't",
    "couldn’t",
    "wouldn't",
    "wouldn’t",
    "shouldn't",
    "shouldn’t",
    "is",
    "are",
    "was",
    "were",
    "am",
    "be",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "i'm",
    "i’m",
    "it's",
    "it’s",
    "we're",
    "we’re",
    "don't",
    "don’t",
    "doesn't",
    "doesn’t",
    "won't",
    "won’t",
    "can't",
    "can’t",
    "isn't",
    "isn’t",
    "we've",
    "we’ve",
    "i've",
    "i’ve",
    "there's",
    "there’s",
    "that's",
    "that’s",
    "they're",
    "they’re",
    "you're",
    "you’re",
    "he's",
    "he’s",
    "she's",
    "she’s",
    "need",
    "needs",
    "want",
    "wants",
    "think",
    "thinks",
    "believe",
    "believes",
    "know",
    "knows",
    "hope",
    "feel",
    "feels",
    "see",
    "agreed",
    "get",
    "got",
    "makes",
    "make",
    "made",
    "remains",
    "remain",
    "seems",
    "seem",
    "looks",
    "goes",
    "go",
    "went",
    "came",
    "comes",
    "says",
    "said",
    "take",
    "takes",
    "took",
    "gave",
    "give",
    "gives",
    "win",
    "won",
    "lost",
    "lose",
    "wanted",
];

/// Words that begin a clause as its subject ("we", "this", "there").
///
/// The list's bit in [`bits`] and in a token's `bits`.
pub(crate) const SUBJECT_WORD: u32 = 1 << 18;

const SUBJECT_WORD_WORDS: &str = words![
    "i",
    "we",
    "you",
    "he",
    "she",
    "it",
    "they",
    "this",
    "that",
    "there",
    "these",
    "those",
    "what",
    "nobody",
    "everyone",
    "everybody",
    "someone",
    "nothing",
    "everything",
    "something",
    "i'm",
    "i’m",
    "it's",
    "it’s",
    "we're",
    "we’re",
    "there's",
    "there’s",
    "that's",
    "that’s",
    "they're",
    "they’re",
    "you're",
    "you’re",
    "we've",
    "we’ve",
    "i've",
    "i’ve",
    "he's",
    "she's",
    "let's",
    "let’s",
    "our",
    "my",
    "your",
    "their",
    "his",
    "her",
    "its",
];

/// Words that introduce a relative or subordinate clause: a verb after them
/// does not make the quote a main clause ("a peace that can last").
///
/// The list's bit in [`bits`] and in a token's `bits`.
pub(crate) const RELATIVISER: u32 = 1 << 19;

const RELATIVISER_WORDS: &str =
    words!["that", "which", "who", "whom", "whose", "where", "when", "if", "to", "as",];

/// Lower-case words that may follow a quoted phrase inside a sentence
/// without making it a modifier of the next noun (prepositions, conjunctions,
/// determiners, auxiliaries, adverbs).
///
/// The list's bit in [`bits`] and in a token's `bits`.
pub(crate) const FUNCTION_WORD: u32 = 1 << 20;

/// The lists whose words never start a name: a word of none of them may be
/// one (the tokenizer lists those words for the entity passes).
pub(crate) const NEVER_NAME: u32 = NOT_NAME | FUNCTION_WORD | PRONOUN;

const FUNCTION_WORD_WORDS: &str = words![
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "nor",
    "so",
    "yet",
    "if",
    "as",
    "at",
    "by",
    "for",
    "from",
    "in",
    "into",
    "of",
    "on",
    "to",
    "with",
    "without",
    "after",
    "before",
    "since",
    "until",
    "during",
    "over",
    "under",
    "about",
    "against",
    "between",
    "through",
    "amongst",
    "among",
    "across",
    "towards",
    "toward",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "when",
    "where",
    "while",
    "whilst",
    "than",
    "because",
    "although",
    "though",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "will",
    "would",
    "should",
    "could",
    "can",
    "must",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "not",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "its",
    "their",
    "our",
    "this",
    "these",
    "those",
    "there",
    "also",
    "now",
    "then",
    "too",
    "either",
    "per",
    "via",
    "within",
    "around",
    "upon",
    "despite",
    "including",
    "like",
    "unlike",
    "said",
    "says",
    "told",
    "added",
    "claimed",
    "wrote",
    "warned",
    "insisted",
    "adding",
    "saying",
    "he'd",
    "she'd",
    "all",
    "both",
    "only",
    "even",
    "just",
    "again",
    "here",
    "instead",
    "rather",
    "ahead",
    "away",
    "back",
    "down",
    "up",
    "out",
    "off",
    "whether",
    "what",
    "how",
    "why",
    "once",
    "being",
    "according",
    "following",
];

/// Final words that make a capitalised run a law, event, occasion, plan,
/// report or programme, which is no entity that speaks ("the Hunting Act",
/// "World Cup", "Boxing Day", "Housing Benefit", "Hutton Inquiry",
/// "Lisbon Agenda").
///
/// Why: without them such runs were taken for two-word person names.
/// The list's bit in [`bits`] and in a token's `bits`.
pub(crate) const THING_HEAD: u32 = 1 << 21;

const THING_HEAD_WORDS: &str = words![
    "act",
    "bill",
    "day",
    "year",
    "cup",
    "show",
    "games",
    "olympics",
    "awards",
    "prize",
    "championship",
    "championships",
    "festival",
    "treaty",
    "directive",
    "benefit",
    "agenda",
    "convention",
    "rights",
    "mass",
    "hour",
    "inquiry",
    "report",
    "agreement",
    "plan",
    "paper",
    "programme",
    "program",
    "strategy",
    "line",
    "open",
    "election",
    "elections",
    // Policies, studies and schemes ("Common Agricultural Policy",
    // "International Benchmarking Study", "Employer NI Contributions").
    "policy",
    "study",
    "survey",
    "scheme",
    "initiative",
    "contributions",
    "campaign",
    "war",
];

/// Final words that make a capitalised run a place ("Tiananmen Square",
/// "Abbey Road", "Severn Bridge", "United States", "United Kingdom").
///
/// The list's bit in [`bits`] and in a token's `bits`.
pub(crate) const PLACE_HEAD: u32 = 1 << 22;

const PLACE_HEAD_WORDS: &str = words![
    "square", "road", "avenue", "bridge", "island", "islands", "river", "valley", "states",
    "kingdom", "emirates", "bay", "town", "dam", "midlands", "borders", "central", "city", "east",
    "kong", "aviv", "pradesh",
];

#[cfg(test)]
mod tests {
    use super::{bits, lower_chunk, Key, CUE, FUNCTION_WORD};

    /// Checks that the key of `word` as written in a text equals the key of
    /// the word lower-cased byte by byte, wherever the word sits.
    fn check(word: &str) {
        let folded = word.to_ascii_lowercase();
        let expected = Key::of_folded(folded.as_bytes());
        for pad in ["", " x", " trailing text longer than eight bytes"] {
            let text = format!("ab {word}{pad}");
            let got =
                (word.len() <= Key::MAX).then(|| Key::of_text(text.as_bytes(), 3, word.len()));
            assert_eq!(got, expected, "{word:?} followed by {pad:?}");
            if let Some(key) = got {
                assert_eq!(key.hash(), expected.map_or(0, |k| k.hash()));
            }
        }
    }

    #[test]
    fn keys_fold_like_to_ascii_lowercase() {
        for word in [
            "Said",
            "SAID",
            "x",
            "Zelenskiy’s",
            "Secretary-General",
            "ÉLYSÉE",
            "abcdefghijklmnopqrstuvwx",
            "12AZaz@[`{",
        ] {
            check(word);
        }
        for b in 0..=255u8 {
            let x = u64::from_le_bytes([b; 8]);
            assert_eq!(
                lower_chunk(x),
                u64::from_le_bytes([b.to_ascii_lowercase(); 8]),
                "byte {b}"
            );
        }
    }

    #[test]
    fn short_words_are_found_in_their_bucket() {
        let table = super::table();
        let mut words: Vec<&str> = super::LISTS
            .iter()
            .flat_map(|l| l.lines())
            .chain(super::CLUB_END_WORDS.iter().copied())
            .collect();
        words.extend(["sai", "saidx", "zzzz", "a1", "the2", "bbc", "x"]);
        for w in words {
            let Some(key) = Key::of_folded(w.as_bytes()) else {
                continue;
            };
            if w.is_empty() || w.len() > 8 {
                continue;
            }
            let hash = key.hash();
            assert_eq!(Key::hash_short(key.first_chunk()), hash, "{w}");
            assert_eq!(
                table.bits_short(key.first_chunk(), w.len(), hash),
                table.bits(&key, hash),
                "{w}"
            );
        }
    }

    #[test]
    fn every_listed_word_has_the_bits_of_its_lists() {
        // The table (with its occupied-bucket filter) against the lists.
        for (i, list) in super::LISTS.iter().enumerate() {
            for w in list.lines() {
                if w.len() <= Key::MAX {
                    assert_ne!(bits(w) & (1 << i), 0, "{w} in list {i}");
                }
            }
        }
        for w in super::CLUB_END_WORDS {
            assert_ne!(bits(w) & super::ORGANISATION_WORD, 0, "club word {w}");
        }
    }

    #[test]
    fn listed_words_are_found_by_key() {
        assert_ne!(bits("said") & CUE, 0);
        assert_ne!(bits("the") & FUNCTION_WORD, 0);
        assert_eq!(bits("sai"), 0);
        assert_eq!(bits(""), 0);
        assert_eq!(bits("an-extremely-long-word-beyond-any-key"), 0);
    }
}
