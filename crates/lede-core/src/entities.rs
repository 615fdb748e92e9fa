//! Entities: people, organisations and places named in the text, clustered
//! so that every mention of one person maps to one canonical name.
//!
//! # What it does
//! Finds runs of capitalised words outside quotes ("French President
//! Emmanuel Macron", "Downing Street", "Sir Keir") and splits each into a job
//! title ("French President"), honorifics ("Sir") and the name proper. Names
//! are then clustered:
//! - a full name ("Keir Starmer") is its own canonical name; a surname alone
//!   ("Starmer", "Mr Starmer") joins the full name with that surname, and a
//!   first name after an honorific ("Sir Keir") the full name with that first
//!   name;
//! - surnames are compared after folding transliteration variants
//!   (Zelenskiy / Zelenskyy / Zelensky);
//! - job titles seen before a name ("Prime Minister Keir Starmer") let a bare
//!   title ("the Prime Minister") stand for that person; with several holders
//!   the most mentioned one wins;
//! - an organisation's acronym in brackets after its name is an alias.
//!
//! # Why
//! Attribution must give the speaker's full name however the article refers
//! to them, and the app shows who is quoted.
//!
//! # Example
//! "Sir Keir Starmer met Volodymyr Zelenskiy. Zelensky thanked the Prime
//! Minister." → `Keir Starmer` (mentions "Sir Keir Starmer", "Prime Minister")
//! and `Volodymyr Zelenskiy` (mentions "Volodymyr Zelenskiy", "Zelensky").

use crate::hash::{FastMap, HashIndex};
use crate::model::{Annotation, Detail, Entity, EntityKind, Name, Span};
use crate::quotes::lexicon;
use crate::quotes::tokens::{self, Token};
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A hasher for the short string keys of the clustering maps.
///
/// What it does: mixes the key eight bytes at a time (one multiply per
/// eight bytes), then spreads the bits once in [`Hasher::finish`].
///
/// Why: the maps of [`Entities::find`] are probed several times per run of
/// names; FNV-1a's multiply per byte was a visible share of that pass. The
/// hash only places keys in the table (keys are still compared whole), so
/// the results do not depend on it.
#[derive(Clone, Copy, Default)]
struct WordHasher(u64);

impl WordHasher {
    /// The multiplier (the golden ratio in 64 bits).
    const K: u64 = 0x9e37_79b9_7f4a_7c15;

    #[inline]
    fn mix(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(WordHasher::K);
    }
}

impl Hasher for WordHasher {
    #[inline]
    fn finish(&self) -> u64 {
        let h = (self.0 ^ (self.0 >> 32)).wrapping_mul(WordHasher::K);
        h ^ (h >> 29)
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut a = [0u8; 8];
            a.copy_from_slice(c);
            self.mix(u64::from_le_bytes(a));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The last bytes read 4, 2 and 1 at a time (zero above them):
            // a copy of a run-time length into a buffer is a `memory.copy`
            // in wasm, which V8 runs as a call out to C++.
            let mut x = 0u64;
            let mut k = 0;
            if let Some(&[a, b, c, d]) = rest.first_chunk::<4>() {
                x = u64::from(u32::from_le_bytes([a, b, c, d]));
                k = 4;
            }
            if let Some(&[a, b]) = rest.get(k..).and_then(<[u8]>::first_chunk::<2>) {
                x |= u64::from(u16::from_le_bytes([a, b])) << (8 * k);
                k += 2;
            }
            if let Some(&a) = rest.get(k) {
                x |= u64::from(a) << (8 * k);
            }
            self.mix(x);
        }
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.mix(u64::from(b));
    }
}

/// A map keyed by short strings, hashed with [`WordHasher`].
type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// A clustering key with its hash worked out beforehand, from the hashes
/// the tokenizer gave the words ([`Token::hash`]; equal keys, equal hashes).
///
/// Why: hashing the keys' strings again (a tuple of two strings per name,
/// byte by byte) was a visible share of the entity pass in V8.
#[derive(Clone, PartialEq, Eq)]
struct Hashed<K> {
    hash: u32,
    key: K,
}

/// A set of [`Hashed`] keys, each numbered by when it was added.
///
/// What it does: gives each distinct key a slot (0, 1, 2, …) and finds a
/// key's slot from its precomputed hash, confirming it by comparing keys;
/// the caller keeps what belongs to a key in lists indexed by the slot.
///
/// Why: the clustering maps are probed several times per run of names; a
/// [`HashIndex`] probe (one multiply, one slot of two `u32`) costs less in
/// wasm than a `HashMap`'s probe of control-byte groups, and values in
/// plain lists need no per-key allocation (a `Vec` of ids per surname was
/// one allocation per person).
///
/// Example: `add(h("starmer"), "starmer")` → 0; later
/// `find(h("starmer"), &"starmer")` → `Some(0)`.
struct Keys<K> {
    /// The keys, by slot.
    keys: Vec<K>,
    /// The hash of each key, by slot (to rebuild the index when it grows).
    hashes: Vec<u32>,
    /// Hash → slot.
    index: HashIndex,
    /// How many keys the index has room for.
    room: usize,
}

impl<K: PartialEq> Keys<K> {
    /// An empty set with room for `n` keys before it grows.
    fn with_capacity(n: usize) -> Keys<K> {
        let room = n.max(8);
        Keys {
            keys: Vec::with_capacity(room),
            hashes: Vec::with_capacity(room),
            index: HashIndex::with_capacity(room),
            room,
        }
    }

    /// The slot of `key`, whose hash is `hash`, if it was added.
    #[inline]
    fn find(&self, hash: u32, key: &K) -> Option<usize> {
        self.index
            .find(hash, |k| self.keys.get(k as usize) == Some(key))
            .map(|k| k as usize)
    }

    /// Adds `key` (not in the set yet), whose hash is `hash`; its slot.
    fn add(&mut self, hash: u32, key: K) -> usize {
        if self.keys.len() >= self.room {
            // Twice the room, every key indexed again.
            self.room *= 2;
            self.index = HashIndex::with_capacity(self.room);
            for (k, &h) in self.hashes.iter().enumerate() {
                self.index.insert(h, k as u32);
            }
        }
        let slot = self.keys.len();
        self.index.insert(hash, slot as u32);
        self.keys.push(key);
        self.hashes.push(hash);
        slot
    }

    /// The slot of `key`, added if it was not there; whether it was new.
    fn find_or_add(&mut self, hash: u32, key: K) -> (usize, bool) {
        match self.find(hash, &key) {
            Some(slot) => (slot, false),
            None => (self.add(hash, key), true),
        }
    }
}

/// Groups of entity ids under [`Keys`] (the people with one surname, or one
/// first name), each group a chain through the ids.
///
/// What it does: `heads[slot]` is the last id added under key `slot` and
/// `next[id]` the one added before it ([`Groups::END`] ends a chain;
/// [`Groups::UNLISTED`] marks an id in no group).
///
/// Why: an id belongs to one group at most (a person's surname and first
/// name are fixed by the key that made the entity), so one link per id
/// holds every group without a list per key.
struct Groups {
    heads: Vec<u32>,
    next: Vec<u32>,
}

impl Groups {
    /// The end of a chain.
    const END: u32 = u32::MAX;
    /// An id in no group.
    const UNLISTED: u32 = u32::MAX - 1;

    fn with_capacity(keys: usize, ids: usize) -> Groups {
        Groups {
            heads: Vec::with_capacity(keys),
            next: Vec::with_capacity(ids),
        }
    }

    /// Adds `id` to the group of key `slot` unless it is in a group already
    /// (then it is in this one: see [`Groups`]).
    fn add(&mut self, slot: usize, id: usize) {
        if self.heads.len() <= slot {
            self.heads.resize(slot + 1, Groups::END);
        }
        if self.next.len() <= id {
            self.next.resize(id + 1, Groups::UNLISTED);
        }
        if self.next[id] == Groups::UNLISTED {
            self.next[id] = self.heads[slot];
            self.heads[slot] = id as u32;
        }
        debug_assert!(self.ids(slot).any(|i| i == id), "id {id} in another group");
    }

    /// The ids of group `slot`, latest first.
    fn ids(&self, slot: usize) -> impl Iterator<Item = usize> + '_ {
        let mut id = self.heads.get(slot).copied().unwrap_or(Groups::END);
        std::iter::from_fn(move || {
            if id == Groups::END || id == Groups::UNLISTED {
                return None;
            }
            let i = id as usize;
            id = self.next.get(i).copied().unwrap_or(Groups::END);
            Some(i)
        })
    }

    /// Among the ids of group `slot`, the one mentioned most recently (by
    /// `last_seen`), else the first; the greatest `(last_seen[id], Reverse(id))`.
    fn pick_recent(&self, slot: usize, last_seen: &[usize]) -> usize {
        self.ids(slot)
            .max_by_key(|&id| {
                (
                    last_seen.get(id).copied().unwrap_or(0),
                    std::cmp::Reverse(id),
                )
            })
            .unwrap_or(0)
    }
}

/// The hash of a name key of kind `kind` from the hashes of its two parts.
#[inline]
fn pair_hash(kind: u8, a: u32, b: u32) -> u32 {
    let h = (u64::from(a) << 32 | u64::from(b)).wrapping_mul(WordHasher::K) ^ u64::from(kind);
    (h ^ (h >> 32)) as u32
}

/// [`surname_key`]`(folded)` with its hash, `folded` being a word whose hash
/// is `hash`.
fn hashed_surname(folded: &str, hash: u32) -> Hashed<Cow<'_, str>> {
    let key = surname_key(folded);
    let hash = match &key {
        Cow::Borrowed(_) => hash,
        Cow::Owned(s) => tokens::folded_hash(s.as_bytes()),
    };
    Hashed { hash, key }
}

/// A name key (kind, two strings) with its hash.
type NameKey<'a> = Hashed<(u8, Cow<'a, str>, &'a str)>;

/// An organisation's key: its folded words, hashed as a whole.
fn organisation_key(folded: &str) -> NameKey<'_> {
    Hashed {
        hash: pair_hash(b'o', tokens::folded_hash(folded.as_bytes()), 0),
        key: (b'o', Cow::Borrowed(folded), ""),
    }
}

/// One entity: a canonical name and its kind.
#[derive(Clone, Debug, PartialEq)]
pub struct EntityInfo {
    /// Canonical name.
    pub name: String,
    /// Person, organisation or place.
    pub kind: EntityKind,
    /// Number of mentions.
    pub mentions: usize,
    /// Office held, when a title was seen before the name ("prime minister").
    pub office: Option<String>,
    /// The kind is a guess: a lone capitalised word with no title, list or
    /// organisation word to tell what it names.
    pub guessed: bool,
    /// `Some(true)` for a woman, `Some(false)` for a man, when an honorific
    /// said so (Mrs, Ms, Dame / Mr, Sir, Lord); used to resolve he/she.
    pub female: Option<bool>,
}

/// One mention of an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    /// The mention as a speaker mention: honorifics and name, no job title
    /// ("Sir Tony Radakin"); for a bare title, the title ("Prime Minister").
    pub span: Span,
    /// Index of the entity in [`Entities::entities`].
    pub entity: usize,
    /// First token of the whole run (job title included).
    pub(crate) first_token: usize,
    /// Last token of the run.
    pub(crate) last_token: usize,
}

/// The entities of a document and their mentions.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Entities {
    /// Entities, in order of first mention.
    pub entities: Vec<EntityInfo>,
    /// Mentions, sorted by start.
    pub mentions: Vec<Mention>,
    /// Office key ("prime minister") → entity, the most mentioned holder.
    offices: FastMap<String, usize>,
}

/// A parsed run of capitalised words.
struct Run {
    first: usize,
    last: usize,
    /// Index of the first name token (after titles and honorifics).
    core: usize,
    /// Index of the first honorific, if any (else `core`).
    honorific: usize,
    /// End of the last token without its possessive (where the mention
    /// ends).
    end: usize,
    /// Office key from the title words before the name.
    office: Option<String>,
    kind: Option<EntityKind>,
    /// Only a title ("the Prime Minister").
    title_only: bool,
    /// A lone sentence-initial word never capitalised inside a sentence:
    /// kept only if it matches a name seen elsewhere.
    weak: bool,
}

