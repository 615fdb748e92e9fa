//! A claim's reasons as found: what fired, packed in bytes, written out as
//! texts only when someone reads them.
//!
//! ## What it does
//! [`pack`] keeps which rules fired (a bit per reason: each rule gives its
//! reasons with one effect, [`rules::effect`]) and the n-grams that raised
//! the model's score (their text and weight) in one byte buffer; [`unpack`]
//! writes the reason texts from it: `has a figure (+0.8)`, `“rose”
//! (+0.31)`, or `model only: …` when nothing stood out. The texts are
//! exactly those the claims pass wrote before it kept them packed.
//!
//! ## Why
//! Writing the texts (a reason's name, its signed weight, the quoted n-gram)
//! for every claim was about a sixth of the claims layer's time in the web
//! app, and most claims' reasons are never read: the page shows one when
//! the user opens a claim, an export reads them once. Packing is a handful
//! of fixed-size stores and one copy per n-gram into a buffer that the
//! claims of one extraction share (no allocation per claim). (Appending
//! without first sizing each claim's bytes measured fewer native
//! instructions but about 5 more per byte in V8, and no faster in Node.)
//! The rules' reasons are 4 bytes whatever fired, and they are put in the
//! order shown (strongest first) when read, not per claim.
//!
//! ## Example
//! The rules `NamedActor` (+0.7) and `Date` (+0.3) and the n-gram `rose`
//! (weight 0.31) pack as `[(1 << 7 | 1 << 5) as 4 bytes, 0.31 as 8 bytes,
//! 4 as 4 bytes, b"rose"]` and unpack as `named actor (+0.7)`, `has a date
//! (+0.3)`, `“rose” (+0.31)`.
//!
//! Layout: the reasons that fired as 4 little-endian bytes of a `u32`, a
//! bit per [`Reason`] (`1 << reason as u32`); then per n-gram its weight
//! (8 bytes of `f64`), its length (4 bytes of `u32`) and its bytes.

use super::reason::{Effect, Reason};
use super::rules;
use super::signed;
use crate::model::{Annotation, Detail, Reasons};
use std::sync::Arc;

/// Appends the reasons `fired` (a bit per [`Reason`]) and the n-grams
/// `grams` of `text` (byte ranges on char boundaries and weights, best
/// first; those of weight 0 or less are left out) to `out`, the buffer
/// shared by the claims of one extraction, and returns the claim's
/// [`Reasons`] (see [`share`]).
pub fn pack(fired: u32, text: &str, grams: &[(usize, usize, f64)], out: &mut Vec<u8>) -> Reasons {
    // The model's n-grams start and end on tokens (ASCII letters and
    // digits), so on char boundaries: their bytes are sliced without the
    // boundary tests of a `str` slice (a range out of the text is empty).
    let gram = |&(start, end, _): &(usize, usize, f64)| -> &[u8] {
        text.as_bytes().get(start..end).unwrap_or_default()
    };
    // As the claims pass had it: a weight above 0 (or NaN) is shown.
    let shown = |g: &&(usize, usize, f64)| g.2 > 0.0 || g.2.is_nan();
    let mut size = 4;
    for g in grams.iter().filter(shown) {
        size += 12 + gram(g).len();
    }
    let start = out.len();
    out.reserve(size);
    out.extend_from_slice(&fired.to_le_bytes());
    for g in grams.iter().filter(shown) {
        let bytes = gram(g);
        // The weight and the length in one 12-byte store.
        let mut head = [0u8; 12];
        head[..8].copy_from_slice(&g.2.to_le_bytes());
        head[8..].copy_from_slice(&(bytes.len() as u32).to_le_bytes());
        out.extend_from_slice(&head);
        out.extend_from_slice(bytes);
    }
    Reasons::found(start, out.len())
}

/// The reasons of `fired` in the order a claim shows them: the first
/// exclusion (in the rules' order) alone, or else every reason, strongest
/// first (ties in the rules' order); `None` for a bit of no reason.
fn in_order(fired: u32) -> Option<([Reason; Reason::ALL.len()], usize)> {
    if fired >> Reason::ALL.len() != 0 {
        return None;
    }
    let has = |r: &&Reason| fired >> (**r as u32) & 1 == 1;
    let mut list = [Reason::Fragment; Reason::ALL.len()];
    let excluded = rules::IN_RULE_ORDER
        .iter()
        .filter(has)
        .find(|r| rules::effect(**r) == Effect::Exclude);
    if let Some(&r) = excluded {
        list[0] = r;
        return Some((list, 1));
    }
    let mut n = 0;
    for &r in rules::IN_RULE_ORDER.iter().filter(has) {
        list[n] = r;
        n += 1;
    }
    // Stable: equal strengths stay in the rules' order.
    list[..n].sort_by(|a, b| strength(*b).total_cmp(&strength(*a)));
    Some((list, n))
}

