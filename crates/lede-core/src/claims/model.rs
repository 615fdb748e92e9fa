//! The shipped check-worthiness model: a logistic regression over hashed
//! n-grams ([`features`](super::features)) with int8 bucket weights, read
//! from `weights.bin` (compiled in, packed by `build.rs` and unpacked once
//! by `packed.rs`; no download).
//!
//! `tools/train-claims/train.py` writes `weights.bin` and `MODEL_CARD.md`
//! (data, licence, metrics); the layout is documented there.

use super::features::{self, Gram, Hand, Visitor, Watch, BUCKETS};

const MAGIC: &[u8; 8] = b"LEDECLM1";
const HAND: usize = 8;
const HEADER: usize = 8 + 4 + 4 + 4 + 4 + 4 * HAND;

/// The bucket weights of the fallback model: all 0.
static NO_WEIGHTS: [u8; BUCKETS] = [0; BUCKETS];

/// How many top n-grams a score keeps for its reasons.
pub const TOP: usize = 3;

/// The model's weights, borrowed from the bytes of a weights file.
#[derive(Clone, Copy, Debug)]
pub struct Model {
    scale: f64,
    bias: f64,
    hand: [f64; HAND],
    /// The int8 bucket weights ([`NO_WEIGHTS`] for the fallback model). A
    /// fixed-size table: a masked bucket indexes it without a bounds check
    /// (the weights are unpacked at run time, so their length is unknown to
    /// the compiler), and not an `Option`, which cost a test per n-gram.
    buckets: &'static [u8; BUCKETS],
}

/// The model's view of one sentence.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ModelScore {
    /// The log-odds before any news rule.
    pub logit: f64,
    /// Hand features of the sentence.
    pub hand: Hand,
    /// The n-grams that pushed the score up most: byte range (relative to the
    /// scored text) and weight, best first; unused slots have weight 0.
    pub top: [(usize, usize, f64); TOP],
}

fn f32_at(bytes: &[u8], at: usize) -> f64 {
    let mut b = [0u8; 4];
    b.copy_from_slice(&bytes[at..at + 4]);
    f64::from(f32::from_le_bytes(b))
}

fn u32_at(bytes: &[u8], at: usize) -> usize {
    let mut b = [0u8; 4];
    b.copy_from_slice(&bytes[at..at + 4]);
    u32::from_le_bytes(b) as usize
}

impl Model {
    /// The model compiled into the crate.
    pub fn shipped() -> Model {
        // The file is checked by a test; a bad file gives a model that
        // scores everything 0.5 rather than a panic.
        Model::from_bytes(crate::claims::packed::weights()).unwrap_or(Model {
            scale: 0.0,
            bias: 0.0,
            hand: [0.0; HAND],
            buckets: &NO_WEIGHTS,
        })
    }

    /// Reads a weights file; `None` when it is not one.
    pub fn from_bytes(bytes: &'static [u8]) -> Option<Model> {
        if bytes.len() != HEADER + BUCKETS
            || &bytes[..8] != MAGIC
            || u32_at(bytes, 8) != BUCKETS
            || u32_at(bytes, 12) != HAND
        {
            return None;
        }
        let mut hand = [0.0; HAND];
        for (i, h) in hand.iter_mut().enumerate() {
            *h = f32_at(bytes, 24 + 4 * i);
        }
        Some(Model {
            scale: f32_at(bytes, 16),
            bias: f32_at(bytes, 20),
            hand,
            buckets: bytes[HEADER..].try_into().ok()?,
        })
    }

    fn weight(&self, bucket: usize) -> i32 {
        i32::from(self.buckets[bucket % BUCKETS] as i8)
    }

    /// Scores one sentence. Allocation-free.
    pub fn score(&self, text: &str) -> ModelScore {
        self.score_with(text, Watch::every(), &mut |_| {})
    }

    /// [`Model::score`], calling `visit` for every mark of the text and
    /// every token and bigram that `watch` watches, as
    /// [`features::hash_watched`] does.
    pub fn score_with(&self, text: &str, watch: &Watch, visitor: &mut impl Visitor) -> ModelScore {
        let mut score = ModelScore::default();
        self.score_into(text, watch, visitor, &mut score);
        score
    }