/// A run as the clustering's second pass needs it, kept small (the runs of a
/// long text outgrow the caches) and with what it needs from the tokens
/// worked out while they were read: the mention's span and honorific.
struct StoredRun {
    /// First token of the run.
    first: u32,
    /// Last token of the run.
    last: u32,
    /// First name token (after titles and honorifics).
    core: u32,
    /// First honorific token (else `core`).
    honorific: u32,
    /// The mention's span (see [`mention_span`]).
    start: u32,
    /// End of the mention's span.
    end: u32,
    /// The entity the first pass gave the run, or [`StoredRun::NONE`].
    entity: u32,
    /// Index of the run's office in the list of run offices, or
    /// [`StoredRun::NONE`].
    office: u32,
    kind: Option<EntityKind>,
    /// Only a title ("the Prime Minister").
    title_only: bool,
    /// See [`Run::weak`].
    weak: bool,
    /// What the honorific says (Mrs / Mr …), if any.
    female: Option<bool>,
    /// The honorific goes with a first name ("Sir Keir").
    first_name_honorific: bool,
}

impl StoredRun {
    /// No entity / no office.
    const NONE: u32 = u32::MAX;
}

/// Folds a lower-cased surname for comparison: transliteration endings
/// unified ("zelenskiy", "zelenskyy" → "zelensky").
pub(crate) fn surname_key(folded: &str) -> Cow<'_, str> {
    // "Erdoğan" and "Erdogan", "Sánchez" and "Sanchez": Latin letters
    // without their marks.
    let plain: Cow<'_, str> = if folded.is_ascii() {
        Cow::Borrowed(folded)
    } else {
        Cow::Owned(folded.chars().map(without_mark).collect())
    };
    for (from, to) in [("iy", "y"), ("yy", "y"), ("ii", "i")] {
        if let Some(stem) = plain.strip_suffix(from) {
            return Cow::Owned(format!("{stem}{to}"));
        }
    }
    plain
}

/// A lower-case Latin letter without its diacritic mark ("ğ" → "g").
fn without_mark(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ą' => 'a',
        'ç' | 'č' | 'ć' => 'c',
        'ď' | 'đ' => 'd',
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ě' | 'ę' => 'e',
        'ğ' => 'g',
        'í' | 'ì' | 'î' | 'ï' | 'ı' => 'i',
        'ł' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ő' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ş' | 'ș' => 's',
        'ť' | 'ţ' | 'ț' => 't',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        _ => c,
    }
}

/// A surname's particle ("von", "van", "de", "da", "di", "du", "del",
/// "der", "den", "la", "le"), folded.
fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "von" | "van" | "de" | "da" | "di" | "du" | "del" | "der" | "den" | "la" | "le"
    )
}

/// A surname opened by an Arabic article and a hyphen: "al-Assad",
/// "el-Sisi", "al-Sharaa".
fn arabic_article_surname(w: &str) -> bool {
    ["al-", "el-"].iter().any(|a| {
        w.strip_prefix(a)
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    })
}

fn is_connector(w: &str) -> bool {
    matches!(
        w,
        "of" | "the"
            | "for"
            | "de"
            | "von"
            | "van"
            | "der"
            | "bin"
            | "al"
            | "la"
            | "le"
            | "du"
            | "da"
            | "del"
            | "and"
    )
}

#[inline(always)]
fn is_acronym(word: &str) -> bool {
    // Every character is an upper-case letter or a dot (checked below): most
    // names fail on their second byte, told inline. That byte is the same
    // with or without a possessive (a word cut to one byte has an apostrophe
    // there), so it is tested before the possessive is cut.
    word.as_bytes()
        .get(1)
        .is_some_and(|&b| b.is_ascii_uppercase() || b == b'.')
        && is_acronym_rest(word)
}

/// [`is_acronym`] for a word whose second byte passed.
#[inline(never)]
fn is_acronym_rest(word: &str) -> bool {
    let w = lexicon::strip_possessive(word);
    // Abbreviations of things, not of organisations.
    if matches!(
        w,
        "GDP"
            | "GNP"
            | "CPI"
            | "RPI"
            | "VAT"
            | "TV"
            | "PC"
            | "IT"
            | "AI"
            | "HIV"
            | "AIDS"
            | "GMT"
            | "BST"
            | "CEO"
            | "CFO"
            | "PM"
            | "MP"
            | "MPs"
            | "MEP"
            | "MSP"
            | "QC"
            | "DNA"
            | "ID"
            | "IPO"
            | "FTSE"
            | "OK"
            | "AM"
            | "PR"
            | "CD"
            | "DVD"
            | "SMS"
            | "ISA"
            | "NHS"
    ) {
        return false;
    }
    w.len() >= 2
        && w.chars().all(|c| c.is_ascii_uppercase() || c == '.')
        && w.chars().filter(char::is_ascii_uppercase).count() >= 2
}

impl Entities {
    /// Finds and clusters the entities of `text`, given its tokens.
    pub(crate) fn find(
        text: &str,
        lower: &str,
        toks: &[Token],
        lower_words: &LowerWords,
    ) -> Entities {
        let mut ents = Entities::default();
        // The lower-cased slice of tokens `a..=b`, possessive dropped.
        let slice = |a: usize, b: usize| -> &str {
            let end = toks[b].start() + tokens::folded(lower, &toks[b]).len();
            lower.get(toks[a].start()..end).unwrap_or("")
        };
        // The lower-cased word of token `k`, possessive dropped (`slice(k, k)`).
        let word = |k: usize| -> &str { tokens::folded(lower, &toks[k]) };
        // Pass 1: full person names, organisations, places.
        // News text names about one entity per four or five capitalised
        // words (22 KB of business news: 139 entities, 628 capitalised
        // words): maps and lists sized for them from the start rehash and
        // regrow rarely (sized from the tokens, one per 256, they rehashed
        // three times on 22 KB).
        let names = lower_words.caps.len() / 4;
        // Surname keys, and the people under each.
        let mut surnames: Keys<Cow<'_, str>> = Keys::with_capacity(names);
        let mut by_surname = Groups::with_capacity(names, names);
        // Name keys, and the entity of each (`by_name[slot]`).
        let mut name_keys: Keys<(u8, Cow<'_, str>, &str)> = Keys::with_capacity(names);
        let mut by_name: Vec<usize> = Vec::with_capacity(names);
        let mut office_counts: WordMap<String, Vec<usize>> = WordMap::default();
        ents.entities.reserve(names);
        let mut core_lens: Vec<usize> = Vec::with_capacity(names);
        let mut first_names: Vec<Option<(&str, u32)>> = Vec::with_capacity(names);
        // About one run per dozen tokens of news text: few regrowths.
        let mut runs: Vec<StoredRun> = Vec::with_capacity(toks.len() / 12 + 16);
        let mut run_offices: Vec<String> = Vec::new();
        // The folded first name word of each run pass 2 resolves by short
        // name, one after another, with the end of each: copied while the
        // run's tokens are in cache, so pass 2 reads them from one small
        // buffer, not from tokens and text far behind (long documents).
        let mut short_words: Vec<u8> = Vec::new();
        // The end of each in `short_words`, and its hash.
        let mut short_ends: Vec<(u32, u32)> = Vec::new();
        // Each run is clustered as soon as it is found, while its tokens are
        // still in cache, then stored for pass 2.
        find_runs(text, lower, toks, lower_words, |run| {
            // "Von der Leyen" opening a sentence: a surname with its
            // particles, no first name; found by the surname like "Leyen".
            let particles = run.last > run.core && is_particle(word(run.core));
            let entity = if run.title_only {
                None
            } else {
                let core_len = run.last + 1 - run.core;
                let kind = run.kind.unwrap_or(EntityKind::Person);
                if kind == EntityKind::Person && (core_len < 2 || particles) {
                    None
                } else {
                    Some((kind, core_len))
                }
            };
            let entity = entity.map(|(kind, core_len)| {
                let person = kind == EntityKind::Person;
                // Same first name and surname → same person.
                // The surname key, with its hash.
                let surname = person.then(|| hashed_surname(word(run.last), toks[run.last].hash()));
                let key = match &surname {
                    Some(sur) => Hashed {
                        hash: pair_hash(b'p', sur.hash, toks[run.core].hash()),
                        key: (b'p', sur.key.clone(), word(run.core)),
                    },
                    None => organisation_key(slice(run.core, run.last)),
                };
                let id = match name_keys.find(key.hash, &key.key) {
                    Some(slot) => by_name[slot],
                    None => {
                        ents.entities.push(EntityInfo {
                            name: name_of(text, toks, run.core, run.last),
                            kind,
                            mentions: 0,
                            office: None,
                            guessed: false,
                            female: None,
                        });
                        core_lens.push(core_len);
                        first_names.push(person.then(|| (word(run.core), toks[run.core].hash())));
                        name_keys.add(key.hash, key.key);
                        by_name.push(ents.entities.len() - 1);
                        ents.entities.len() - 1
                    }
                };
                if let Some(sur) = surname {
                    let (slot, _) = surnames.find_or_add(sur.hash, sur.key);
                    by_surname.add(slot, id);
                    // Prefer the longest spelling as canonical.
                    if core_len > core_lens[id] {
                        ents.entities[id].name = name_of(text, toks, run.core, run.last);
                        core_lens[id] = core_len;
                    }
                }
                // "United" alone for "Manchester United": a club's last
                // word names it too (the first club so named, when two are).
                if kind == EntityKind::Organisation
                    && core_len >= 2
                    && lexicon::CLUB_END_WORDS.contains(&word(run.last))
                {
                    let key = organisation_key(word(run.last));
                    if let (_, true) = name_keys.find_or_add(key.hash, key.key) {
                        by_name.push(id);
                    }
                }
                if let Some(office) = &run.office {
                    // A key copied only the first time it is seen.
                    match office_counts.get_mut(office.as_str()) {
                        Some(ids) => ids.push(id),
                        None => {
                            office_counts.insert(office.clone(), vec![id]);
                        }
                    }
                    ents.entities[id].office = Some(office.clone());
                }
                // "United Nations Economic Commission for Europe (UNECE)".
                if let (Some(open), Some(acr), Some(close)) = (
                    toks.get(run.last + 1),
                    toks.get(run.last + 2),
                    toks.get(run.last + 3),
                ) {
                    if &text[open.span()] == "("
                        && &text[close.span()] == ")"
                        && is_acronym(&text[acr.span()])
                    {
                        let k = run.last + 2;
                        // The acronym names `id` from now on.
                        let key = organisation_key(word(k));
                        match name_keys.find_or_add(key.hash, key.key) {
                            (slot, false) => by_name[slot] = id,
                            (_, true) => by_name.push(id),
                        }
                    }
                }
                id
            });
            let core = if particles { run.last } else { run.core };
            let stored = store_run(text, toks, run, entity, &mut run_offices);
            if stored.entity == StoredRun::NONE && !stored.title_only {
                push_word(&mut short_words, lower, &toks[core]);
                short_ends.push((short_words.len() as u32, toks[core].hash()));
            }
            runs.push(stored);
        });
        ents.mentions.reserve(runs.len());
        // First names of full person names ("Sir Keir").
        // Keyed like the surnames (one key type: less code).
        let mut first_keys: Keys<Cow<'_, str>> = Keys::with_capacity(first_names.len());
        let mut by_first = Groups::with_capacity(first_names.len(), first_names.len());
        for (id, first) in first_names.iter().enumerate() {
            if let Some((key, hash)) = *first {
                let (slot, _) = first_keys.find_or_add(hash, Cow::Borrowed(key));
                by_first.add(slot, id);
            }
        }
        // Pass 2: short names; titles wait for the counts.
        // When each entity was last mentioned (mention counter + 1; 0 = not
        // yet), so the most recent of several candidates is O(1) to find.
        let mut last_seen: Vec<usize> = vec![0; ents.entities.len()];
        let mut clock = 0usize;
        let mut titles: Vec<usize> = Vec::new();
        // Whole words of `lower` one after another: valid UTF-8, checked
        // once here (a check per word cost more than the word's look-ups).
        let short_text = std::str::from_utf8(&short_words).unwrap_or_default();
        let mut short_start = 0;
        let mut short_end = short_ends.iter();
        for (ri, run) in runs.iter().enumerate() {
            let office = run_offices.get(run.office as usize);
            let id = if run.entity != StoredRun::NONE {
                run.entity as usize
            } else if run.title_only {
                // Resolved below, once every name has been counted.
                titles.push(ri);
                continue;
            } else {
                let core = run.core as usize;
                // `word(core)`, copied in pass 1.
                let (end, hash) = match short_end.next() {
                    Some(&(e, h)) => (e as usize, Some(h)),
                    None => (short_start, None),
                };
                // Whole words (char boundaries) of `short_text`.
                let folded = short_text.get(short_start..end);
                // The word's hash (`toks[core].hash()`, kept with it).
                let hash = match (folded, hash) {
                    (Some(_), Some(h)) => h,
                    _ => tokens::folded_hash(b""),
                };
                let folded = folded.unwrap_or("");
                short_start = end;
                let sur = hashed_surname(folded, hash);
                let has_honorific = run.honorific < run.core;
                let from_surname = || {
                    surnames
                        .find(sur.hash, &sur.key)
                        .map(|slot| by_surname.pick_recent(slot, &last_seen))
                };
                let first = Cow::Borrowed(folded);
                let from_first = || {
                    first_keys
                        .find(hash, &first)
                        .map(|slot| by_first.pick_recent(slot, &last_seen))
                };
                // The second map is asked only when the first has no one.
                let found = if has_honorific && run.first_name_honorific {
                    from_first().or_else(from_surname)
                } else {
                    from_surname().or_else(from_first)
                };
                match found {
                    Some(id) => id,
                    None if run.weak => continue,
                    None => {
                        let kind = run.kind.unwrap_or(if has_honorific || office.is_some() {
                            EntityKind::Person
                        } else {
                            EntityKind::Organisation
                        });
                        let key = if kind == EntityKind::Person {
                            Hashed {
                                hash: pair_hash(b's', sur.hash, 0),
                                key: (b's', sur.key, ""),
                            }
                        } else {
                            organisation_key(folded)
                        };
                        match name_keys.find(key.hash, &key.key) {
                            Some(slot) => by_name[slot],
                            None => {
                                ents.entities.push(EntityInfo {
                                    // "Le Monde", "Von der Leyen": the particles too.
                                    name: if (run.last as usize) > core
                                        && is_particle(&crate::text::chars::lowercase(
                                            &text[toks[core].span()],
                                        )) {
                                        name_of(text, toks, core, run.last as usize)
                                    } else {
                                        unpossessed(text, &toks[core]).to_string()
                                    },
                                    kind,
                                    mentions: 0,
                                    office: office.cloned(),
                                    guessed: run.kind.is_none(),
                                    female: None,
                                });
                                let id = ents.entities.len() - 1;
                                name_keys.add(key.hash, key.key);
                                by_name.push(id);
                                id
                            }
                        }
                    }
                }
            };
            ents.entities[id].mentions += 1;
            if run.female.is_some() {
                ents.entities[id].female = run.female;
            }
            clock += 1;
            if id >= last_seen.len() {
                last_seen.resize(id + 1, 0);
            }
            last_seen[id] = clock;
            ents.push_mention(run, id);
        }
        let mut offices: Vec<(&String, &Vec<usize>)> = office_counts.iter().collect();
        offices.sort();
        for (office, ids) in offices {
            let best = ids
                .iter()
                .copied()
                .max_by_key(|&id| (ents.entities[id].mentions, std::cmp::Reverse(id)));
            if let Some(id) = best {
                ents.offices.insert(office.clone(), id);
            }
        }
        // Mentions so far follow the runs, in text order; the bare titles
        // below come after them, in text order too.
        let names_end = ents.mentions.len();
        for ri in titles {
            let run = &runs[ri];
            let Some(id) = run_offices
                .get(run.office as usize)
                .and_then(|o| ents.offices.get(o))
                .copied()
            else {
                continue;
            };
            ents.entities[id].mentions += 1;
            ents.push_mention(run, id);
        }
        ents.mentions = merge_mentions(std::mem::take(&mut ents.mentions), names_end);
        ents
    }

    fn push_mention(&mut self, run: &StoredRun, id: usize) {
        self.mentions.push(Mention {
            span: Span::new(run.start as usize, run.end as usize),
            entity: id,
            first_token: run.first as usize,
            last_token: run.last as usize,
        });
    }

    /// The entity holding `office` ("prime minister"), the most mentioned
    /// holder when several were named.
    pub(crate) fn office_holder(&self, office: &str) -> Option<usize> {
        self.offices.get(office).copied()
    }

    /// Entity annotations, one per mention.
    pub fn annotations(&self) -> Vec<Annotation> {
        // One shared name per entity, cloned (counted) per mention.
        let names: Vec<Name> = self.entities.iter().map(|e| Name::from(&e.name)).collect();
        self.mentions
            .iter()
            .map(|m| Annotation {
                span: m.span,
                confidence: 0.6,
                detail: Detail::Entity(Entity {
                    name: names[m.entity].clone(),
                    entity_kind: self.entities[m.entity].kind,
                }),
            })
            .collect()
    }
}

/// `mentions` sorted stably by first token, given that `..split` and
/// `split..` are each in text order already: the few mentions after `split`
/// (bare titles) are merged in from the back, each block of names between
/// them moved once (ties keep the earlier part first, as a stable sort
/// does) instead of a sort.
fn merge_mentions(mut mentions: Vec<Mention>, split: usize) -> Vec<Mention> {
    let by_first = |m: &[Mention]| m.windows(2).all(|w| w[0].first_token <= w[1].first_token);
    let split = split.min(mentions.len());
    if !by_first(&mentions[..split]) || !by_first(&mentions[split..]) {
        crate::sort::stable_sort_by(&mut mentions, |a, b| a.first_token.cmp(&b.first_token));
        return mentions;
    }
    let titles = mentions.split_off(split);
    let Some(&filler) = titles.first() else {
        return mentions;
    };
    // Names `..end` are still to place; slots from `free` on are placed.
    let mut end = mentions.len();
    mentions.resize(end + titles.len(), filler);
    let mut free = mentions.len();
    for title in titles.iter().rev() {
        // The names after this title: those starting after it.
        let keep = mentions[..end].partition_point(|m| m.first_token <= title.first_token);
        let after = end - keep;
        mentions.copy_within(keep..end, free - after);
        free -= after + 1;
        mentions[free] = *title;
        end = keep;
    }
    mentions
}

/// The text of token `t` without a possessive, as
/// [`lexicon::strip_possessive`] gives it: cut at the tokenizer's `fold_len`
/// for a word, so no suffix is compared again.
#[inline]
fn unpossessed<'t>(text: &'t str, t: &Token) -> &'t str {
    if t.is_word() && t.fold_len() > 0 {
        // One slice of the text (the word's cut end is a char boundary).
        let end = t.start() + t.fold_len();
        if end <= t.end() {
            if let Some(w) = text.get(t.start()..end) {
                return w;
            }
        }
        &text[t.span()]
    } else {
        lexicon::strip_possessive(&text[t.span()])
    }
}

