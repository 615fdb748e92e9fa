//! Figure cases from `tests/cases/figures.toml`, checked with one helper, and
//! property tests: figure extraction never panics, and its spans are in
//! bounds, on character boundaries, sorted and disjoint, for any input
//! (random strings and random mixes of newsy tokens, a bounded number of
//! cases so `cargo test` stays quick).

use lede_core::model::{Detail, Figure};
use lede_core::{figures, Document};
use proptest::prelude::*;
use serde::Deserialize;

#[derive(Deserialize)]
struct Cases {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    id: String,
    text: String,
}

/// An expected figure parsed from the markup.
#[derive(Debug, Default)]
struct Expected {
    start: usize,
    end: usize,
    attrs: Vec<(String, String)>,
}

/// Strips `<f …>…</f>` tags from `marked`: the plain text and the expected
/// figures (byte offsets into the plain text).
fn parse_markup(marked: &str) -> (String, Vec<Expected>) {
    let mut text = String::new();
    let mut out = Vec::new();
    let mut rest = marked;
    while let Some(i) = rest.find("<f") {
        text.push_str(&rest[..i]);
        let close = rest[i..].find('>').expect("unterminated <f") + i;
        let mut e = Expected {
            start: text.len(),
            ..Expected::default()
        };
        let mut a = rest[i + 2..close].trim();
        while let Some(eq) = a.find("=\"") {
            let key = a[..eq].trim().to_string();
            let after = &a[eq + 2..];
            let q = after.find('"').expect("unterminated attribute");
            e.attrs.push((key, after[..q].to_string()));
            a = after[q + 1..].trim();
        }
        let body_end = rest[close..].find("</f>").expect("missing </f>") + close;
        text.push_str(&rest[close + 1..body_end]);
        e.end = text.len();
        out.push(e);
        rest = &rest[body_end + 4..];
    }
    text.push_str(rest);
    (text, out)
}

fn field(f: &Figure, key: &str) -> String {
    let num = |v: Option<f64>| v.map_or("null".to_string(), |v| format!("{v}"));
    match key {
        "value" => num(f.value),
        "high" => num(f.value_high),
        "unit" => f.unit.clone().unwrap_or_else(|| "null".into()),
        "q" => f.qualifier.as_str().to_string(),
        "kind" => f.kind.as_str().to_string(),
        "iso" => f.iso.clone().unwrap_or_else(|| "null".into()),
        "display" => f.display.clone(),
        other => panic!("unknown attribute {other}"),
    }
}

/// Runs one marked-up case: exactly the marked figures are found, with the
/// given fields.
fn check(id: &str, marked: &str) {
    if let Err(e) = try_check(id, marked) {
        panic!("{e}");
    }
}

fn try_check(id: &str, marked: &str) -> Result<(), String> {
    let (text, expected) = parse_markup(marked);
    let doc = Document::new(text.clone());
    let found: Vec<(usize, usize, Figure)> = figures::extract(&doc)
        .into_iter()
        .filter_map(|a| match a.detail {
            Detail::Figure(f) => Some((a.span.start, a.span.end, f)),
            _ => None,
        })
        .collect();
    let got: Vec<&str> = found.iter().map(|(s, e, _)| &text[*s..*e]).collect();
    let want: Vec<&str> = expected.iter().map(|e| &text[e.start..e.end]).collect();
    if got != want {
        return Err(format!("{id}: spans {got:?}, want {want:?} in {text:?}"));
    }
    for ((_, _, f), e) in found.iter().zip(&expected) {
        for (k, v) in &e.attrs {
            let have = field(f, k);
            if &have != v {
                return Err(format!(
                    "{id}: {k} of {:?} is {have}, want {v}",
                    &text[e.start..e.end]
                ));
            }
        }
    }
    Ok(())
}

#[test]
fn figure_cases() {
    let data = include_str!("../cases/figures.toml");
    let cases: Cases = toml::from_str(data).expect("figures.toml parses");
    assert!(cases.case.len() >= 50, "the case table went missing");
    let mut ids = std::collections::BTreeSet::new();
    let mut failures = Vec::new();
    for c in &cases.case {
        assert!(ids.insert(c.id.clone()), "duplicate id {}", c.id);
        if let Err(e) = try_check(&c.id, &c.text) {
            failures.push(e);
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing cases:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Checks the span invariants of one extraction.
fn invariants(text: &str) {
    let doc = Document::new(text.to_string());
    let anns = figures::extract(&doc);
    let mut last_end = 0;
    for a in &anns {
        assert!(
            a.span.start <= a.span.end && a.span.end <= text.len(),
            "{:?} out of bounds",
            a.span
        );
        assert!(
            text.is_char_boundary(a.span.start) && text.is_char_boundary(a.span.end),
            "{:?} splits a character",
            a.span
        );
        assert!(
            a.span.start >= last_end,
            "{:?} overlaps or is unsorted",
            a.span
        );
        assert!(!a.span.is_empty(), "empty figure span");
        last_end = a.span.end;
        let Detail::Figure(f) = &a.detail else {
            panic!("not a figure")
        };
        if let (Some(lo), Some(hi)) = (f.value, f.value_high) {
            assert!(lo < hi, "range {lo}..{hi} is not increasing");
        }
    }
}

/// Tokens that exercise the grammar's corners when shuffled together.
const PIECES: &[&str] = &[
    "1",
    "22",
    "2,000",
    "1.5",
    "0",
    "-",
    "–",
    "—",
    "$",
    "£",
    "€",
    "¥",
    "US",
    "%",
    "per",
    "cent",
    "bn",
    "m",
    "k",
    "million",
    "a",
    "dozen",
    "half",
    "two",
    "thirds",
    "twenty",
    "-three",
    "first",
    "between",
    "and",
    "to",
    "from",
    "more",
    "than",
    "over",
    "nearly",
    "at",
    "least",
    "up",
    "or",
    "August",
    "15th",
    "of",
    "2025",
    "Jul",
    "2025-07-28",
    "Article",
    "No",
    "G7",
    "9/11",
    "version",
    "years",
    "-year-old",
    "leaders",
    "people",
    "km",
    "mph",
    "°C",
    "\u{a0}",
    "\u{2011}",
    "’",
    "“",
    "”",
    ".",
    ",",
    "\n",
    "😀",
    "é",
    "⁄",
    "/",
    ":",
    "+",
    "~",
    "(",
    ")",
    "tens",
    "thousands",
];

fn newsy() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(PIECES),
            prop::sample::select(&[" ", "", "  "][..]),
        ),
        0..40,
    )
    .prop_map(|v| v.into_iter().map(|(p, s)| format!("{p}{s}")).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, max_shrink_iters: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_string_keeps_span_invariants(text in any::<String>()) {
        invariants(&text);
    }

    #[test]
    fn newsy_strings_keep_span_invariants(text in newsy()) {
        invariants(&text);
    }

    #[test]
    fn any_bytes_as_utf8_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        invariants(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn emoji_offsets_stay_on_boundaries() {
    // Bytes and code points differ before the figure.
    check(
        "emoji010",
        "😀🎉 Officials counted <f value=\"40\" unit=\"boat\">40 boats</f> 🚤.",
    );
}