    /// [`Model::score_with`], written into `out` (the claims pass reuses
    /// one: a returned score was copied, a `memory.copy` per sentence in
    /// wasm). Not inlined: a caller's loop around it would take registers
    /// the hashing loop needs.
    #[inline(never)]
    pub fn score_into(
        &self,
        text: &str,
        watch: &Watch,
        visitor: &mut impl Visitor,
        out: &mut ModelScore,
    ) {
        // The top n-grams are ranked by their integer weight times the
        // sign of the scale (the same order as the scaled weights) and
        // scaled once at the end. The sign is a constant of the hashing
        // loop (the shipped model's is +1): a multiply per n-gram and a
        // register fewer there.
        let (acc, top, hand) = if self.scale < 0.0 {
            self.sum::<true>(text, watch, visitor)
        } else {
            self.sum::<false>(text, watch, visitor)
        };
        let sign: i32 = if self.scale > 0.0 {
            1
        } else if self.scale < 0.0 {
            -1
        } else {
            0
        };
        let mut logit = self.bias + self.scale * f64::from(acc);
        for (w, v) in self.hand.iter().zip(hand.values()) {
            logit += w * v;
        }
        let top = top.map(|(start, end, key)| {
            if key > 0 && sign != 0 {
                (start, end, f64::from(key * sign) * self.scale)
            } else {
                (0, 0, 0.0)
            }
        });
        *out = ModelScore { logit, hand, top };
    }

    /// The hashing pass of [`Model::score_with`]: the sum of the integer
    /// weights, the top n-grams ranked by their weight (negated when
    /// `NEGATE`), each with its key, and the hand features.
    #[inline(always)]
    fn sum<const NEGATE: bool>(
        &self,
        text: &str,
        watch: &Watch,
        visitor: &mut impl Visitor,
    ) -> (i32, [(usize, usize, i32); TOP], Hand) {
        let mut acc: i32 = 0;
        let mut packed = Packed([0; TOP]);
        let each = |g: Gram| {
            let w = self.weight(g.bucket);
            acc += w;
            let key = if NEGATE { -w } else { w };
            packed.insert(key, g.start, g.end);
        };
        let hand = features::hash_watched(text, watch, each, visitor);
        let top = if Packed::fits(text.len()) {
            packed.list()
        } else {
            self.top_of_long(text, NEGATE)
        };
        (acc, top, hand)
    }

    /// The top n-grams of `text` (ranked by weight, negated when `negate`)
    /// by insertion into a sorted list, for a text too long for the offsets
    /// of [`Packed`] (a sentence of 256 MiB): the pass keeps them packed,
    /// which gives this same list for any shorter text (a test checks it).
    #[cold]
    #[inline(never)]
    fn top_of_long(&self, text: &str, negate: bool) -> [(usize, usize, i32); TOP] {
        let mut top = [(0usize, 0usize, 0i32); TOP];
        let mut insert = |bucket: usize, start: usize, end: usize| {
            let w = self.weight(bucket);
            let key = if negate { -w } else { w };
            insert_sorted(&mut top, start, end, key);
        };
        let bytes = text.as_bytes();
        let mut previous: Option<(usize, usize)> = None;
        let mut i = 0;
        while i < bytes.len() {
            if !bytes[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let start = i;
            while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
                i += 1;
            }
            let token = &bytes[start..i];
            insert(features::bucket(token), start, i);
            if let Some((p, q)) = previous {
                insert(features::bigram_bucket(&bytes[p..q], token), p, i);
            }
            previous = Some((start, i));
        }
        top
    }
}

/// The top n-grams of a sentence while it is hashed, each packed into one
/// `u64` so that a gram enters the list without a branch.
///
/// What it does: a gram with a positive key becomes `key << 56 | (END -
/// end) << 28 | start` (0 for any other), so that the larger number is the
/// better gram: the larger key, then, among equal keys, the gram the pass
/// met first (it visits a token's unigram, then the bigram ending at it:
/// by end, then by the larger start). A new gram goes through the list
/// keeping the larger of it and each entry there: the list stays sorted,
/// best first, as the insertion into a sorted list of [`Model::sum`] keeps
/// it.
///
/// Why: whether a gram enters the list depends on its weight, which a
/// branch predictor cannot know: the insertion's tests missed about once
/// per three tokens; maxima and minima have no branch.
///
/// Example: keys 5 (bytes 0..4), 7 (5..9), 5 (0..9) give the list 7 (5..9),
/// 5 (0..4), 5 (0..9).
struct Packed([u64; TOP]);

impl Packed {
    /// Bits of each offset.
    const BITS: u32 = 28;
    const MASK: u64 = (1 << Packed::BITS) - 1;

    /// Whether the offsets of a text of `len` bytes fit.
    fn fits(len: usize) -> bool {
        (len as u64) < Packed::MASK
    }