/// "Sir", "Dame", "Lord", "Lady" go with a first name ("Sir Keir"): `h`
/// is the honorific without a possessive.
fn is_first_name_honorific(h: &str) -> bool {
    matches!(h, "Sir" | "Dame" | "Lord" | "Lady")
}

/// `run` kept for pass 2 with the entity pass 1 gave it; its office moves
/// to `offices`.
fn store_run(
    text: &str,
    toks: &[Token],
    run: Run,
    entity: Option<usize>,
    offices: &mut Vec<String>,
) -> StoredRun {
    let span = mention_span(toks, &run);
    let (female, first_name_honorific) = if run.honorific < run.core {
        let h = unpossessed(text, &toks[run.honorific]);
        let female = match h.trim_end_matches('.') {
            "Mrs" | "Ms" | "Miss" | "Dame" | "Lady" | "Baroness" => Some(true),
            "Mr" | "Sir" | "Lord" | "Baron" => Some(false),
            _ => None,
        };
        (female, is_first_name_honorific(h))
    } else {
        (None, false)
    };
    let office = match run.office {
        Some(o) => {
            offices.push(o);
            offices.len() as u32 - 1
        }
        None => StoredRun::NONE,
    };
    // Token indices and offsets fit in 32 bits: the tokens hold u32 offsets.
    let small = |x: usize| u32::try_from(x).unwrap_or(StoredRun::NONE);
    StoredRun {
        first: small(run.first),
        last: small(run.last),
        core: small(run.core),
        honorific: small(run.honorific),
        start: small(span.start),
        end: small(span.end),
        entity: entity.map_or(StoredRun::NONE, small),
        office,
        kind: run.kind,
        title_only: run.title_only,
        weak: run.weak,
        female,
        first_name_honorific,
    }
}

/// The span of `run` as a speaker mention: honorifics and name, no job
/// title; for a bare title, the title.
fn mention_span(toks: &[Token], run: &Run) -> Span {
    let start = if run.title_only {
        first_title_token(toks, run)
    } else {
        run.honorific
    };
    Span::new(toks[start].start(), run.end)
}

fn first_title_token(toks: &[Token], run: &Run) -> usize {
    let mut i = run.first;
    while i < run.last && toks[i].bits() & lexicon::NOT_NAME != 0 {
        i += 1;
    }
    i
}

/// Name tokens `from..=to` joined by single spaces, without a final
/// possessive.
fn name_of(text: &str, toks: &[Token], from: usize, to: usize) -> String {
    // The name is at most as long as its stretch of text (spaces between
    // words become single spaces): one allocation.
    let stretch = match (toks.get(from), toks.get(to)) {
        (Some(a), Some(b)) => b.end().saturating_sub(a.start()),
        _ => 0,
    };
    let run = toks.get(from..=to).unwrap_or_default();
    // The usual name: words one space apart. Its stretch of text is the
    // name already: one copy (each piece copied apart is a `memory.copy`,
    // a call out to C++ in V8).
    let plain = run.iter().all(Token::is_word)
        && run
            .windows(2)
            .all(|w| w[1].start() == w[0].end() + 1 && text.as_bytes()[w[0].end()] == b' ');
    if plain {
        if let (Some(a), Some(b)) = (run.first(), run.last()) {
            let end = b.start() + lexicon::strip_possessive(&text[b.span()]).len();
            return text[a.start()..end].to_string();
        }
    }
    joined(text, toks, from, to, stretch)
}

/// [`name_of`] piece by piece (any run): its words joined by single
/// spaces, punctuation kept as it is, in a String of capacity `stretch`.
fn joined(text: &str, toks: &[Token], from: usize, to: usize, stretch: usize) -> String {
    let mut s = String::with_capacity(stretch);
    for (k, t) in toks[from..=to].iter().enumerate() {
        let w = &text[t.span()];
        if !t.is_word() {
            s.push_str(w);
            continue;
        }
        if k > 0 {
            s.push(' ');
        }
        s.push_str(if from + k == to {
            lexicon::strip_possessive(w)
        } else {
            w
        });
    }
    s
}

/// Appends the folded word of token `t` ([`tokens::folded`]) to `buf`.
///
/// What it does: copies the 16 bytes of `lower` from the word's start (a
/// copy of constant size) and cuts `buf` back to the word's end; a word
/// longer than that, or too near the end of the text, is copied as it is.
///
/// Why: a copy of a run-time length is a `memory.copy` in wasm, which V8
/// runs as a call out to C++ (about 120 instructions with `memmove`, more
/// than the rest of a short name's trip through pass 1); a 16-byte copy is
/// two loads and two stores.
///
/// Example: "johnson" at the end of `buf`, read from "johnson said …".
#[inline]
fn push_word(buf: &mut Vec<u8>, lower: &str, t: &Token) {
    // The word is the first `word.len()` bytes of `from`.
    let word = tokens::folded(lower, t);
    let from = lower.as_bytes().get(t.start()..).unwrap_or_default();
    match from.first_chunk::<16>() {
        Some(chunk) if word.len() <= 16 => {
            let end = buf.len() + word.len();
            buf.extend_from_slice(chunk);
            buf.truncate(end);
        }
        _ => buf.extend_from_slice(word.as_bytes()),
    }
}

