//! Word and phrase matching for the claim rules: ASCII case-insensitive,
//! on word boundaries, without allocating.
//!
//! A [`Lexicon`] is a phrase list compiled once into a byte trie, so a
//! sentence is scanned once per list, not once per phrase. Curly
//! apostrophes in the text match straight ones in the phrases ("doesn’t"
//! matches `doesn't`).
//!
//! Why a small trie rather than the `aho-corasick` crate: the phrases are
//! short and a walk from a start position ends after a byte or two, so the
//! trie is about as fast here, and it keeps ~70 KB of generic automaton code
//! out of the web app's `.wasm`. The matching rules are the crate's:
//! leftmost-longest non-overlapping matches for [`Lexicon::find`], every
//! overlapping match for [`Registry::scan`].

use std::sync::OnceLock;

use super::features;

/// Phrases compiled into a trie over ASCII-lower-cased bytes.
struct Trie {
    /// The root's children by byte (0: none; the root is node 0).
    root: Box<[u32; 256]>,
    /// Every node: its children (byte, node) and the owners (a bit per
    /// lexicon) of the phrases that end there.
    nodes: Vec<TrieNode>,
    /// The class of each (lower-cased) byte: 0 for a byte in no phrase,
    /// else one more than its index among the bytes the phrases use.
    classes: [u8; 256],
    /// Number of classes (with class 0).
    width: usize,
    /// Per byte: [`Trie::WORD`] for an ASCII letter or digit, and
    /// [`Trie::OPENS`] when a phrase starts with it (any case).
    flags: [u8; 256],
    /// The children again, as a dense table filled by [`Trie::finish`]:
    /// `dense[node * width + class]` is the child (0: none, as the root is
    /// nobody's child). A few hundred KB of heap, no code: a sentence is
    /// walked with one load per byte instead of a search per node.
    ///
    /// Children are `u16`: the node in the low 15 bits ([`Trie::NODE`]),
    /// and [`Trie::ENDS`] when a phrase ends at that child (a test checks
    /// that the rules' trie, 2,180 nodes of 36 classes, fits; a bigger trie
    /// would lose the phrases whose nodes do not): 157 KB of heap instead
    /// of 314 KB for the rules' trie, and the walks of a sentence touch
    /// half the bytes.
    dense: Vec<u16>,
    /// The owners of the phrases that end at each node (0: none end
    /// there), filled by [`Trie::finish`]: read only at a child marked
    /// [`Trie::ENDS`], so a walk's step is one load from `dense`.
    ends: Vec<u64>,
}

#[derive(Default)]
struct TrieNode {
    next: Vec<(u8, u32)>,
    owners: u64,
    terminal: bool,
}

impl Trie {
    const WORD: u8 = 1;
    const OPENS: u8 = 2;
    /// The bits of a `dense` child that give its node.
    const NODE: u16 = 0x7fff;
    /// The bit of a `dense` child set when a phrase ends at that node.
    const ENDS: u16 = 0x8000;

    fn new() -> Trie {
        Trie {
            root: Box::new([0; 256]),
            nodes: vec![TrieNode::default()],
            classes: [0; 256],
            width: 1,
            flags: [0; 256],
            dense: Vec::new(),
            ends: Vec::new(),
        }
    }

