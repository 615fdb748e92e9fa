//! Quote cases from `tests/cases/quotes.toml`, checked with one helper, and
//! property tests: the quote pass never panics and its spans are in bounds,
//! on character boundaries and sorted.

use lede_core::model::{Detail, Quote};
use lede_core::{quotes, Document};
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

/// An expected quote parsed from the markup.
#[derive(Debug, Default)]
struct Expected {
    start: usize,
    end: usize,
    style: String,
    speaker: Option<String>,
    cue: Option<String>,
    mention: Option<String>,
    marks: Option<String>,
}

/// Strips `<q …>…</q>` tags from `marked`, returning the plain text and the
/// expected quotes (byte offsets into the plain text).
fn parse_markup(marked: &str) -> (String, Vec<Expected>) {
    let mut text = String::new();
    let mut open: Vec<Expected> = Vec::new();
    let mut done = Vec::new();
    let mut rest = marked;
    while let Some(i) = rest.find('<') {
        text.push_str(&rest[..i]);
        rest = &rest[i..];
        if let Some(r) = rest.strip_prefix("</q>") {
            let mut e = open.pop().expect("unbalanced </q>");
            e.end = text.len();
            done.push(e);
            rest = r;
        } else if rest.starts_with("<q") {
            let close = rest.find('>').expect("unterminated <q");
            let attrs = &rest[2..close];
            let mut e = Expected {
                start: text.len(),
                ..Expected::default()
            };
            let mut a = attrs.trim();
            while !a.is_empty() {
                if let Some(eq) = a.find("=\"") {
                    let key = a[..eq].trim();
                    let after = &a[eq + 2..];
                    let q = after.find('"').expect("unterminated attribute");
                    let value = after[..q].to_string();
                    let (k, value) = match key.rsplit_once(' ') {
                        Some((style, k)) => {
                            e.style = style.trim().to_string();
                            (k, value)
                        }
                        None => (key, value),
                    };
                    match k {
                        "speaker" => e.speaker = Some(value),
                        "cue" => e.cue = Some(value),
                        "mention" => e.mention = Some(value),
                        "marks" => e.marks = Some(value),
                        other => panic!("unknown attribute {other}"),
                    }
                    a = after[q + 1..].trim();
                } else {
                    e.style = a.to_string();
                    a = "";
                }
            }
            open.push(e);
            rest = &rest[close + 1..];
        } else {
            text.push('<');
            rest = &rest[1..];
        }
    }
    text.push_str(rest);
    assert!(open.is_empty(), "unclosed <q>");
    done.sort_by_key(|e| (e.start, std::cmp::Reverse(e.end)));
    (text, done)
}

/// Runs the quote pass over the marked-up `marked` text and compares every
/// quote with the markup.
fn check(id: &str, marked: &str) {
    let (text, expected) = parse_markup(marked);
    let doc = Document::new(text.clone());
    let out = quotes::extract(&doc, &mut Vec::new());
    let got: Vec<(usize, usize, &Quote)> = out
        .quotes
        .iter()
        .map(|a| match &a.detail {
            Detail::Quote(q) => (a.span.start, a.span.end, q),
            other => panic!("{id}: not a quote: {other:?}"),
        })
        .collect();
    let show: Vec<String> = got
        .iter()
        .map(|(s, e, q)| {
            format!(
                "{:?} {} speaker={:?} mention={:?} cue={:?} marks={:?}",
                &text[*s..*e],
                q.style.as_str(),
                q.speaker,
                q.speaker_mention,
                q.cue,
                q.marks.map(|m| m.as_str())
            )
        })
        .collect();
    assert_eq!(
        got.len(),
        expected.len(),
        "{id}: wrong number of quotes; got {show:#?}"
    );
    for ((s, e, q), x) in got.iter().zip(&expected) {
        let ctx = format!("{id}: quote {:?}; got {show:#?}", &text[x.start..x.end]);
        assert_eq!((*s, *e), (x.start, x.end), "span, {ctx}");
        assert_eq!(q.style.as_str(), x.style, "style, {ctx}");
        let speech = matches!(x.style.as_str(), "direct" | "partial");
        if speech || x.speaker.is_some() {
            assert_eq!(q.speaker, x.speaker, "speaker, {ctx}");
        } else {
            assert_eq!(q.speaker, None, "speaker, {ctx}");
        }
        if x.cue.is_some() {
            assert_eq!(q.cue, x.cue, "cue, {ctx}");
        }
        if x.mention.is_some() {
            assert_eq!(q.speaker_mention, x.mention, "mention, {ctx}");
        }
        assert_eq!(
            q.marks.map(|m| m.as_str().to_string()),
            x.marks,
            "marks, {ctx}"
        );
        if let (Some(span), Some(m)) = (q.speaker_span, &q.speaker_mention) {
            assert_eq!(&text[span.range()], m, "speaker span, {ctx}");
        }
        if let (Some(span), Some(c)) = (q.cue_span, &q.cue) {
            assert_eq!(&text[span.range()], c, "cue span, {ctx}");
        }
    }
}