    #[inline(always)]
    fn insert(&mut self, key: i32, start: usize, end: usize) {
        let key = key.max(0) as u64;
        // (Offsets that do not fit give a number that means nothing, and
        // [`Model::top_of_long`] is used instead.)
        let mut gram = key << (2 * Packed::BITS)
            | Packed::MASK.wrapping_sub(end as u64) << Packed::BITS
            | start as u64;
        // A gram with no positive key is 0 and changes nothing.
        gram &= 0u64.wrapping_sub(u64::from(key != 0));
        for entry in &mut self.0 {
            let (hi, lo) = ((*entry).max(gram), (*entry).min(gram));
            *entry = hi;
            gram = lo;
        }
    }

    /// The list as [`Model::sum`] returns it: start, end and key, unused
    /// entries `(0, 0, 0)`.
    fn list(&self) -> [(usize, usize, i32); TOP] {
        self.0.map(|p| {
            if p == 0 {
                return (0, 0, 0);
            }
            let key = (p >> (2 * Packed::BITS)) as i32;
            let end = Packed::MASK - (p >> Packed::BITS & Packed::MASK);
            ((p & Packed::MASK) as usize, end as usize, key)
        })
    }
}

/// Inserts the gram `start..end` with `key` into `top`, a list sorted best
/// first, when it beats the last entry (a later gram loses a tie). Spans are
/// unique (a token's unigram, the bigram ending at it), so no gram enters
/// the list twice.
fn insert_sorted(top: &mut [(usize, usize, i32); TOP], start: usize, end: usize, key: i32) {
    if key > top[TOP - 1].2 {
        let mut at = TOP - 1;
        while at > 0 && top[at - 1].2 < key {
            top[at] = top[at - 1];
            at -= 1;
        }
        top[at] = (start, end, key);
    }
}

/// The logistic function.
pub fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`Packed`] against insertion into a sorted list, over grams with
    /// the given keys (a unigram and a bigram per token, as the pass
    /// visits them).
    fn check_packed(keys: &[i32]) {
        let mut list = [(0usize, 0usize, 0i32); TOP];
        let mut packed = Packed([0; TOP]);
        for (k, &key) in keys.iter().enumerate() {
            let token = k / 2 + 1;
            let start = if k % 2 == 0 { 3 * token } else { 3 * token - 3 };
            let end = 3 * token + 2;
            packed.insert(key, start, end);
            insert_sorted(&mut list, start, end, key);
        }
        assert_eq!(packed.list(), list, "{keys:?}");
    }

    #[test]
    fn packed_top_is_the_sorted_list() {
        check_packed(&[]);
        check_packed(&[5, 7, 5, 0, -3, 7, 128, 5]);
        check_packed(&[0, -1, -128, 127, 1, 1, 1, 1]);
        assert!(Packed::fits(1000) && !Packed::fits(1 << 28));
    }

    // proptest is a native dev-dependency only (see Cargo.toml).
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn packed_top_any_keys(keys in proptest::collection::vec(-128i32..=128, 0..40)) {
            check_packed(&keys);
        }
    }

    #[test]
    fn top_of_long_texts_is_the_packed_top() {
        let model = Model::shipped();
        for text in [
            "",
            "Unemployment has doubled to 8 percent since 2019.",
            "The firm said profits rose 12% to £3.5bn, its best year since 2007.",
            "Zürich’s café, “we said”: x9 A1b2 internationally-minded officials.",
        ] {
            let (_, top, _) = model.sum::<false>(text, Watch::every(), &mut |_| {});
            assert_eq!(model.top_of_long(text, false), top, "{text}");
            let (_, top, _) = model.sum::<true>(text, Watch::every(), &mut |_| {});
            assert_eq!(model.top_of_long(text, true), top, "{text}");
        }
    }

    #[test]
    fn shipped_weights_parse() {
        let model = Model::from_bytes(crate::claims::packed::weights());
        assert!(model.is_some(), "weights.bin is not a LEDECLM1 file");
        let model = model.unwrap_or_else(Model::shipped);
        assert!(model.scale > 0.0);
    }

    fn check(text: &str, expect_above: f64) {
        let score = Model::shipped().score(text);
        assert!(
            sigmoid(score.logit) > expect_above,
            "{text}: {}",
            sigmoid(score.logit)
        );
    }

    #[test]
    fn numbers_beat_pleasantries() {
        let plain = sigmoid(
            Model::shipped()
                .score("Thank you so much, it is good to be here.")
                .logit,
        );
        check("Unemployment has doubled to 8 percent since 2019.", plain);
    }
}