    /// Builds the dense table once every phrase is in.
    fn finish(&mut self) {
        let mut width = 1usize;
        let mut classes = [0u8; 256];
        let mut edges: Vec<(usize, u8, u32)> = Vec::new();
        for (b, &n) in self.root.iter().enumerate() {
            if n != 0 {
                edges.push((0, b as u8, n));
            }
        }
        for (node, n) in self.nodes.iter().enumerate() {
            edges.extend(n.next.iter().map(|&(b, child)| (node, b, child)));
        }
        for &(_, b, _) in &edges {
            if classes[usize::from(b)] == 0 && width < 256 {
                classes[usize::from(b)] = width as u8;
                width += 1;
            }
        }
        let mut dense = vec![0u16; self.nodes.len() * width];
        for (node, b, child) in edges {
            let class = usize::from(classes[usize::from(b)]);
            let id = u16::try_from(child).ok().filter(|&id| id <= Trie::NODE);
            if let (Some(slot), Some(id), true) =
                (dense.get_mut(node * width + class), id, class != 0)
            {
                let ends = self.nodes.get(child as usize).is_some_and(|n| n.terminal);
                *slot = id | if ends { Trie::ENDS } else { 0 };
            }
        }
        // Upper-case letters walk as their lower-case forms.
        for b in b'A'..=b'Z' {
            classes[usize::from(b)] = classes[usize::from(b.to_ascii_lowercase())];
        }
        for (b, flag) in self.flags.iter_mut().enumerate() {
            let byte = b as u8;
            *flag = if byte.is_ascii_alphanumeric() {
                Trie::WORD
            } else {
                0
            } | if self.root[usize::from(byte.to_ascii_lowercase())] != 0 {
                Trie::OPENS
            } else {
                0
            };
        }
        self.classes = classes;
        self.width = width;
        self.dense = dense;
        self.ends = self
            .nodes
            .iter()
            .map(|n| if n.terminal { n.owners } else { 0 })
            .collect();
    }

    fn child(&self, node: u32, b: u8) -> Option<u32> {
        if node == 0 {
            return Some(self.root[usize::from(b)]).filter(|&n| n != 0);
        }
        self.nodes[node as usize]
            .next
            .iter()
            .find(|e| e.0 == b)
            .map(|e| e.1)
    }

    fn insert(&mut self, phrase: &str, owner: usize) {
        let mut node = 0u32;
        for &b in phrase.as_bytes() {
            let b = b.to_ascii_lowercase();
            node = match self.child(node, b) {
                Some(n) => n,
                None => {
                    let n = self.nodes.len() as u32;
                    self.nodes.push(TrieNode::default());
                    if node == 0 {
                        self.root[usize::from(b)] = n;
                    } else {
                        self.nodes[node as usize].next.push((b, n));
                    }
                    n
                }
            };
        }
        let end = &mut self.nodes[node as usize];
        end.terminal = true;
        end.owners |= 1u64 << (owner % 64);
    }

    /// Calls `f(end, owners)` for every phrase that starts at `h[start]`.
    ///
    /// What it does: steps from the root through `dense`, one byte at a
    /// time, and reads `ends` only where the child says a phrase ends.
    ///
    /// Why: a walk is a few steps from a watched token ("said", "the
    /// issue of"); with the end flag in the child, a step is two loads
    /// (the byte's class, the child) and no test of a 64-bit owner set.
    ///
    /// Example: walking "said so" with the phrase "said" reads the rows of
    /// the root, "s", "sa" and "sai", whose child for "d" carries
    /// [`Trie::ENDS`]: `f(start + 4, owners of "said")`; the row of "said"
    /// has no child for " ", so the walk ends.
    fn each_at(&self, h: &[u8], start: usize, mut f: impl FnMut(usize, u64)) {
        // The root ends a phrase only for an empty phrase.
        if let Some(&owners) = self.ends.first().filter(|&&o| o != 0) {
            f(start, owners);
        }
        let mut row = 0usize;
        let mut at = start;
        while let Some(&b) = h.get(at) {
            // Column 0 (bytes in no phrase) is 0 in every row.
            let class = usize::from(self.classes[usize::from(b)]);
            let next = self.dense.get(row + class).copied().unwrap_or(0);
            if next == 0 {
                return;
            }
            at += 1;
            let node = usize::from(next & Trie::NODE);
            if next & Trie::ENDS != 0 {
                // Every terminal node has an owner bit (see `insert`).
                f(at, self.ends.get(node).copied().unwrap_or(0));
            }
            row = node * self.width;
        }
    }

    /// The end of the longest phrase that starts at `h[start]`.
    fn longest_at(&self, h: &[u8], start: usize) -> Option<usize> {
        let mut end = None;
        self.each_at(h, start, |e, _| end = Some(e));
        end
    }