/// Which sentence-initial capitalised words of a document also occur in
/// lower case, to tell a common word ("Defence chiefs …") from a name.
#[derive(Default)]
pub(crate) struct LowerWords<'a> {
    /// The folded candidates (sentence-initial capitalised words, alone or
    /// opening a longer run: "Former Conservative", see [`untitled_kind`]),
    /// each once.
    candidates: Vec<&'a [u8]>,
    /// The candidates by [`lexicon::word_hash`].
    index: HashIndex,
    /// One bit per hash bucket holding a candidate, cleared by bytes once
    /// every candidate of a byte is seen in lower case (while
    /// [`LowerWords::new`] runs; unused afterwards): most words are no such
    /// candidate and are told so by one bit test.
    filter: Vec<u64>,
    /// How far to shift a multiplied hash right to get its bucket.
    filter_shift: u32,
    /// Candidate `k` also occurs in lower case.
    seen: Vec<bool>,
    /// Candidate `k` opens a sentence alone somewhere (not followed by
    /// another capitalised word): [`LowerWords::look_up`] answers for those
    /// only.
    lone: Vec<bool>,
    /// Candidate `k` opens a sentence followed by another capitalised word
    /// somewhere ("Former Conservative …"): its `mid` is kept up to date
    /// after `seen` turns true, for [`LowerWords::common_opener`].
    opener: Vec<bool>,
    /// Candidate `k` is also written capitalised inside a sentence; one that
    /// never is, alone and of no list, is then no name ("Smaller nations …",
    /// "Publishing its survey, …"). Only read when `seen[k]` is false, and
    /// left as it stands once `seen[k]` turns true (unless `opener[k]`).
    mid: Vec<bool>,
    /// Indices of the capitalised word tokens, in order (from
    /// [`tokens::tokenize_all`]): where runs of names may start.
    caps: Vec<usize>,
}

impl<'a> LowerWords<'a> {
    /// Collects the sentence-initial capitalised words of `text` and
    /// notes which also appear in lower case or capitalised mid-sentence.
    /// Linear: each word token probes a hash index of the candidates once,
    /// with the hash the tokenizer computed.
    /// `caps` are the indices of the capitalised word tokens of `toks`, in
    /// order (kept for [`find_runs`]).
    /// Not inlined: it runs once per document, and a profile then shows its
    /// cost apart from the quote pass.
    #[inline(never)]
    pub(crate) fn new(
        text: &str,
        lower: &'a str,
        toks: &[Token],
        caps: Vec<usize>,
        maybe_names: &[(u32, u32)],
    ) -> LowerWords<'a> {
        let mut starts: Vec<usize> = Vec::with_capacity(caps.len() / 2 + 16);
        for &i in &caps {
            let Some(t) = toks.get(i) else { continue };
            // Function words never start a name: leave them out, so the
            // frequent "the", "it", "but" skip the lookups below. The
            // token tests are combined without branches (`&`: each follows
            // the text), then one branch for the rare candidate.
            let candidate = t.is_word()
                & t.capitalised()
                & (t.bits() & (lexicon::NOT_NAME | lexicon::FUNCTION_WORD | lexicon::PRONOUN) == 0)
                & !mid_sentence(toks, i);
            if candidate && starts_sentence_after(text, toks, i) {
                starts.push(i);
            }
        }
        if starts.is_empty() {
            return LowerWords {
                caps,
                ..LowerWords::default()
            };
        }
        // About 32 filter bits per candidate: few false hits.
        let filter_bits = (32 * starts.len()).next_power_of_two().max(64);
        let mut words = LowerWords {
            candidates: Vec::new(),
            index: HashIndex::with_capacity(starts.len()),
            filter: vec![0; filter_bits / 64],
            filter_shift: 32 - filter_bits.trailing_zeros(),
            seen: Vec::new(),
            mid: Vec::new(),
            lone: Vec::new(),
            opener: Vec::new(),
            caps,
        };
        // How many candidates not yet seen in lower case each byte of the
        // filter (eight bits) stands for (saturating: a full count never
        // goes down). A byte per filter byte: a count per bit would be a
        // large, freshly zeroed allocation, slower than what it saves.
        let mut live = vec![0u8; filter_bits / 8];
        for &i in &starts {
            let t = &toks[i];
            let w = folded_bytes(lower, t);
            let opens_run = toks
                .get(i + 1)
                .is_some_and(|n| n.is_word() & n.capitalised());
            let k = match words.find(w, t.hash()) {
                Some(k) => k,
                None => {
                    words.index.insert(t.hash(), words.candidates.len() as u32);
                    words.candidates.push(w);
                    words.lone.push(false);
                    words.opener.push(false);
                    let b = words.bucket(t.hash());
                    words.filter[b / 64] |= 1 << (b % 64);
                    live[b / 8] = live[b / 8].saturating_add(1);
                    words.candidates.len() - 1
                }
            };
            if opens_run {
                words.opener[k] = true;
            } else {
                words.lone[k] = true;
            }
        }
        words.seen = vec![false; words.candidates.len()];
        words.mid = vec![false; words.candidates.len()];
        // A word of a `NEVER_NAME` list is no candidate (the lists depend
        // on the folded word alone): only the others are looked at, those
        // the tokenizer listed in `maybe_names`.
        let mut from = 0;
        while let Some(n) = words.next_probe(maybe_names, from) {
            from = n + 1;
            let i = maybe_names[n].0 as usize;
            let t = &toks[i];
            if let Some(k) = words.find(folded_bytes(lower, t), t.hash()) {
                // Settled once nothing more can change an answer: for a word
                // opening a sentence alone, once seen in lower case (a word
                // seen in lower case is never asked whether it is
                // capitalised mid-sentence); for one opening a run, once
                // capitalised mid-sentence ([`LowerWords::common_opener`]
                // is then false).
                let settled =
                    |w: &LowerWords, k: usize| (w.seen[k] | !w.lone[k]) & (w.mid[k] | !w.opener[k]);
                if settled(&words, k) {
                    continue;
                }
                if !t.capitalised() {
                    words.seen[k] = true;
                } else if !words.mid[k] && !starts_sentence(text, toks, i) {
                    words.mid[k] = true;
                }
                if settled(&words, k) {
                    // Its later occurrences change nothing: once no
                    // unsettled candidate shares its filter byte, the byte
                    // is cleared and they skip the look-up.
                    let g = words.bucket(t.hash()) / 8;
                    if live[g] != u8::MAX {
                        live[g] -= 1;
                        if live[g] == 0 {
                            words.filter[g / 8] &= !(0xff << (8 * (g % 8)));
                        }
                    }
                }
            }
        }
        words
    }

    /// The first index of `names` (token indices with their hashes) from
    /// `from` on whose token may be a candidate: its hash is in the filter.
    ///
    /// Why apart: the sweep visits every word that may be a name and stops
    /// at few; as a small loop of its own it keeps its values in registers
    /// (inlined into [`LowerWords::new`], V8 reloaded five of them from the
    /// stack per token).
    #[inline(never)]
    fn next_probe(&self, names: &[(u32, u32)], from: usize) -> Option<usize> {
        let rest = names.get(from..).unwrap_or_default();
        rest.iter()
            .position(|&(_, hash)| self.may_hold(hash))
            .map(|k| from + k)
    }

    /// The filter bit of `hash`.
    #[inline]
    fn bucket(&self, hash: u32) -> usize {
        (hash.wrapping_mul(0x85eb_ca6b) >> self.filter_shift) as usize
    }

    /// False when no candidate has the hash `hash`.
    #[inline]
    fn may_hold(&self, hash: u32) -> bool {
        let b = self.bucket(hash);
        let w = self.filter.get(b / 64).copied().unwrap_or(0);
        (w >> (b % 64)) & 1 != 0
    }

    /// The candidate `folded` (whose hash is `hash`), if it is one.
    fn find(&self, folded: &[u8], hash: u32) -> Option<usize> {
        self.index
            .find(hash, |k| self.candidates[k as usize] == folded)
            .map(|k| k as usize)
    }

    /// Whether `folded` (whose hash is `hash`) is a candidate also written
    /// in lower case, and whether it is a candidate never written
    /// capitalised inside a sentence (one look-up for both); only words that
    /// open a sentence alone somewhere count.
    fn look_up(&self, folded: &str, hash: u32) -> (bool, bool) {
        self.find(folded.as_bytes(), hash)
            .filter(|&k| self.lone[k])
            .map_or((false, false), |k| (self.seen[k], !self.mid[k]))
    }

    /// Whether `folded` (whose hash is `hash`) opens a run of capitalised
    /// words at the start of a sentence somewhere, is written in lower case
    /// elsewhere and never capitalised inside a sentence: a common word
    /// ("Former Conservative leader …", "former" elsewhere), not a name
    /// ("Age Concern said …", "Age Concern" elsewhere).
    fn common_opener(&self, folded: &str, hash: u32) -> bool {
        self.find(folded.as_bytes(), hash)
            .is_some_and(|k| self.opener[k] & self.seen[k] & !self.mid[k])
    }
}

/// The bytes of [`tokens::folded`]: the token's word lower-cased, without a
/// possessive, read without char-boundary checks.
#[inline]
fn folded_bytes<'a>(lower: &'a str, t: &Token) -> &'a [u8] {
    lower
        .as_bytes()
        .get(t.start()..t.start() + t.fold_len())
        .unwrap_or_default()
}

/// True when token `i` starts a sentence (first word of its paragraph, or
/// after `.`, `!`, `?`, `:` or an opening quote).
#[inline(always)]
fn starts_sentence(text: &str, toks: &[Token], i: usize) -> bool {
    // The usual case, told inline: a word just before, in the paragraph.
    if mid_sentence(toks, i) {
        return false;
    }
    starts_sentence_after(text, toks, i)
}

/// Whether token `i` follows a word in its paragraph: the usual case of
/// [`starts_sentence`] being false, told with one branch-free test (which
/// of the two it is follows the text).
#[inline(always)]
fn mid_sentence(toks: &[Token], i: usize) -> bool {
    let before = toks.get(i.wrapping_sub(1)).is_some_and(Token::is_word);
    before & toks.get(i).is_some_and(|t| !t.starts_paragraph())
}

/// [`starts_sentence`] for a token that opens its paragraph or follows
/// punctuation: looks back over the marks before it.
#[inline(never)]
fn starts_sentence_after(text: &str, toks: &[Token], i: usize) -> bool {
    if i == 0 || toks[i].starts_paragraph() {
        return true;
    }
    let mut j = i;
    while j > 0 {
        j -= 1;
        let t = &toks[j];
        // Tokens `j + 2..=i` are in `i`'s paragraph: `j` is too unless
        // `j + 1` starts it.
        if toks[j + 1].starts_paragraph() {
            return true;
        }
        if t.is_word() {
            return false;
        }
        let s = &text[t.span()];
        if matches!(s, "." | "!" | "?" | ":" | "…") {
            return true;
        }
        if !matches!(
            s,
            "“" | "‘" | "\"" | "'" | "”" | "’" | "(" | "—" | "–" | "-" | "|"
        ) {
            return false;
        }
    }
    true
}

/// Whether word token `t` of `text` (`bytes`) ends in a possessive `'s` or
/// `’s`: [`lexicon::is_possessive_bytes`] of its text, told by the
/// tokenizer's possessive cut.
///
/// What it does: a cut of 2 bytes (`'s`, `'S`) or 4 (`’s`, `’S`) and a
/// lower-case final `s`; the text is read only for those few words (and
/// for a word too long to carry a cut).
///
/// Why: the run scan asks this of every word of every run; reading each
/// word's last byte from a long text (far behind, since the tokenizer read
/// it) was a cache miss per word.
///
/// Example: "Starmer's" (cut 2, final `s`) → true; "Starmer" (cut 0) and
/// "JONES'S" (final `S`) → false.
#[inline]
fn ends_possessive(bytes: &[u8], t: &Token) -> bool {
    let len = t.end() - t.start();
    match t.fold_len() {
        // No cut recorded (a word over 255 bytes): read the word.
        0 => lexicon::is_possessive_bytes(bytes.get(t.start()..t.end()).unwrap_or_default()),
        // A word token starts with a letter or digit, so `’s` after at
        // least one byte is the only 4-byte cut ending in `s`, and a word
        // `is_possessive_bytes` accepts has at least 3 bytes.
        fold => matches!(len - fold, 2 | 4) && bytes.get(t.end().wrapping_sub(1)) == Some(&b's'),
    }
}