/// How strongly a reason's rule acted: exclusion first, then by the size of
/// the adjustment.
fn strength(reason: Reason) -> f64 {
    match rules::effect(reason) {
        Effect::Exclude => f64::INFINITY,
        Effect::Adjust(by) => by.abs(),
    }
}

/// Hands the full buffer `packed` to the reasons of `claims`, made by
/// [`pack`]: one allocation for the whole extraction, shared (a claim holds
/// the buffer and where its bytes are; cloning or dropping a claim counts
/// a reference instead of copying or freeing).
pub fn share(packed: Vec<u8>, claims: &mut [Annotation]) {
    let all: Arc<[u8]> = Arc::from(packed);
    for a in claims {
        if let Detail::Claim(c) = &mut a.detail {
            c.reasons.share(&all);
        }
    }
}

/// Writes the reason texts of `packed` (made by [`pack`]) into `out`: the
/// hits, then the n-grams, each left out when an earlier n-gram's reason
/// starts with its quoted text, or the `model only` text when there is
/// neither. Stops at the first malformed byte (never panics).
pub fn unpack(packed: &[u8], out: &mut Reasons) {
    // `None` only for malformed bytes (never made by `pack`).
    let _ = write(packed, out);
    if out.is_empty() {
        out.push("model only: no rule fired, no n-gram stood out");
    }
}

/// [`unpack`] but the fallback text.
fn write(packed: &[u8], out: &mut Reasons) -> Option<()> {
    let mut rest = packed;
    let (reasons, n) = in_order(u32::from_le_bytes(take_array(&mut rest)?))?;
    let mut text = String::with_capacity(32);
    for &reason in &reasons[..n] {
        let Effect::Adjust(by) = rules::effect(reason) else {
            out.push(reason.as_str());
            continue;
        };
        text.clear();
        text.push_str(reason.as_str());
        text.push_str(" (");
        signed::push(&mut text, by, 1);
        text.push(')');
        out.push(&text);
    }
    let mut grams: [&str; super::model::TOP] = [""; super::model::TOP];
    let mut n_grams = 0;
    while !rest.is_empty() {
        let w = f64::from_le_bytes(take_array(&mut rest)?);
        let len = u32::from_le_bytes(take_array(&mut rest)?);
        let gram = std::str::from_utf8(take(&mut rest, len as usize)?).ok()?;
        if grams[..n_grams].iter().any(|earlier| shows(earlier, gram)) {
            continue;
        }
        text.clear();
        text.push_str("” (");
        signed::push(&mut text, w, 2);
        text.push(')');
        out.push_parts(&["“", gram, &text]);
        if let Some(slot) = grams.get_mut(n_grams) {
            *slot = gram;
            n_grams += 1;
        }
    }
    Some(())
}

/// Whether the reason of the n-gram `earlier`, `“earlier” (+w)`, starts
/// with the quoted text `“gram”` of `gram`: the same gram, or a bigram
/// whose first token is followed by `”`.
pub(super) fn shows(earlier: &str, gram: &str) -> bool {
    earlier
        .strip_prefix(gram)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('”'))
}

/// The first `n` bytes of `rest`, which moves past them.
fn take<'a>(rest: &mut &'a [u8], n: usize) -> Option<&'a [u8]> {
    let (head, tail) = rest.split_at_checked(n)?;
    *rest = tail;
    Some(head)
}

/// The first `N` bytes of `rest`, which moves past them.
fn take_array<const N: usize>(rest: &mut &[u8]) -> Option<[u8; N]> {
    let (head, tail) = rest.split_first_chunk::<N>()?;
    *rest = tail;
    Some(*head)
}

#[cfg(test)]
mod tests {
    use super::{pack, share, unpack, Reason};
    use crate::model::{Annotation, Claim, Detail, Reasons, Span};

    /// The bits of `reasons`, as the claims pass keeps them.
    fn fired(reasons: &[Reason]) -> u32 {
        reasons.iter().map(|&r| 1 << r as u32).sum()
    }

    /// Packs the rules' `reasons` and the `grams` of `text`, and checks the
    /// texts read back, unpacked and through a shared claim's reasons.
    fn check(reasons: &[Reason], text: &str, grams: &[(usize, usize, f64)], want: &[&str]) {
        let mut buffer = vec![7, 7];
        let reasons = pack(fired(reasons), text, grams, &mut buffer);
        let mut got = Reasons::new();
        unpack(&buffer[2..], &mut got);
        assert_eq!(got.to_vec(), want);
        assert_eq!(shared(buffer, reasons).to_vec(), want);
    }

    /// `reasons` as a claim gets them from [`share`].
    fn shared(buffer: Vec<u8>, reasons: Reasons) -> Reasons {
        let mut claims = [Annotation {
            span: Span::new(0, 0),
            confidence: 0.5,
            detail: Detail::Claim(Claim {
                reasons,
                ..Claim::default()
            }),
        }];
        share(buffer, &mut claims);
        match &claims[0].detail {
            Detail::Claim(c) => c.reasons.clone(),
            _ => Reasons::new(),
        }
    }