    /// The leftmost-longest match starting at or after `from`.
    fn leftmost_longest(&self, h: &[u8], from: usize) -> Option<(usize, usize)> {
        (from..=h.len()).find_map(|s| self.longest_at(h, s).map(|e| (s, e)))
    }
}

/// The phrases of `lists` (owner: the list's index), each with a straight
/// apostrophe also in its curly form.
fn compile(lists: &[&'static str]) -> Trie {
    let mut trie = Trie::new();
    for (i, phrases) in lists.iter().enumerate().take(64) {
        for p in phrases.lines() {
            trie.insert(p, i);
            if p.contains('\'') {
                trie.insert(&p.replace('\'', "’"), i);
            }
        }
    }
    trie.finish();
    trie
}

/// A list of phrases (lower-case ASCII) matched on word boundaries.
///
/// A lexicon of the claim rules names its slot, its index in the rules'
/// registry ([`Registry::slotted`]), so that asking whether a sentence has
/// it is a shift by a constant: the lexicons are immutable statics, so the
/// compiler reads the slot at compile time. (It was looked up per question,
/// with atomics that remembered the index: about 20 wasm instructions per
/// question, and the rules ask some 25 per sentence.)
pub struct Lexicon {
    /// The phrases, one per line ([`words!`]).
    phrases: &'static str,
    /// The lexicon's index in the slotted registry that lists it, or
    /// [`Lexicon::NO_SLOT`].
    slot: u8,
}

impl Lexicon {
    /// The slot of a lexicon that no slotted registry lists.
    const NO_SLOT: u8 = u8::MAX;

    /// A lexicon of `phrases` outside any slotted registry: asked on its
    /// own, it compiles its phrases on every call (tests, tools).
    pub const fn new(phrases: &'static str) -> Lexicon {
        Lexicon {
            phrases,
            slot: Lexicon::NO_SLOT,
        }
    }

    /// A lexicon of `phrases` at index `slot` of a [`Registry::slotted`]
    /// registry (which checks, as it is built, that it is there).
    pub const fn in_slot(slot: u8, phrases: &'static str) -> Lexicon {
        Lexicon { phrases, slot }
    }

    fn automaton(&self) -> Trie {
        compile(&[self.phrases])
    }

    /// Byte offset of the first match on word boundaries (leftmost-longest
    /// matches; a match inside a longer word does not hide a later one).
    pub fn find(&self, hay: &str) -> Option<usize> {
        let trie = self.automaton();
        let h = hay.as_bytes();
        let mut from = 0;
        while let Some((start, end)) = trie.leftmost_longest(h, from) {
            if on_boundaries(hay, start, end) {
                return Some(start);
            }
            // Matches do not overlap: the next one starts after this one
            // (an empty match moves on by one byte).
            from = if end > start { end } else { start + 1 };
        }
        None
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
        self.automaton()
            .longest_at(head.as_bytes(), 0)
            .is_some_and(|end| on_boundaries(head, 0, end))
    }
}

/// Several lexicons compiled into one automaton, so that a sentence is
/// scanned once for all of them.
pub struct Registry {
    lists: &'static [&'static Lexicon],
    /// Whether every lexicon of `lists` names its index ([`Registry::slotted`]).
    slotted: bool,
    automaton: OnceLock<Compiled>,
}

/// A registry's automaton and what a [`Scan`] needs to skip most walks.
struct Compiled {
    trie: Trie,
    /// A bit per unigram bucket of the claim model's feature hashing
    /// ([`features::bucket`]): set for the first word (its leading run of
    /// ASCII letters and digits) of a phrase that has no second word.
    first_words: Box<Buckets>,
    /// A bit per bigram bucket ([`features::bigram_bucket`]): set for the
    /// first two words of a phrase that has two or more.
    first_pairs: Box<Buckets>,
    /// The bytes that are not ASCII letters or digits and open a phrase
    /// ("(" of "(photo:", "/" of "/ afp").
    non_word_openers: Vec<u8>,
    /// A flag per byte: a non-word opener.
    opens: [bool; 256],
    /// Whether every non-word opener is a mark of the feature hashing
    /// ([`features::is_mark`]), so that [`Scan::mark`] sees them all.
    openers_marked: bool,
    /// The buckets of `first_words` and `first_pairs` as the hashing pass
    /// reads them: it visits a [`Scan`] with those tokens and bigrams only.
    watch: features::Watch,
}