/// Finds the runs of capitalised words, in text order, and gives each to
/// `sink` as it is found.
///
/// Not inlined: apart from the clustering in [`Entities::find`], V8 keeps
/// the scan's values in registers (all of V8's registers are caller-saved,
/// so one large function spills around every call it makes).
#[inline(never)]
fn find_runs(
    text: &str,
    lower: &str,
    toks: &[Token],
    lower_words: &LowerWords,
    mut sink: impl FnMut(Run),
) {
    let bytes = text.as_bytes();
    let only = OnlyConnectors::new();
    // Runs start at capitalised words only: visit those, in order, skipping
    // the ones inside the previous run.
    let mut i = 0;
    for &c in &lower_words.caps {
        let Some(t) = toks.get(c) else { continue };
        if (c < i) | !t.is_word() | !t.capitalised() | t.in_quote() {
            continue;
        }
        i = c;
        // Extend the run over capitalised words, connectors between them and
        // the dot of an initial; stop after a possessive.
        let first = i;
        let mut last = i;
        let mut j = i;
        // Token bytes, read without string slicing (no char-boundary checks).
        let bytes_of = |k: &Token| bytes.get(k.start()..k.end()).unwrap_or_default();
        // Whether tokens `first..=j` all lie in the paragraph of `t` (the
        // initial rule below steps over a token unchecked).
        let mut in_paragraph = true;
        loop {
            if ends_possessive(bytes, &toks[j]) {
                break;
            }
            let Some(n) = toks.get(j + 1) else { break };
            if !in_paragraph || n.starts_paragraph() || n.in_quote() {
                break;
            }
            if n.is_word() && n.capitalised() {
                j += 1;
                last = j;
                continue;
            }
            if !n.is_word() {
                // "Transport and General Workers' Union", "Lawyers'
                // Christian Fellowship": a plural's apostrophe inside a
                // body's name, when capitalised words after it end with an
                // organisation word.
                // (Not after a body's own name: "The Lib Dems' Treasury
                // spokesman".)
                if is_plural_apostrophe(bytes, toks, j + 1)
                    && toks[j].bits()
                        & (lexicon::ORGANISATION_WORD | lexicon::PLACE | lexicon::NATIONALITY)
                        == 0
                {
                    if let Some(end) = body_name_end(toks, j + 2) {
                        j = end;
                        last = j;
                        continue;
                    }
                }
                if bytes_of(n) == b"."
                    && text[toks[j].span()].chars().count() == 1
                    && toks[j].capitalised()
                    // "John F. Kennedy"
                    && toks.get(j + 2).is_some_and(|m| m.is_word() && m.capitalised())
                {
                    in_paragraph = !toks[j + 2].starts_paragraph();
                    j += 2;
                    last = j;
                    continue;
                }
                break;
            }
            // "Economic and Social Research Council": `and` inside a body's
            // name, when capitalised words after it end with an
            // organisation word and the word before it names nothing of its
            // own ("Tony Blair and Gordon Brown", "Labour and Conservative
            // Party" stay apart).
            // (The run's first word so far, perhaps after "The".)
            if (first..j).all(|k| toks[k].bits() & lexicon::NOT_NAME != 0)
                && &text[n.span()] == "and"
            {
                if let Some(end) = and_joins_body(text, toks, j) {
                    j = end;
                    last = j;
                    continue;
                }
            }
            // "Bashar al-Assad", "Abdel Fattah el-Sisi": an Arabic article
            // glued by a hyphen to a capitalised surname.
            if n.is_word() && !n.capitalised() && arabic_article_surname(&text[n.span()]) {
                j += 1;
                last = j;
                continue;
            }
            // Connectors are two or three letters long (told from the
            // token, before its text is read).
            if n.end() - n.start() <= 3 && is_connector(&text[n.span()]) && &text[n.span()] != "and"
            {
                // "von der Leyen", "de la Cruz": a second particle.
                let second = toks.get(j + 2).is_some_and(|m| {
                    m.is_word()
                        && matches!(
                            (&text[n.span()], &text[m.span()]),
                            ("von" | "van", "der" | "den" | "de")
                                | ("de" | "da" | "di", "la" | "los" | "las" | "le")
                        )
                });
                let k = if second { j + 3 } else { j + 2 };
                if toks
                    .get(k)
                    .is_some_and(|m| m.is_word() && m.capitalised() && !m.starts_paragraph())
                {
                    j = k;
                    last = j;
                    continue;
                }
            }
            break;
        }
        i = last + 1;
        if let Some(run) = parse_run(text, lower, toks, (first, last), lower_words, &only) {
            sink(run);
        }
    }
}

/// Whether token `k` is the apostrophe of a plural possessive: `'` or `’`
/// glued to a word ending in `s` ("Workers'").
fn is_plural_apostrophe(bytes: &[u8], toks: &[Token], k: usize) -> bool {
    let (Some(t), Some(prev)) = (toks.get(k), k.checked_sub(1).and_then(|p| toks.get(p))) else {
        return false;
    };
    matches!(bytes.get(t.start()..t.end()), Some(b"'" | b"\xE2\x80\x99"))
        && t.start() == prev.end()
        && prev.end() > 0
        && bytes.get(prev.end() - 1) == Some(&b's')
}

/// The last token of one to three capitalised words from token `k`, the
/// last of them an organisation word ("Union", "Christian Fellowship").
fn body_name_end(toks: &[Token], k: usize) -> Option<usize> {
    let mut end = None;
    for (off, t) in toks.get(k..)?.iter().take(3).enumerate() {
        if !t.is_word() || !t.capitalised() || t.starts_paragraph() {
            break;
        }
        if t.bits() & lexicon::ORGANISATION_WORD != 0 {
            end = Some(k + off);
        }
    }
    end
}

/// The last token of a body's name that goes on across the `and` after
/// token `j`, the run's first and only word so far: two to four capitalised
/// words after it, the last of them an organisation word ("Economic and
/// Social Research Council", "Industrial and Commercial Bank"), when `j` is
/// in no list that names something of its own (a place, a nationality, an
/// organisation or party word, an honorific) and is no firm's word ("Ogilvy &
/// Mather and Cordiant Communications" are two firms; so are "Chelsea and
/// Celtic": one word after `and`).
fn and_joins_body(text: &str, toks: &[Token], j: usize) -> Option<usize> {
    let own =
        lexicon::ORGANISATION_WORD | lexicon::PLACE | lexicon::NATIONALITY | lexicon::HONORIFIC;
    if toks[j].bits() & own != 0
        || is_firm_word(text, &toks[j])
        || (j > 0 && text.get(toks[j - 1].start()..toks[j - 1].end()) == Some("&"))
    {
        return None;
    }
    let mut k = j + 3;
    let mut end = None;
    while k < toks.len() && k <= j + 6 {
        let t = &toks[k];
        // "General Workers' Union": a plural's apostrophe.
        if is_plural_apostrophe(text.as_bytes(), toks, k) {
            k += 1;
            continue;
        }
        if !t.is_word() || !t.capitalised() || t.starts_paragraph() {
            break;
        }
        if t.bits() & lexicon::ORGANISATION_WORD != 0 {
            end = Some(k);
        }
        k += 1;
    }
    // The word right after `and` must be capitalised too.
    end.filter(|_| toks[j + 2].is_word() && toks[j + 2].capitalised())
}

/// The run of tokens `first..=last` as a name, if it is one; `only` tells
/// the connectors a name may start with ([`OnlyConnectors`]).
fn parse_run(
    text: &str,
    lower: &str,
    toks: &[Token],
    (first, last): (usize, usize),
    lower_words: &LowerWords,
    only: &OnlyConnectors,
) -> Option<Run> {
    let is = |k: usize, list: u32| toks[k].bits() & list != 0;
    let isf = |k: usize, f: fn(&str) -> bool| tokens::is(lower, &toks[k], f);
    // Leading function words ("The White House", "But Starmer").
    let mut a = first;
    while a <= last
        && toks[a].is_word()
        && ((is(a, lexicon::NOT_NAME) && !only.is(lower, &toks[a]))
            || (toks[a].hyphenated() && is_compound_adjective(&lower[toks[a].span()])))
    {
        a += 1;
    }
    if a > last {
        return None;
    }
    // A sentence-initial word also written in lower case is a common word,
    // unless more capitalised words follow ("Defence chiefs").
    // A lone nationality adjective ("British", "European") names no one.
    if a == last && is(a, lexicon::NATIONALITY) && !is(a, lexicon::PLACE) {
        return None;
    }
    let mut weak = false;
    if a == last && starts_sentence(text, toks, a) && !is(a, lexicon::PLACE) {
        let w = tokens::folded(lower, &toks[a]);
        // A common word also written in lower case, or a lone word never
        // capitalised inside a sentence (unless an acronym, or a name
        // introduced by a title or honorific just before).
        let (seen, never_mid) = lower_words.look_up(w, toks[a].hash());
        if seen {
            return None;
        }
        weak = never_mid
            && text[toks[a].span()]
                .chars()
                .filter(|c| c.is_uppercase())
                .count()
                < 2
            && a == first;
    }
    if a == last && (is(a, lexicon::GENERIC_PLURAL) || is(a, lexicon::ORGANISATION_NOUN)) {
        return None;
    }
    // Title words (and lower-case ones just before the run: "envoy Steve
    // Witkoff") give the office.
    // A title may hold words of no list before its last title word
    // ("Auditor General Sir John Bourn", "Green MSP Ana Diaz"): the name
    // starts after the last title word or honorific when only name words
    // follow.
    let title_word = |k: usize| {
        (is(k, lexicon::ROLE_WORD) && !isf(k, is_connector)) || is(k, lexicon::HONORIFIC)
    };
    let name_word = |k: usize| {
        !is(k, lexicon::ROLE_WORD)
            && !is(k, lexicon::HONORIFIC)
            && !is(k, lexicon::ORGANISATION_WORD)
    };
    // "Environmental Audit Committee Peter Ainsworth": a person named after
    // an organisation.
    let last_word = unpossessed(text, &toks[last]);
    let post_nominal = matches!(
        last_word,
        "MP" | "MEP" | "MSP" | "QC" | "KC" | "AM" | "Jr" | "Sr"
    );
    let name_end = if post_nominal && last > a {
        last - 1
    } else {
        last
    };
    if let Some(o) = (a..name_end)
        .rev()
        .find(|&k| is(k, lexicon::ORGANISATION_WORD))
    {
        // The words after it name a person only if they could: not "League
        // Against Cruel Sports" (a function word first) nor "United Arab
        // Emirates" (a place's last word).
        let could_be_person =
            !is(o + 1, lexicon::NEVER_NAME) && !is(name_end, lexicon::PLACE_HEAD | lexicon::PLACE);
        if name_end >= o + 2 && could_be_person && (o + 1..=name_end).all(name_word) {
            return finish_run(
                (text, lower, lower_words),
                toks,
                a,
                o + 1,
                last,
                (last_word, post_nominal),
                None,
            );
        }
    }
    let mut b = a;
    if let Some(r) = (a..last).rev().find(|&k| title_word(k)) {
        if (r + 1..=last).all(name_word) {
            let mut h = r;
            while h > a && is(h - 1, lexicon::HONORIFIC) {
                h -= 1;
            }
            if !is(r, lexicon::HONORIFIC) {
                h = r + 1;
            }
            // Title words a..h (office scan below), then honorifics.
            let mut office: Option<String> = None;
            let mut qualifier: Option<&'static str> = None;
            for t in &toks[a..h] {
                scan_office(text, lower, t, &mut office, &mut qualifier);
            }
            if h > a {
                return finish_run(
                    (text, lower, lower_words),
                    toks,
                    a,
                    h,
                    last,
                    (last_word, post_nominal),
                    office,
                );
            }
        }
    }
    let mut office: Option<String> = None;
    let mut qualifier: Option<&'static str> = None;
    while b <= last
        && (is(b, lexicon::ROLE_WORD)
            || (is(b, lexicon::NATIONALITY)
                && b < last
                && (is(b + 1, lexicon::ROLE_WORD) || is(b + 1, lexicon::NATIONALITY))))
        && !is(b, lexicon::HONORIFIC)
    {
        scan_office(text, lower, &toks[b], &mut office, &mut qualifier);
        b += 1;
    }
    // "Economic and Social Research Council", "Transport and General
    // Workers Union": role-like words joined by `and` before a body's last
    // word open its name (an office word among them is no office).
    let joined = (a..b).any(|k| lower.get(toks[k].start()..toks[k].end()) == Some("and"));
    if joined && b > a && b <= last && (office.is_none() || is(last, lexicon::ORGANISATION_WORD)) {
        b = a;
        office = None;
    }
    // "Director of Public Prosecutions", "MP for West Ham": the words after
    // an office ending in "of" or "for" complete it and name no one; a name
    // may follow them ("Minister for Europe Denis MacShane"): the last two
    // words, when more than two follow. ("Two of Britain's", "Office for
    // National Statistics": no office.)
    if office.is_some() && b > a && b <= last && only.is(lower, &toks[b - 1]) {
        if last < b + 2 {
            return None;
        }
        b = last - 1;
    }
    if office.is_none() && a > 0 && a == first {
        // "natural resources minister Yuri Trutnev", "envoy Steve Witkoff".
        let p = &toks[a - 1];
        if p.is_word()
            && !p.capitalised()
            && !toks[a].starts_paragraph()
            && is_office_token(text, p)
        {
            let w = with_lower(&text[p.span()], str::to_string);
            // "shadow chancellor Oliver Letwin" holds the shadow office, not
            // the chancellor's.
            let qualifier = (a >= 2 && toks[a - 2].is_word())
                .then(|| with_lower(&text[toks[a - 2].span()], office_qualifier))
                .flatten();
            office = Some(match qualifier {
                Some(q) => format!("{q} {w}"),
                None => w,
            });
        }
    }
    if b > last {
        // "the Scottish Executive", "the Welsh Executive": a government
        // named after its nation, not the holder of an office.
        if office.as_deref() == Some("executive")
            && (a..last).all(|k| is(k, lexicon::NATIONALITY | lexicon::PLACE))
        {
            return Some(Run {
                first,
                last,
                core: a,
                honorific: a,
                end: toks[last].start() + last_word.len(),
                office: None,
                kind: Some(EntityKind::Organisation),
                title_only: false,
                weak: false,
            });
        }
        // Only title words: a bare title ("the Prime Minister") or an
        // acronym / place made of them ("NATO", "US").
        if office.is_some() {
            return Some(Run {
                first,
                last,
                core: last,
                honorific: last,
                end: toks[last].start() + last_word.len(),
                office,
                kind: Some(EntityKind::Person),
                title_only: true,
                weak: false,
            });
        }
        b = a;
    }
    finish_run(
        (text, lower, lower_words),
        toks,
        a,
        b,
        last,
        (last_word, post_nominal),
        office,
    )
    .map(|mut run| {
        run.weak = weak;
        run
    })
}