#[test]
fn quote_cases() {
    let data = include_str!("../cases/quotes.toml");
    let cases: Cases = toml::from_str(data).expect("tests/cases/quotes.toml parses");
    assert!(cases.case.len() >= 30);
    let failed: Vec<&str> = cases
        .case
        .iter()
        .filter(|case| {
            std::panic::catch_unwind(|| check(&case.id, case.text.trim_matches('\n'))).is_err()
        })
        .map(|case| case.id.as_str())
        .collect();
    assert!(failed.is_empty(), "failed cases: {failed:?}");
}

/// Checks the invariants of every span the quote pass returns.
fn assert_spans_ok(text: &str) -> Result<(), TestCaseError> {
    let doc = Document::new(text);
    let out = quotes::extract(&doc, &mut Vec::new());
    let mut last = 0;
    for a in out.quotes.iter().chain(&out.entities) {
        prop_assert!(a.span.start <= a.span.end && a.span.end <= text.len());
        prop_assert!(text.is_char_boundary(a.span.start) && text.is_char_boundary(a.span.end));
        if let Detail::Quote(q) = &a.detail {
            prop_assert!(a.span.start >= last, "quotes sorted by start");
            last = a.span.start;
            for s in [q.speaker_span, q.cue_span].into_iter().flatten() {
                prop_assert!(s.end <= text.len());
                prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
        }
    }
    Ok(())
}

/// Pieces news text is made of, quote marks over-represented.
const PIECES: &[&str] = &[
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "'",
    "«",
    "»",
    "„",
    "‹",
    "›",
    " ",
    " ",
    "\n",
    "\n\n",
    ".",
    ",",
    ":",
    "Ana Diaz",
    "Sir Tom",
    "the Prime Minister",
    "said",
    "told",
    "he",
    "she",
    "it",
    "a spokesman for",
    "We will win",
    "according to",
    "é",
    "👍",
    "Zelenskiy",
    "Mr",
    "Downing Street",
    "and",
    "that",
    "…",
    "—",
    "(",
    ")",
    // Words of the attribution rules: asides, relative clauses, passives,
    // credits closing a sentence, offices.
    " - ",
    " – ",
    "who",
    "by",
    "as",
    "described",
    "the",
    "Councillor",
    "did",
    "in July",
    "meanwhile",
    "saying",
    "claimed",
    "reports",
    "were",
    "chancellor",
    "shadow",
    "Lib Dems",
    "Scottish Executive",
    "reminded",
    "seller",
    "Workers",
    "Union",
    "Economic",
    "Council",
    "Tory leader",
    "government",
    "U.S.",
    "don’t",
    "’90s",
];

proptest! {
    #[test]
    fn never_panics_on_any_text(text in "\\PC{0,200}") {
        assert_spans_ok(&text)?;
    }

    #[test]
    fn never_panics_on_quote_soup(parts in proptest::collection::vec(0..PIECES.len(), 0..80)) {
        let text: String = parts.iter().map(|&i| PIECES[i]).collect();
        assert_spans_ok(&text)?;
    }
}