impl Compiled {
    fn new(lists: &[&'static str]) -> Compiled {
        let trie = compile(lists);
        let mut first_words = Box::new([0u64; features::BUCKETS / 64]);
        let mut first_pairs = Box::new([0u64; features::BUCKETS / 64]);
        let set = |bits: &mut Buckets, bucket: usize| {
            bits[bucket / 64 % bits.len()] |= 1 << (bucket % 64);
        };
        let word_len = |b: &[u8]| b.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        let (mut word_buckets, mut pair_buckets) = (Vec::new(), Vec::new());
        for phrase in lists.iter().flat_map(|l| l.lines()) {
            let b = phrase.as_bytes();
            let n = word_len(b);
            if n == 0 {
                continue;
            }
            let (first, rest) = b.split_at(n);
            let gap = rest
                .iter()
                .take_while(|b| !b.is_ascii_alphanumeric())
                .count();
            let second = &rest[gap..][..word_len(&rest[gap..])];
            if second.is_empty() {
                set(&mut first_words, features::bucket(first));
                word_buckets.push(features::bucket(first));
            } else {
                set(&mut first_pairs, features::bigram_bucket(first, second));
                pair_buckets.push(features::bigram_bucket(first, second));
            }
        }
        let non_word_openers: Vec<u8> = (0..=255u8)
            .filter(|&b| !b.is_ascii_alphanumeric() && trie.root[usize::from(b)] != 0)
            .collect();
        let mut opens = [false; 256];
        for &b in &non_word_openers {
            opens[usize::from(b)] = true;
        }
        let watch = features::Watch::new(word_buckets, pair_buckets);
        Compiled {
            trie,
            watch,
            first_words,
            first_pairs,
            openers_marked: non_word_openers.iter().all(|&b| features::is_mark(b)),
            non_word_openers,
            opens,
        }
    }
}

/// One sentence's scan for every lexicon of a [`Registry`], fed the
/// sentence's tokens by the claim model's feature hashing
/// ([`features::hash_tokens`]) so that the text is tokenized once.
///
/// What it does: the trie is walked only from a token whose unigram bucket
/// is the bucket of a one-word phrase's word ("said", "related:"), from a
/// token whose bigram with the next token has the bucket of a phrase's
/// first two words ("the issue of", "we'll"), and from the bytes that open
/// a phrase without a letter or digit (marks of the hashing pass, or found
/// with `memchr` when one is not a mark). Common first words ("the", "in",
/// "is") thus cost no walk unless the next word fits too.
///
/// Why it finds what [`Registry::scan`] finds: a phrase that matches at a
/// token's start on word boundaries spans that whole token (the phrase's
/// first word is followed by a byte that is not a letter or digit, or ends
/// the phrase where the boundary test wants no letter or digit), so the
/// token folds to the phrase's first word and has its bucket; likewise the
/// phrase's second word, after bytes that are no letters or digits, is the
/// whole next token, so the two tokens have the phrase's bigram bucket.
/// Tested against [`Registry::scan`] by a property test.
pub struct Scan<'a> {
    compiled: &'a Compiled,
    /// `compiled.first_words` and `compiled.first_pairs`, read for every
    /// token: borrowed here, one load fewer per test.
    first_words: &'a Buckets,
    first_pairs: &'a Buckets,
    registry: &'a Registry,
    hay: &'a str,
    opening_at: usize,
    out: Matches,
    /// Where the last walk started (`usize::MAX`: none yet): a token whose
    /// word and whose bigram with the next token both open phrases would
    /// otherwise be walked from twice, finding the same phrases.
    walked: usize,
}