/// The name part of a run whose title words end before token `b`;
/// `last_word` is token `last` without a possessive and `post_nominal` says
/// whether it is a post-nominal ("MP"), as [`parse_run`] found.
#[allow(clippy::too_many_arguments, reason = "a private step of parse_run")]
fn finish_run(
    (text, lower, lower_words): (&str, &str, &LowerWords),
    toks: &[Token],
    a: usize,
    b: usize,
    last: usize,
    (last_word, post_nominal): (&str, bool),
    office: Option<String>,
) -> Option<Run> {
    let is = |k: usize, list: u32| toks[k].bits() & list != 0;
    // "Peter Ainsworth MP": a post-nominal is not part of the name.
    let mut last = last;
    let mut last_word = last_word;
    if last > b && post_nominal {
        last -= 1;
        last_word = unpossessed(text, &toks[last]);
    }
    let mut core = b;
    while core < last && is(core, lexicon::HONORIFIC) {
        core += 1;
    }
    let honorific = b;
    if core > last || (core == last && is(core, lexicon::HONORIFIC)) {
        return None;
    }
    // "the Hunting Act", "Boxing Day": a law or an occasion, not a person
    // (unless an honorific says so: "Ms Day"; an office word does not:
    // "the General Election").
    let untitled = honorific == core && office.is_none();
    if honorific == core && is(last, lexicon::THING_HEAD) && !is_acronym(last_word) {
        return None;
    }
    let nation = is(last, lexicon::PLACE) && (core..last).all(|k| is(k, lexicon::NATIONALITY));
    let mut honorific = honorific;
    // An honorific makes a person, whatever the surname: "Sir David Bay",
    // "Ms Herald" (words that end places and organisations too).
    let titled_person = honorific < core
        && !(core..last).any(|k| is(k, lexicon::ORGANISATION_WORD))
        && !is_acronym(last_word);
    let kind = if nation || (untitled && last > core && is(last, lexicon::PLACE_HEAD)) {
        Some(EntityKind::Place)
    } else if titled_person {
        Some(EntityKind::Person)
    } else if (core..=last).any(|k| is(k, lexicon::ORGANISATION_WORD))
        || is_acronym(last_word)
        || (core < last && (core..=last).any(|k| is_firm_word(text, &toks[k])))
    {
        Some(EntityKind::Organisation)
    } else if !untitled {
        Some(EntityKind::Person)
    } else if last > core {
        // "World War Two", "Community Support Officers": a number word or a
        // plural of people ends no name ("Welsh MPs", a nation's members,
        // stay a body).
        if is_number_name_end(last_word)
            || (is(last, lexicon::GENERIC_PLURAL) && !is(core, lexicon::NATIONALITY))
        {
            return None;
        }
        let (name, kind) = untitled_kind((text, lower, lower_words), toks, core, last);
        // A common word dropped from the front: the mention starts after it.
        core = name;
        honorific = name;
        kind
    } else {
        None
    };
    Some(Run {
        first: a,
        last,
        core,
        honorific,
        end: toks[last].start() + last_word.len(),
        office,
        kind,
        title_only: false,
        weak: false,
    })
}

/// The kind of a run of several capitalised words `core..=last` with no
/// title, honorific or office before them and no list word that tells a
/// place or an organisation, and its first name token.
///
/// What it does: a person's name, unless
/// - the first word is a compass point or the like ("South West
///   Edinburgh", "Upper Yangtze"): a place;
/// - the first word is a nationality ("Scottish Conservative", "Welsh
///   MPs", "Swiss Xstrata"): an organisation;
/// - a function word stands inside the run ("Breakfast With Frost",
///   "Members of Westminster"): an organisation (or a work's title, which
///   no kind fits better);
/// - the first word opens its sentence and is written in lower case
///   elsewhere in the text ("Former Conservative", "Shares of …"): that
///   word is capitalised for its place only, and the rest is typed alone (a
///   single word is left to the short-name pass).
///
/// Why: two capitalised words of no list were taken for a person's first
/// name and surname; such a surname then drew lone words to the wrong
/// entity ("Conservative" to "Former Conservative").
///
/// Example: "Former Conservative leader …" (with "former" elsewhere in the
/// text) → `(core + 1, None)`; "Nina Hart" → `(core, Some(Person))`.
fn untitled_kind(
    (text, lower, lower_words): (&str, &str, &LowerWords),
    toks: &[Token],
    core: usize,
    last: usize,
) -> (usize, Option<EntityKind>) {
    let is = |k: usize, list: u32| toks[k].bits() & list != 0;
    if is_place_prefix(&text[toks[core].span()]) {
        return (core, Some(EntityKind::Place));
    }
    if is(core, lexicon::NATIONALITY) {
        return (core, Some(EntityKind::Organisation));
    }
    // "in Sheffield Hallam", "in Melton Mowbray": a town first, after "in",
    // makes a place (towns are given names too: "with Paris Hilton").
    if is(core, lexicon::PLACE)
        && last > core
        && core > 0
        && matches!(
            lower.get(toks[core - 1].start()..toks[core - 1].end()),
            Some("in" | "near")
        )
        && (core..=last).all(|k| toks[k].is_word())
    {
        return (core, Some(EntityKind::Place));
    }
    // "Derby North", "Bristol South": a constituency or a district, unless
    // the first word is a given name ("Oliver North").
    if is_compass(unpossessed(text, &toks[last]))
        && (core..last).all(|k| toks[k].is_word())
        && crate::quotes::gender::of_first_name(&text[toks[core].span()]).is_none()
    {
        return (core, Some(EntityKind::Place));
    }
    // A one-letter word inside is an initial ("John A Hale"), not "a"; an
    // epithet follows "the" ("William Pitt the Younger").
    let epithet = matches!(&text[toks[last].span()], "Younger" | "Elder" | "Great");
    let function_word = |k: usize| {
        is(k, lexicon::NOT_NAME | lexicon::FUNCTION_WORD)
            && toks[k].end() - toks[k].start() > 1
            && !(epithet && k + 1 == last)
    };
    if (core + 1..last).any(function_word) {
        return (core, Some(EntityKind::Organisation));
    }
    let folded = tokens::folded(lower, &toks[core]);
    if starts_sentence(text, toks, core)
        && !is_common_word_given_name(folded)
        && lower_words.common_opener(folded, toks[core].hash())
    {
        let mut name = core + 1;
        while name < last && (!toks[name].is_word() || is(name, lexicon::NEVER_NAME)) {
            name += 1;
        }
        if name == last {
            let kind = is(name, lexicon::PLACE).then_some(EntityKind::Place);
            return (name, kind);
        }
        return untitled_kind((text, lower, lower_words), toks, name, last);
    }
    (core, Some(EntityKind::Person))
}

/// Whether `w`, a word of a run of several, marks a firm or a body rather
/// than a person: an acronym of three or more capitals ("BHP Billiton",
/// "UKIP MEPs", "NOP World"; not initials such as "JP McManus", nor
/// abbreviations of things, see [`is_acronym`]) or a word joined by `&`
/// ("P&O Cruises", "AT&T Wireless").
///
/// Why: such runs had no list word and were typed as people ("BACAP
/// Distributors"); no personal name is written so.
fn is_firm_word(text: &str, t: &Token) -> bool {
    let b = text.as_bytes().get(t.start()..t.end()).unwrap_or_default();
    if b.contains(&b'&') {
        return true;
    }
    // Most words are names: a capital, then a lower-case letter (told from
    // the bytes, before any slicing of the text).
    if b.get(1).is_some_and(u8::is_ascii_lowercase) || b.contains(&b'.') {
        return false;
    }
    let Some(w) = text.get(t.start()..t.end()) else {
        return false;
    };
    let w = lexicon::strip_possessive(w);
    w.len() >= 3 && is_acronym(w) && !matches!(w, "MPs" | "MEPs" | "MSPs")
}

/// Words that make a run they open a place ("South West Edinburgh",
/// "Northern Ireland", "Upper Yangtze"); `w` as written.
fn is_place_prefix(w: &str) -> bool {
    [
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Upper",
        "Lower", "Greater", "Central",
    ]
    .contains(&w)
}

/// Whether `w` (lower case) is an adjective made with a hyphen that opens
/// a run but names nothing in it: "US-based ChevronTexaco",
/// "Paris-born Ana Diaz", "state-owned Codelco".
fn is_compound_adjective(w: &str) -> bool {
    [
        "-based", "-born", "-owned", "-led", "-backed", "-run", "-funded",
    ]
    .iter()
    .any(|end| w.len() > end.len() && w.ends_with(end))
}

/// Number words that end an event's or a thing's name, never a person's
/// ("World War Two", "Apollo Eleven").
fn is_number_name_end(w: &str) -> bool {
    matches!(
        w,
        "One" | "Two" | "Three" | "Four" | "Five" | "Six" | "Seven" | "Eight" | "Nine" | "Ten"
    )
}

