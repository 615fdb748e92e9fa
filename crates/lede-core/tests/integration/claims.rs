//! Claim cases from `tests/cases/claims.toml`, checked with one helper, and
//! property tests: scoring never panics, every claim is a sentence of the
//! document, scores lie in `[0, 1]` and every claim has reasons.

use lede_core::model::Detail;
use lede_core::{claims, extract, Document};
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

/// Strips `<claim KIND>…</claim>` tags, returning the plain text and the
/// expected claims as (text, kind).
fn parse_markup(marked: &str) -> (String, Vec<(String, String)>) {
    let mut text = String::new();
    let mut expected = Vec::new();
    let mut rest = marked;
    while let Some(open) = rest.find("<claim") {
        text.push_str(&rest[..open]);
        let after = &rest[open + "<claim".len()..];
        let Some(close) = after.find('>') else {
            panic!("unterminated <claim in {marked:?}")
        };
        let kind = after[..close].trim().to_string();
        let body = &after[close + 1..];
        let Some(end) = body.find("</claim>") else {
            panic!("no </claim> in {marked:?}")
        };
        text.push_str(&body[..end]);
        expected.push((body[..end].to_string(), kind));
        rest = &body[end + "</claim>".len()..];
    }
    text.push_str(rest);
    (text, expected)
}

fn check(id: &str, marked: &str) -> Option<String> {
    let (text, expected) = parse_markup(marked);
    let doc = Document::new(text.as_str());
    let got: Vec<(String, String)> = extract(&doc)
        .annotations
        .iter()
        .filter_map(|a| match &a.detail {
            Detail::Claim(c) => Some((doc.slice(a.span).to_string(), c.kind.as_str().to_string())),
            _ => None,
        })
        .collect();
    (got != expected).then(|| format!("case {id}:\n  got      {got:?}\n  expected {expected:?}"))
}

#[test]
fn cases() {
    let raw = include_str!("../cases/claims.toml");
    let cases: Cases = match toml::from_str(raw) {
        Ok(c) => c,
        Err(e) => panic!("tests/cases/claims.toml: {e}"),
    };
    assert!(cases.case.len() >= 10);
    let failures: Vec<String> = cases
        .case
        .iter()
        .filter_map(|case| check(&case.id, &case.text))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

proptest! {
    #[test]
    fn scoring_anything_is_total(text in "\\PC{0,400}") {
        let doc = Document::new(text.as_str());
        let all = claims::score_all(&doc, &[], &[]);
        prop_assert_eq!(all.len(), doc.sentences().len());
        for (a, s) in all.iter().zip(doc.sentences()) {
            prop_assert_eq!(a.span, *s);
            prop_assert!((0.0..=1.0).contains(&a.confidence));
            let Detail::Claim(c) = &a.detail else {
                return Err(TestCaseError::fail("not a claim"));
            };
            prop_assert!(!c.reasons.is_empty() || a.confidence == 0.0 || c.score > 0.0);
        }
    }

    #[test]
    fn claims_are_sentences_with_reasons(words in proptest::collection::vec("[A-Za-z0-9£%.,“”\"' ]{1,12}", 0..60)) {
        let text = words.join(" ");
        let doc = Document::new(text.as_str());
        for a in extract(&doc).annotations {
            if let Detail::Claim(c) = &a.detail {
                prop_assert!(doc.sentences().contains(&a.span));
                prop_assert!(c.score >= claims::DEFAULT_THRESHOLD && c.score <= 1.0);
                prop_assert!(!c.reasons.is_empty());
            }
        }
    }
}