impl Scan<'_> {
    /// A token of the text starts at byte `start`, with unigram bucket
    /// `bucket`. Tokens are maximal runs of ASCII letters and digits.
    #[inline]
    pub fn token(&mut self, start: usize, bucket: usize) {
        if bit_set(self.first_words, bucket) {
            self.walk(start);
        }
    }

    /// The token at byte `start` and the next one have bigram bucket
    /// `bucket`.
    #[inline]
    pub fn bigram(&mut self, start: usize, bucket: usize) {
        if bit_set(self.first_pairs, bucket) {
            self.walk(start);
        }
    }

    /// A mark byte ([`features::is_mark`]) lies at `at`.
    #[inline]
    pub fn mark(&mut self, at: usize) {
        let compiled = self.compiled;
        if compiled.openers_marked
            && self
                .hay
                .as_bytes()
                .get(at)
                .is_some_and(|&b| compiled.opens[usize::from(b)])
        {
            self.walk(at);
        }
    }

    /// Every phrase that starts at `start`, on word boundaries.
    fn walk(&mut self, start: usize) {
        if start == self.walked {
            return;
        }
        self.walked = start;
        let (hay, opening_at) = (self.hay, self.opening_at);
        let out = &mut self.out;
        self.compiled
            .trie
            .each_at(hay.as_bytes(), start, |end, bits| {
                if on_boundaries(hay, start, end) {
                    out.anywhere |= bits;
                    if start == opening_at {
                        out.opening |= bits;
                    }
                }
            });
    }

    /// The lexicons found, once every token was given.
    pub fn finish(mut self) -> Matches {
        let compiled = self.compiled;
        if compiled.trie.nodes.first().is_some_and(|n| n.terminal) {
            // An empty phrase matches everywhere: the plain scan.
            return self.registry.scan(self.hay);
        }
        if compiled.openers_marked {
            // Walked from `mark`.
            return self.out;
        }
        let h = self.hay.as_bytes();
        match compiled.non_word_openers[..] {
            [] => {}
            [a] => memchr::memchr_iter(a, h).for_each(|at| self.walk(at)),
            [a, b] => memchr::memchr2_iter(a, b, h).for_each(|at| self.walk(at)),
            [a, b, c] => memchr::memchr3_iter(a, b, c, h).for_each(|at| self.walk(at)),
            _ => {
                let opens = |b: u8| compiled.opens[usize::from(b)];
                for (at, _) in h.iter().enumerate().filter(|&(_, &b)| opens(b)) {
                    self.walk(at);
                }
            }
        }
        self.out
    }
}

/// Whether bit `bucket` is set in `bits`.
#[inline]
fn bit_set(bits: &Buckets, bucket: usize) -> bool {
    // The modulo keeps the index in bounds without a check (a bucket is
    // below `BUCKETS` anyway).
    bits[bucket / 64 % bits.len()] >> (bucket % 64) & 1 == 1
}

/// A bit per bucket of the feature hashing.
type Buckets = [u64; features::BUCKETS / 64];

/// Which lexicons of a [`Registry`] occur in a sentence.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Matches {
    anywhere: u64,
    opening: u64,
}