/// The compass points as a district's last word ("Derby North").
fn is_compass(w: &str) -> bool {
    matches!(w, "North" | "South" | "East" | "West" | "Central")
}

/// Given names that are also common lower-case words ("Mark Oaten" in a
/// text that says "to mark"): a sentence-initial one still starts a name.
fn is_common_word_given_name(folded: &str) -> bool {
    matches!(
        folded,
        "mark"
            | "will"
            | "bill"
            | "rob"
            | "grant"
            | "frank"
            | "rose"
            | "hope"
            | "joy"
            | "faith"
            | "pat"
            | "sue"
            | "dawn"
            | "guy"
            | "jack"
            | "ray"
            | "gene"
            | "art"
            | "bob"
            | "don"
            | "nick"
            | "drew"
            | "chase"
            | "lance"
            | "miles"
            | "carol"
            | "holly"
            | "heather"
            | "iris"
            | "daisy"
            | "penny"
            | "sandy"
            | "earl"
            | "victor"
            | "norman"
            | "christian"
            | "angel"
            | "robin"
            | "glen"
            | "dale"
            | "cliff"
            | "clay"
            | "summer"
            | "harry"
            | "sterling"
            | "hunter"
            | "rich"
            | "chuck"
            | "dean"
            | "rod"
            | "wade"
            | "kit"
            | "jay"
    )
}

/// Calls `f` with `word` lower-cased ([`crate::text::chars::lowercase`]): on the
/// stack for the usual short ASCII word (where both lower-casings agree), so
/// a title word that is no office costs no allocation.
fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if word.is_ascii() && word.len() <= buf.len() {
        let b = &mut buf[..word.len()];
        b.copy_from_slice(word.as_bytes());
        b.make_ascii_lowercase();
        if let Ok(w) = std::str::from_utf8(b) {
            return f(w);
        }
    }
    f(&crate::text::chars::lowercase(word))
}

/// Whether word token `t` is an office word (`lexicon::is_office` of the
/// word lower-cased): read from the token's list bits when they were looked
/// up for the same string (an ASCII word with no possessive), else by
/// lower-casing the word.
fn is_office_token(text: &str, t: &Token) -> bool {
    let w = text.as_bytes().get(t.start()..t.end()).unwrap_or_default();
    if t.is_word() && t.fold_len() == w.len() && w.is_ascii() {
        return t.bits() & lexicon::OFFICE != 0;
    }
    with_lower(&text[t.span()], lexicon::is_office)
}

/// One title word of a run: an office word ends the office ("prime
/// minister", with the qualifier before it); a qualifier waits for one.
/// The word is lower-cased by [`crate::text::chars::lowercase`]; for an ASCII word
/// that is its text in `lower` (the text lower-cased byte by byte), read
/// without a copy.
fn scan_office(
    text: &str,
    lower: &str,
    t: &Token,
    office: &mut Option<String>,
    qualifier: &mut Option<&'static str>,
) {
    let is_office = is_office_token(text, t);
    let word = &text[t.span()];
    let lowered;
    let w = if word.is_ascii() {
        lower.get(t.start()..t.end()).unwrap_or_default()
    } else {
        lowered = crate::text::chars::lowercase(word);
        &lowered
    };
    if is_office {
        // "prime minister": one allocation, the office key itself.
        let mut key = String::with_capacity(qualifier.map_or(0, |q| q.len() + 1) + w.len());
        if let Some(q) = qualifier.take() {
            key.push_str(q);
            key.push(' ');
        }
        key.push_str(w);
        *office = Some(key);
    } else {
        *qualifier = office_qualifier(w);
    }
}

/// Words that qualify an office ("Prime Minister", "Foreign Secretary"):
/// `w` itself (from the list, so it is kept without copying) when it is one.
pub(crate) fn office_qualifier(w: &str) -> Option<&'static str> {
    [
        "prime", "foreign", "home", "vice", "deputy", "shadow", "defence", "defense",
    ]
    .into_iter()
    .find(|&q| q == w)
}

fn is_connector_only(w: &str) -> bool {
    matches!(w, "of" | "for")
}

/// [`is_connector_only`] of a word token, told by the token's hash first.
///
/// What it does: keeps the hashes of "of" and "for" ([`Token::hash`] of
/// those words) and reads a word's folded text only when its hash is one of
/// them (equal words, equal hashes).
///
/// Why: every run that starts with a function word ("The", "But", "He": a
/// quarter of the runs of news text) asks this; reading the word from the
/// lower-cased text, far behind in a long document, cost more than the rest
/// of such a run's trip.
///
/// Example: "The" (another hash) → false, no text read; "Of" → true.
struct OnlyConnectors([u32; 2]);

impl OnlyConnectors {
    fn new() -> OnlyConnectors {
        OnlyConnectors([tokens::folded_hash(b"of"), tokens::folded_hash(b"for")])
    }