    /// Reasons packed alone and shared.
    fn packed(reasons: &[Reason], text: &str, grams: &[(usize, usize, f64)]) -> Reasons {
        let mut buffer = Vec::new();
        let reasons = pack(fired(reasons), text, grams, &mut buffer);
        shared(buffer, reasons)
    }

    #[test]
    fn texts_as_the_claims_pass_wrote_them() {
        let text = "Rents rose by “a third” in Leeds";
        check(
            &[Reason::Date, Reason::NamedActor],
            text,
            &[(6, 10, 0.31), (0, 10, -0.2), (0, 0, 0.0)],
            &["named actor (+0.7)", "has a date (+0.3)", "“rose” (+0.31)"],
        );
        check(&[Reason::Caption], text, &[], &["caption or credit"]);
        check(
            &[Reason::Vague],
            text,
            &[(0, 5, 0.125), (6, 10, 0.05)],
            &["vague (-2.5)", "“Rents” (+0.12)", "“rose” (+0.05)"],
        );
        check(
            &[],
            text,
            &[],
            &["model only: no rule fired, no n-gram stood out"],
        );
    }

    #[test]
    fn strongest_first_ties_in_the_rules_order_and_one_exclusion() {
        let all = [
            Reason::Hypothetical,
            Reason::Question,
            Reason::Rhetoric,
            Reason::Vague,
            Reason::Opinion,
            Reason::Forecast,
            Reason::Event,
            Reason::NamedSource,
            Reason::Figure,
        ];
        check(
            &all,
            "",
            &[],
            &[
                "vague (-2.5)",
                "opinion or speculation (-2.0)",
                "evaluative or rhetorical (-2.0)",
                "question (-2.0)",
                "hypothetical (-2.0)",
                "has a figure (+0.8)",
                "named source (+0.5)",
                "event (+0.5)",
                "forecast (+0.5)",
            ],
        );
        let excluded = [
            Reason::Fragment,
            Reason::Figure,
            Reason::Headline,
            Reason::Byline,
        ];
        check(&excluded, "", &[], &["headline (no final punctuation)"]);
    }

    #[test]
    fn a_gram_shown_by_an_earlier_one_is_left_out() {
        // "third”" then "third": the second reason would repeat the first.
        let text = "a “third” of them";
        let third = text.find("third").unwrap_or(0);
        check(
            &[],
            text,
            &[
                (third, third + 8, 0.4),
                (third, third + 5, 0.2),
                (0, 1, 0.1),
            ],
            &["“third”” (+0.40)", "“a” (+0.10)"],
        );
    }

    #[test]
    fn every_reason_round_trips_and_bad_bytes_stop_quietly() {
        for (i, r) in Reason::ALL.iter().enumerate() {
            assert_eq!(*r as usize, i);
            let mut buffer = Vec::new();
            pack(fired(&[*r]), "", &[], &mut buffer);
            let mut got = Reasons::new();
            unpack(&buffer, &mut got);
            assert!(
                got.len() == 1 && got.to_vec()[0].starts_with(r.as_str()),
                "{r:?}"
            );
        }
        let fallback = ["model only: no rule fired, no n-gram stood out"];
        for bad in [
            &[][..],
            &[0x10, 0, 0],
            &[0, 0, 0x10, 0],
            &[0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 200, 0, 0, 0, b'x'],
        ] {
            let mut got = Reasons::new();
            unpack(bad, &mut got);
            assert_eq!(got.to_vec(), fallback, "{bad:?}");
        }
        // What was written before a bad byte stays.
        let mut got = Reasons::new();
        unpack(&[0x10, 0, 0, 0, 99], &mut got);
        assert_eq!(got.to_vec(), ["has a figure (+0.8)"]);
    }

    #[test]
    fn packed_reasons_read_compare_and_print_as_their_texts() {
        let text = "Rents rose by a third";
        let hits = [Reason::Figure];
        let packed = packed(&hits, text, &[(6, 10, 0.31)]);
        let texts = ["has a figure (+0.8)", "“rose” (+0.31)"];
        let held: Reasons = texts.iter().collect();
        assert_eq!(packed, held);
        assert_eq!(held, packed);
        assert_eq!(packed, packed.clone());
        assert_ne!(packed, super::tests::packed(&hits, text, &[(0, 5, 0.31)]));
        assert_eq!(format!("{packed:?}"), format!("{texts:?}"));
        assert_eq!(packed.join("; "), texts.join("; "));
        assert_eq!(packed.iter().collect::<Vec<_>>(), texts);
        assert_eq!((&packed).into_iter().count(), 2);
        assert_eq!(packed.len(), 2);
        assert!(!packed.is_empty());
        let mut more = packed.clone();
        more.push("added");
        assert_eq!(more.to_vec(), [texts[0], texts[1], "added"]);
        more.clear();
        assert!(more.is_empty());
    }
}