impl Registry {
    /// A registry of at most 64 lexicons, compiled on first use; its
    /// lexicons are found in its list by a search per question (tests: a
    /// lexicon in two registries).
    #[cfg(test)]
    pub const fn new(lists: &'static [&'static Lexicon]) -> Registry {
        Registry {
            lists,
            slotted: false,
            automaton: OnceLock::new(),
        }
    }

    /// A registry of at most 64 lexicons made with [`Lexicon::in_slot`],
    /// each at its slot: a question about one is a shift. Checked here, so
    /// a static registry with a lexicon out of its slot does not compile.
    pub const fn slotted(lists: &'static [&'static Lexicon]) -> Registry {
        assert!(lists.len() <= 64, "a registry holds at most 64 lexicons");
        let mut i = 0;
        while i < lists.len() {
            assert!(
                lists[i].slot as usize == i,
                "a lexicon of a slotted registry is not in its slot"
            );
            i += 1;
        }
        Registry {
            lists,
            slotted: true,
            automaton: OnceLock::new(),
        }
    }

    fn compiled(&self) -> &Compiled {
        self.automaton.get_or_init(|| {
            let lists: Vec<&'static str> = self.lists.iter().map(|l| l.phrases).collect();
            Compiled::new(&lists)
        })
    }

    /// The tokens and bigrams a [`Scan`] needs to be fed (it ignores the
    /// others), for [`features::hash_watched`].
    pub fn watch(&self) -> &features::Watch {
        &self.compiled().watch
    }

    /// A scan of `hay` for every lexicon, to be fed the tokens of `hay`
    /// (see [`Scan`]), or only those of [`Registry::watch`].
    pub fn scanner<'a>(&'a self, hay: &'a str) -> Scan<'a> {
        let compiled = self.compiled();
        Scan {
            compiled,
            first_words: &compiled.first_words,
            first_pairs: &compiled.first_pairs,
            registry: self,
            hay,
            opening_at: hay.len() - trim_opening(hay).len(),
            out: Matches::default(),
            walked: usize::MAX,
        }
    }

    /// Scans `hay` once for every lexicon.
    pub fn scan(&self, hay: &str) -> Matches {
        let mut out = Matches::default();
        let trie = &self.compiled().trie;
        let opening_at = hay.len() - trim_opening(hay).len();
        let h = hay.as_bytes();
        // A phrase that opens with a letter or digit cannot start inside a
        // word (`on_boundaries` would refuse it), and none starts with a
        // byte the root has no child for: skip those walks, with one table
        // look-up per byte.
        let flags = &trie.flags;
        let root_terminal = trie.nodes.first().is_some_and(|n| n.terminal);
        let mut previous_in_word = false;
        let mut start = 0;
        while start <= h.len() {
            let flag = h.get(start).map_or(0, |&b| flags[usize::from(b)]);
            let in_word = flag & Trie::WORD != 0;
            let inside = previous_in_word && in_word;
            previous_in_word = in_word;
            if !inside && (flag & Trie::OPENS != 0 || root_terminal) {
                trie.each_at(h, start, |end, bits| {
                    if on_boundaries(hay, start, end) {
                        out.anywhere |= bits;
                        if start == opening_at {
                            out.opening |= bits;
                        }
                    }
                });
            }
            start += 1;
            if in_word {
                // The rest of the word: every byte would be `inside`.
                while h
                    .get(start)
                    .is_some_and(|&b| flags[usize::from(b)] & Trie::WORD != 0)
                {
                    start += 1;
                }
            }
        }
        out
    }

    /// The index of `lexicon` in this registry's list, if it is there.
    #[inline]
    fn index(&self, lexicon: &Lexicon) -> Option<usize> {
        if self.slotted && lexicon.slot != Lexicon::NO_SLOT {
            // Only the rules' registry is slotted: a lexicon that names a
            // slot is in it, at that slot.
            debug_assert!(self
                .lists
                .get(usize::from(lexicon.slot))
                .is_some_and(|l| std::ptr::eq(*l, lexicon)));
            return Some(usize::from(lexicon.slot));
        }
        self.search(lexicon)
    }

    /// [`Registry::index`] by a search of the list.
    #[inline(never)]
    fn search(&self, lexicon: &Lexicon) -> Option<usize> {
        self.lists
            .iter()
            .take(64)
            .position(|l| std::ptr::eq(*l, lexicon))
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
    // Most sentences open with a letter: no trimming, no char decoding.
    if hay
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_alphanumeric)
    {
        return hay;
    }
    hay.trim_start_matches(|c: char| c.is_whitespace() || "\"'“‘(".contains(c))
}