    /// `tokens::is(lower, t, is_connector_only)`.
    #[inline]
    fn is(&self, lower: &str, t: &Token) -> bool {
        self.0.contains(&t.hash()) && tokens::is(lower, t, is_connector_only)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    /// The entities of `text`.
    fn find(text: &str) -> Entities {
        let doc = Document::new(text);
        let all = tokens::tokenize_all(doc.text(), doc.paragraphs(), &[]);
        let lower = doc.text().to_ascii_lowercase();
        let lower_words =
            LowerWords::new(doc.text(), &lower, &all.tokens, all.caps, &all.maybe_names);
        Entities::find(doc.text(), &lower, &all.tokens, &lower_words)
    }

    #[test]
    fn token_tests_agree_with_the_text_tests() {
        // The run scan's token-level answers (possessive cut, connector
        // hashes) must be those of the text-level tests, for every word.
        let text = "Starmer's aide, JONES'S team, Macron’s visit, Macron’S note, \
                    Gates' fund, O'Neill, Rock’n’roll, I's, Of Mice, the of For \
                    offer ford US's Über’s Zoë's X’s";
        let doc = Document::new(text);
        let all = tokens::tokenize_all(doc.text(), doc.paragraphs(), &[]);
        let lower = doc.text().to_ascii_lowercase();
        let only = OnlyConnectors::new();
        let mut possessives = 0;
        for t in all.tokens.iter().filter(|t| t.is_word()) {
            let w = &doc.text()[t.span()];
            let possessive = lexicon::is_possessive_bytes(w.as_bytes());
            possessives += usize::from(possessive);
            assert_eq!(ends_possessive(doc.text().as_bytes(), t), possessive, "{w}");
            assert_eq!(
                only.is(&lower, t),
                tokens::is(&lower, t, is_connector_only),
                "{w}"
            );
        }
        assert_eq!(possessives, 7, "the sample's possessives");
    }

    #[test]
    fn names_copied_at_once_equal_the_joined_words() {
        let doc = Document::new(
            "Ana  María Díaz-Ruiz’s aide, Tom O'Neill's and J. R. Hale met\n\nSam Lee",
        );
        let toks = tokens::tokenize_all(doc.text(), doc.paragraphs(), &[]).tokens;
        let mut plain = 0;
        for from in 0..toks.len() {
            for to in from..toks.len() {
                let name = name_of(doc.text(), &toks, from, to);
                assert_eq!(
                    name,
                    joined(doc.text(), &toks, from, to, 0),
                    "{from}..={to}"
                );
                plain += usize::from(name.len() == toks[to].end() - toks[from].start());
            }
        }
        assert!(plain > toks.len());
    }

    #[test]
    fn word_hasher_reads_a_short_tail_as_zero_padded_bytes() {
        let bytes = b"abcdefghijklmnopqrstuvw";
        for n in 0..=bytes.len() {
            let mut fast = WordHasher::default();
            fast.write(&bytes[..n]);
            // The same words, the tail copied into a zeroed buffer.
            let mut slow = WordHasher::default();
            for c in bytes[..n].chunks(8) {
                let mut a = [0u8; 8];
                a[..c.len()].copy_from_slice(c);
                slow.mix(u64::from_le_bytes(a));
            }
            assert_eq!(fast.finish(), slow.finish(), "{n} bytes");
        }
    }

    /// Lists `mention=canonical` for every mention of `text`.
    fn check(text: &str, expected: &[&str]) {
        let ents = find(text);
        let got: Vec<String> = ents
            .mentions
            .iter()
            .map(|m| format!("{}={}", &text[m.span], ents.entities[m.entity].name))
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn merged_mentions_equal_a_stable_sort() {
        let m = |first: usize, entity: usize| Mention {
            span: Span::new(first, first + 1),
            entity,
            first_token: first,
            last_token: first,
        };
        let cases = [
            (
                vec![m(1, 0), m(5, 1), m(9, 2), m(2, 3), m(5, 4), m(12, 5)],
                3,
            ),
            (vec![m(1, 0), m(5, 1)], 2),
            (vec![m(4, 0), m(3, 1), m(1, 2)], 3),
            (vec![m(7, 0), m(2, 1)], 0),
        ];
        for (mentions, split) in cases {
            let mut expected = mentions.clone();
            crate::sort::stable_sort_by(&mut expected, |a, b| a.first_token.cmp(&b.first_token));
            assert_eq!(merge_mentions(mentions, split), expected);
        }
    }

    #[test]
    fn honorifics_titles_and_variants() {
        check(
            "Prime Minister Ana Diaz met Ukrainian President Volodymyr Zelenskiy. \
             Zelensky thanked Ms Diaz. The Prime Minister agreed.",
            &[
                "Ana Diaz=Ana Diaz",
                "Volodymyr Zelenskiy=Volodymyr Zelenskiy",
                "Zelensky=Volodymyr Zelenskiy",
                "Ms Diaz=Ana Diaz",
                "Prime Minister=Ana Diaz",
            ],
        );
    }

    #[test]
    fn first_name_after_sir_and_organisations() {
        check(
            "Sir Tom Hale visited Downing Street. Sir Tom said the Harbour Board was ready.",
            &[
                "Sir Tom Hale=Tom Hale",
                "Downing Street=Downing Street",
                "Sir Tom=Tom Hale",
                "Harbour Board=Harbour Board",
            ],
        );
    }

    /// Lists `mention=canonical:kind` for every mention of `text`.
    fn check_kinds(text: &str, expected: &[&str]) {
        let ents = find(text);
        let got: Vec<String> = ents
            .mentions
            .iter()
            .map(|m| {
                let e = &ents.entities[m.entity];
                format!("{}={}:{}", &text[m.span], e.name, e.kind.as_str())
            })
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn faiths_open_bodies_and_titles() {
        check_kinds(
            "The Anglican Church and the Hindu Forum met. Catholic Archbishop Rosa Lind spoke \
             for Catholic families.",
            &[
                "Anglican Church=Anglican Church:organisation",
                "Hindu Forum=Hindu Forum:organisation",
                "Rosa Lind=Rosa Lind:person",
            ],
        );
    }

    #[test]
    fn an_honorific_makes_a_person_whatever_the_surname() {
        check_kinds(
            "Sir Tom Herald met Nina Steel and Ms Ana Bay. Lord Herald left early.",
            &[
                "Sir Tom Herald=Tom Herald:person",
                "Nina Steel=Nina Steel:person",
                "Ms Ana Bay=Ana Bay:person",
                "Lord Herald=Tom Herald:person",
            ],
        );
    }

    #[test]
    fn laws_events_and_occasions_are_no_entities() {
        check_kinds(
            "Maya Osei backed the Clean Rivers Act. The Coastal Grants Bill failed before the \
             World Cup. Fans gathered on Boxing Day. Ms Day said little.",
            &["Maya Osei=Maya Osei:person", "Ms Day=Day:person"],
        );
    }

    #[test]
    fn airports_prisons_and_squares_are_no_people() {
        check_kinds(
            "Delays hit Harlow Airport. Tom Reed left Fenwick Prison and crossed Market Square.",
            &[
                "Harlow Airport=Harlow Airport:organisation",
                "Tom Reed=Tom Reed:person",
                "Fenwick Prison=Fenwick Prison:organisation",
                "Market Square=Market Square:place",
            ],
        );
    }

    #[test]
    fn clubs_newspapers_and_firms_are_organisations() {
        check_kinds(
            "Harwick United beat Lyle Rovers, fans read the Harbury Chronicle and the Evening \
             Standard, and Nina Hart sold Dunmore Petroleum to the League Against Cruel Sports.",
            &[
                "Harwick United=Harwick United:organisation",
                "Lyle Rovers=Lyle Rovers:organisation",
                "Harbury Chronicle=Harbury Chronicle:organisation",
                "Evening Standard=Evening Standard:organisation",
                "Nina Hart=Nina Hart:person",
                "Dunmore Petroleum=Dunmore Petroleum:organisation",
                "League Against Cruel Sports=League Against Cruel Sports:organisation",
            ],
        );
    }

    #[test]
    fn bays_towns_and_african_countries_are_places() {
        check_kinds(
            "Ships sailed from Cape Town to Tampa Bay, and Omar Vale flew from New York to \
             South Africa over the East Midlands.",
            &[
                "Cape Town=Cape Town:place",
                "Tampa Bay=Tampa Bay:place",
                "Omar Vale=Omar Vale:person",
                "New York=New York:place",
                "South Africa=South Africa:place",
                "East Midlands=East Midlands:place",
            ],
        );
    }

    #[test]
    fn agendas_conventions_and_masses_are_no_entities() {
        check_kinds(
            "Leaders backed the Lisbon Agenda and the Geneva Convention, Human Rights came up \
             on Westminster Hour, and Ada Ross sang at the Easter Mass. By 1400 GMT Tarvo \
             shares fell.",
            &["Ada Ross=Ada Ross:person", "Tarvo=Tarvo:organisation"],
        );
    }

    #[test]
    fn compass_nationality_and_function_words_make_no_people() {
        check_kinds(
            "Welsh MPs met. Lena Ford toured South Kelby, then Upper Tarn, and said the Swiss \
             Dormet deal was fine; viewers of Supper With Holt agreed.",
            &[
                "Welsh MPs=Welsh MPs:organisation",
                "Lena Ford=Lena Ford:person",
                "South Kelby=South Kelby:place",
                "Upper Tarn=Upper Tarn:place",
                "Swiss Dormet=Swiss Dormet:organisation",
                "Supper With Holt=Supper With Holt:organisation",
            ],
        );
        check_kinds(
            "Ada Ross wrote about Tom Vale the Elder.",
            &[
                "Ada Ross=Ada Ross:person",
                "Tom Vale the Elder=Tom Vale the Elder:person",
            ],
        );
    }

    #[test]
    fn a_common_word_opening_a_sentence_starts_no_name() {
        // "former" is written in lower case and "Former" never inside a
        // sentence: it is capitalised for its place only.
        check_kinds(
            "Former Kelby mayor Ana Ruiz spoke. Her former deputy agreed.",
            &["Kelby=Kelby:organisation", "Ana Ruiz=Ana Ruiz:person"],
        );
        // A given name that is also a common word, and a word capitalised
        // inside a sentence elsewhere, still start a name.
        check_kinds(
            "Mark Tobin spoke first. Fans mark the day. Colt Marsh spoke next. Voters cheered \
             Colt Marsh as a colt ran.",
            &[
                "Mark Tobin=Mark Tobin:person",
                "Colt Marsh=Colt Marsh:person",
                "Colt Marsh=Colt Marsh:person",
            ],
        );
    }

    #[test]
    fn a_club_is_named_by_its_last_word_alone() {
        check_kinds(
            "Harwick United sacked Ivo Penn. United said Lyle Rovers had called. Rovers denied it.",
            &[
                "Harwick United=Harwick United:organisation",
                "Ivo Penn=Ivo Penn:person",
                "United=Harwick United:organisation",
                "Lyle Rovers=Lyle Rovers:organisation",
                "Rovers=Lyle Rovers:organisation",
            ],
        );
    }

    #[test]
    fn former_opens_no_name() {
        // "Former" is nowhere else in lower case: still no part of a name.
        check_kinds(
            "Former Liberal voters and Former Kelby Rangers fans cheered.",
            &[
                "Liberal=Liberal:organisation",
                "Kelby Rangers=Kelby Rangers:organisation",
            ],
        );
    }

    #[test]
    fn a_compass_point_after_a_town_makes_a_district() {
        // A given name first still makes a person.
        check_kinds(
            "Voters in Kelby North and Delby South's marginal seat met Oliver West.",
            &[
                "Kelby North=Kelby North:place",
                "Delby South=Delby South:place",
                "Oliver West=Oliver West:person",
            ],
        );
    }

    #[test]
    fn acronyms_ampersands_and_trade_words_make_firms() {
        check_kinds(
            "KLX Brunel, R&B Ferries and Dunmore Wholesale lost money, Harbury Concern warned, JP \
             Marlow said, and AG Tobin agreed.",
            &[
                "KLX Brunel=KLX Brunel:organisation",
                "R&B Ferries=R&B Ferries:organisation",
                "Dunmore Wholesale=Dunmore Wholesale:organisation",
                "Harbury Concern=Harbury Concern:organisation",
                "JP Marlow=JP Marlow:person",
                "AG Tobin=AG Tobin:person",
            ],
        );
    }

    #[test]
    fn a_job_written_as_a_title_is_no_part_of_the_name() {
        check_kinds(
            "Treasurer Ivo Penn spoke. Political Correspondent Ada Ross and Solicitor Tim Boyd \
             agreed, as did Broadcaster Rosa Lind and Scots Guardsman Tom Hale.",
            &[
                "Ivo Penn=Ivo Penn:person",
                "Ada Ross=Ada Ross:person",
                "Tim Boyd=Tim Boyd:person",
                "Rosa Lind=Rosa Lind:person",
                "Tom Hale=Tom Hale:person",
            ],
        );
    }

    #[test]
    fn towns_numbers_and_plural_groups_make_no_people() {
        check_kinds(
            "After World War Two, Community Support Officers in Sheffield Hallam met Ivo Penn \
             and Paris Hilton in Paris.",
            &[
                "Sheffield Hallam=Sheffield Hallam:place",
                "Ivo Penn=Ivo Penn:person",
                "Paris Hilton=Paris Hilton:person",
                "Paris=Paris:place",
            ],
        );
    }

    #[test]
    fn a_plural_s_apostrophe_inside_a_body_s_name_joins_it() {
        check_kinds(
            "The Transport and General Workers' Union's members met the Lawyers' Christian \
             Fellowship. The Lib Dems' Treasury spokesman, Ivo Penn, spoke.",
            &[
                "Transport and General Workers' Union=Transport and General Workers' Union:organisation",
                "Lawyers' Christian Fellowship=Lawyers' Christian Fellowship:organisation",
                "Lib Dems=Lib Dems:organisation",
                // A one-word body's name ("the Treasury said"); here it is
                // the portfolio's, which the entities do not tell apart.
                "Treasury=Treasury:organisation",
                "Ivo Penn=Ivo Penn:person",
            ],
        );
    }

    #[test]
    fn two_particles_join_a_name_and_a_particle_opens_a_surname() {
        check_kinds(
            "Ursula von der Leyen met Tom de la Mare. Von der Leyen spoke, and later von der Leyen left.",
            &[
                "Ursula von der Leyen=Ursula von der Leyen:person",
                "Tom de la Mare=Tom de la Mare:person",
                "Von der Leyen=Ursula von der Leyen:person",
                "Leyen=Ursula von der Leyen:person",
            ],
        );
    }

    #[test]
    fn an_arabic_article_glued_to_a_surname_joins_the_name() {
        check_kinds(
            "Leader Bashar al-Assad met Abdel Fattah el-Sisi.",
            &[
                "Bashar al-Assad=Bashar al-Assad:person",
                "Abdel Fattah el-Sisi=Abdel Fattah el-Sisi:person",
            ],
        );
    }

    #[test]
    fn a_surname_without_its_marks_is_the_same_person() {
        check_kinds(
            "President Recep Tayyip Erdoğan met Pedro Sánchez. Later Erdogan left, and Mr Sanchez spoke.",
            &[
                "Recep Tayyip Erdoğan=Recep Tayyip Erdoğan:person",
                "Pedro Sánchez=Pedro Sánchez:person",
                "Erdogan=Recep Tayyip Erdoğan:person",
                "Mr Sanchez=Pedro Sánchez:person",
            ],
        );
    }

    #[test]
    fn and_inside_a_body_s_name_joins_it() {
        check_kinds(
            "The Economic and Social Research Council met the Transport and General Workers \
             Union (TGWU). Ivo Penn and Ana Diaz spoke; Chelsea and Celtic lost.",
            &[
                "Economic and Social Research Council=Economic and Social Research Council:organisation",
                "Transport and General Workers Union=Transport and General Workers Union:organisation",
                "TGWU=Transport and General Workers Union:organisation",
                "Ivo Penn=Ivo Penn:person",
                "Ana Diaz=Ana Diaz:person",
                "Chelsea=Chelsea:organisation",
                "Celtic=Celtic:organisation",
            ],
        );
    }

    #[test]
    fn party_adjectives_are_organisations() {
        check_kinds(
            "Both Liberal Democrat and Tory figures met, and Lib Dem members cheered Ivo Penn. \
             The Lib Dems accuse him. The Scottish Executive said no.",
            &[
                "Liberal Democrat=Liberal Democrat:organisation",
                "Tory=Tory:organisation",
                "Lib Dem=Lib Dem:organisation",
                "Ivo Penn=Ivo Penn:person",
                "Lib Dems=Lib Dems:organisation",
                "Scottish Executive=Scottish Executive:organisation",
            ],
        );
    }

    #[test]
    fn what_completes_a_title_names_no_one() {
        check_kinds(
            "Ada Ross wrote to the Director of Public Audits, and Tim Boyd, Labour MP for North \
             Delby, met Minister for Tourism Ivo Penn in Port City. Two of Britain's ports shut.",
            &[
                "Ada Ross=Ada Ross:person",
                "Tim Boyd=Tim Boyd:person",
                "Ivo Penn=Ivo Penn:person",
                "Port City=Port City:place",
                "Britain=Britain:place",
            ],
        );
    }

    #[test]
    fn a_hyphenated_adjective_opens_no_name() {
        check_kinds(
            "The Kelby-based KLX Brunel hired Paris-born Ada Ross for a UN-led mission.",
            &[
                "KLX Brunel=KLX Brunel:organisation",
                "Ada Ross=Ada Ross:person",
            ],
        );
    }

    #[test]
    fn cities_counties_and_states_alone_are_places() {
        check_kinds(
            "Firms in Edinburgh, Kenya and Somerset hired Ada Ross.",
            &[
                "Edinburgh=Edinburgh:place",
                "Kenya=Kenya:place",
                "Somerset=Somerset:place",
                "Ada Ross=Ada Ross:person",
            ],
        );
    }

    #[test]
    fn policies_studies_and_schemes_are_no_people() {
        check_kinds(
            "The Common Fishing Policy, the Kelby Benchmarking Study and the Harbour Savings \
             Scheme worried Ada Ross.",
            &["Ada Ross=Ada Ross:person"],
        );
    }

    #[test]
    fn inquiries_plans_elections_and_assemblies_are_no_people() {
        check_kinds(
            "Before the General Election, the Welsh Assembly and the Kelby Inquiry backed the \
             Harlow Plan in Hong Kong and the Middle East, Associated Press said, and Zoe Lam \
             agreed.",
            &[
                "Welsh Assembly=Welsh Assembly:organisation",
                "Hong Kong=Hong Kong:place",
                "Middle East=Middle East:place",
                "Associated Press=Associated Press:organisation",
                "Zoe Lam=Zoe Lam:person",
            ],
        );
    }

    #[test]
    fn united_states_and_kingdoms_are_places_and_benefits_no_people() {
        check_kinds(
            "Exports to the United States rose, the United Kingdom and the United Arab Emirates \
             agreed, and Rosa Lind said Housing Benefit claims fell.",
            &[
                "United States=United States:place",
                "United Kingdom=United Kingdom:place",
                "United Arab Emirates=United Arab Emirates:place",
                "Rosa Lind=Rosa Lind:person",
            ],
        );
    }
}