/// Whether `hay[start..end]` neither starts nor ends inside a word (a
/// boundary is only required next to a letter or digit of the match).
///
/// What it does: when the match's first and last bytes and the bytes on
/// either side of it are ASCII (or the text's ends), answers from those
/// four bytes; else asks [`on_char_boundaries`], which decodes.
///
/// Why: every phrase a walk finds is tested here (about one per 140 bytes
/// of news), and the decoding path cost ~130 wasm instructions a test.
///
/// Example: "said" in "He said so." has ' ' before and after: on
/// boundaries; in "unsaid" the 'n' before is a letter: not.
#[inline]
fn on_boundaries(hay: &str, start: usize, end: usize) -> bool {
    let h = hay.as_bytes();
    let (Some(&first), Some(&last)) = (h.get(start), end.checked_sub(1).and_then(|i| h.get(i)))
    else {
        return on_char_boundaries(hay, start, end);
    };
    // 0 (no letter or digit) at the text's ends.
    let before = start
        .checked_sub(1)
        .and_then(|i| h.get(i))
        .copied()
        .unwrap_or(0);
    let after = h.get(end).copied().unwrap_or(0);
    if end <= start || (first | last | before | after) >= 0x80 {
        return on_char_boundaries(hay, start, end);
    }
    // All four are ASCII, so `start` and `end` are char boundaries.
    (!first.is_ascii_alphanumeric() || !before.is_ascii_alphanumeric())
        && (!last.is_ascii_alphanumeric() || !after.is_ascii_alphanumeric())
}

/// [`on_boundaries`] for any text, decoding the characters next to the
/// match when they are not ASCII.
#[inline(never)]
fn on_char_boundaries(hay: &str, start: usize, end: usize) -> bool {
    let (Some(m), true) = (hay.get(start..end), hay.is_char_boundary(start)) else {
        return false;
    };
    // An ASCII first or last byte is the whole first or last character:
    // tested without decoding.
    let first_word = match m.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        _ => m.chars().next().is_some_and(char::is_alphanumeric),
    };
    let last_word = match m.as_bytes().last() {
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        _ => m.chars().next_back().is_some_and(char::is_alphanumeric),
    };
    (!first_word || !alphanumeric_before(hay, start))
        && (!last_word || !alphanumeric_after(hay, end))
}

/// Whether the character ending at byte `at` of `hay` (a char boundary) is
/// alphanumeric; an ASCII byte is tested without decoding.
fn alphanumeric_before(hay: &str, at: usize) -> bool {
    match at.checked_sub(1).and_then(|i| hay.as_bytes().get(i)) {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => hay[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric),
    }
}

/// Whether the character starting at byte `at` of `hay` (a char boundary)
/// is alphanumeric; an ASCII byte is tested without decoding.
fn alphanumeric_after(hay: &str, at: usize) -> bool {
    match hay.as_bytes().get(at) {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => hay[at..].chars().next().is_some_and(char::is_alphanumeric),
    }
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
    #[cfg(not(target_arch = "wasm32"))]
    use proptest::prelude::*;

    /// Filler between phrases: words, capitals, curly and straight marks,
    /// and glued letters that must not make a boundary.
    #[cfg(not(target_arch = "wasm32"))]
    const FILLER: &[&str] = &[
        "the", "Minister", "“", "”", "\"", "(", "’", ",", ".", "x", "said", "WILL", "won’t", "s",
        "we’ll", "I’ll", "The", "issue", "In", "my", "not", "is", "9", "2b",
    ];

    // The registry's hand-stepped DFA against the naive phrase search.
    #[cfg(not(target_arch = "wasm32"))]
    proptest! {
        #[test]
        fn registry_scan_agrees_with_naive_search(
            picks in proptest::collection::vec((any::<u16>(), any::<bool>(), 0u8..3), 0..10)
        ) {
            let registry = &crate::claims::rules::LEXICONS;
            let phrases: Vec<&str> = registry.lists.iter().flat_map(|l| l.phrases.lines()).collect();
            let mut hay = String::new();
            for (pick, phrase, glue) in picks {
                let piece = if phrase {
                    phrases[usize::from(pick) % phrases.len()]
                } else {
                    FILLER[usize::from(pick) % FILLER.len()]
                };
                hay.push_str(piece);
                hay.push_str(["", " ", "’"][usize::from(glue)]);
            }
            let matches = registry.scan(&hay);
            // The scan fed by the model's tokens finds the same.
            let mut scan = registry.scanner(&hay);
            features::hash_tokens(&hay, |_| {}, &mut |visit| match visit {
                features::Visit::Token { start, bucket } => scan.token(start, bucket),
                features::Visit::Bigram { start, bucket } => scan.bigram(start, bucket),
                features::Visit::Mark(at) => scan.mark(at),
                features::Visit::Pronoun { .. } => {}
            });
            prop_assert_eq!(scan.finish(), matches, "fed scan of {:?}", hay);
            // And so does the scan fed only the tokens it watches.
            let mut scan = registry.scanner(&hay);
            features::hash_watched(&hay, registry.watch(), |_| {}, &mut |visit| match visit {
                features::Visit::Token { start, bucket } => scan.token(start, bucket),
                features::Visit::Bigram { start, bucket } => scan.bigram(start, bucket),
                features::Visit::Mark(at) => scan.mark(at),
                features::Visit::Pronoun { .. } => {}
            });
            prop_assert_eq!(scan.finish(), matches, "watched scan of {:?}", hay);
            let opening_at = hay.len() - trim_opening(&hay).len();
            for (i, list) in registry.lists.iter().enumerate() {
                let anywhere = list.phrases.lines().any(|p| find(&hay, p).is_some());
                let opening = list.phrases.lines().any(|p| find(&hay[opening_at..], p) == Some(0));
                prop_assert_eq!(matches.anywhere >> i & 1 == 1, anywhere, "list {} in {:?}", i, hay);
                prop_assert_eq!(matches.opening >> i & 1 == 1, opening, "list {} opening {:?}", i, hay);
            }
        }
    }

    // The ASCII fast path of `on_boundaries` against the decoding one.
    #[cfg(not(target_arch = "wasm32"))]
    proptest! {
        #[test]
        fn boundaries_fast_path_agrees(hay in "[a-c1 ’é.(]{0,8}", start in 0usize..20, end in 0usize..20) {
            prop_assert_eq!(
                on_boundaries(&hay, start, end),
                on_char_boundaries(&hay, start, end),
                "{:?} {}..{}", hay, start, end
            );
        }
    }

    fn check(hay: &str, phrase: &str, expect: Option<usize>) {
        assert_eq!(find(hay, phrase), expect, "{phrase:?} in {hay:?}");
    }

    #[test]
    fn rules_trie_children_fit_u16() {
        let nodes = crate::claims::rules::LEXICONS.compiled().trie.nodes.len();
        assert!(nodes <= usize::from(Trie::NODE) + 1, "{nodes} trie nodes");
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

    static WORDS: Lexicon = Lexicon::new(words!["read also", "doesn't", "said", "(photo:"]);

    static SHARED: Lexicon = Lexicon::new(words!["said", "told"]);
    static CREDIT: Lexicon = Lexicon::new(words!["photo by"]);
    static FIRST: Registry = Registry::new(&[&CREDIT, &SHARED]);
    static SECOND: Registry = Registry::new(&[&SHARED]);

    #[test]
    fn a_lexicon_in_two_registries() {
        // Remembered for the first registry that looks it up; the other
        // one still answers right.
        for hay in ["He said so.", "Photo by Jo.", "nothing", "She told us"] {
            for registry in [&SECOND, &FIRST, &SECOND] {
                let matches = registry.scan(hay);
                assert_eq!(
                    registry.has(matches, &SHARED, hay),
                    SHARED.has(hay),
                    "{hay}"
                );
            }
            let matches = FIRST.scan(hay);
            assert_eq!(FIRST.has(matches, &CREDIT, hay), CREDIT.has(hay), "{hay}");
        }
    }

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
