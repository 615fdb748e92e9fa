//! Export tests: golden files of the built-in sample in every format,
//! export → import → export round trips, a code point property over random
//! Unicode, and a structural check of the W3C output.
//!
//! The golden files test the exporters, not the extractors: they are made from
//! the sample text with a fixed list of machine annotations written here, plus
//! a fixed correction log applied on top. Regenerate them after an intended
//! change with:
//!
//! ```text
//! UPDATE_EXPECT=1 cargo test -p lede-core golden
//! ```

use super::*;
use crate::corrections::{apply, log_from_items, Attribute, Log, Op};
use crate::model::{
    Annotation, Claim, ClaimKind, Detail, Entity, EntityKind, Figure, FigureKind, Kind, Qualifier,
    Quote, QuoteStyle, Span,
};
use crate::sample::{SAMPLE_ARTICLE, SAMPLE_TITLE};
use crate::text::Document;
use proptest::prelude::*;
use serde_json::Value;

/// The byte span of the `n`-th (1-based) occurrence of `needle` in `text`.
fn find(text: &str, needle: &str, n: usize) -> Span {
    let start = text
        .match_indices(needle)
        .nth(n - 1)
        .unwrap_or_else(|| panic!("«{needle}» #{n} is not in the sample"))
        .0;
    Span::new(start, start + needle.len())
}

fn figure(
    text: &str,
    needle: &str,
    value: f64,
    unit: Option<&str>,
    qualifier: Qualifier,
    kind: FigureKind,
    display: &str,
) -> Annotation {
    Annotation {
        span: find(text, needle, 1),
        confidence: 0.9,
        detail: Detail::Figure(Figure {
            value: Some(value),
            value_high: None,
            qualifier,
            unit: unit.map(str::to_string),
            kind,
            display: display.to_string(),
            iso: None,
        }),
    }
}

/// A fixed set of machine annotations on the sample (not the extractor's).
fn sample_machine(text: &str) -> Vec<Annotation> {
    let mut out = vec![
        figure(
            text,
            "£240m",
            240_000_000.0,
            Some("GBP"),
            Qualifier::Exact,
            FigureKind::Money,
            "£240m",
        ),
        figure(
            text,
            "more than 60 years",
            60.0,
            Some("year"),
            Qualifier::Over,
            FigureKind::Duration,
            "60+ years",
        ),
        figure(
            text,
            "about 3,500 homes",
            3500.0,
            Some("home"),
            Qualifier::About,
            FigureKind::Count,
            "~3,500 homes",
        ),
        Annotation {
            span: find(text, "14 March 2025", 1),
            confidence: 0.95,
            detail: Detail::Figure(Figure {
                value: None,
                value_high: None,
                qualifier: Qualifier::Exact,
                unit: None,
                kind: FigureKind::Date,
                display: "14 March 2025".to_string(),
                iso: Some("2025-03-14".to_string()),
            }),
        },
        figure(
            text,
            "up to 15%",
            15.0,
            Some("percent"),
            Qualifier::AtMost,
            FigureKind::Percent,
            "≤15%",
        ),
    ];
    out.push(Annotation {
        span: find(
            text,
            "We will not let this happen to our residents again,",
            1,
        ),
        confidence: 0.8,
        detail: Detail::Quote(Quote {
            style: QuoteStyle::Direct,
            speaker: Some("Amina Okafor".to_string()),
            speaker_mention: Some("Ms Okafor".to_string()),
            speaker_span: Some(find(text, "Ms Okafor", 1)),
            cue: Some("told".to_string()),
            cue_span: Some(find(text, "told", 1)),
            marks: None,
        }),
    });
    out.push(Annotation {
        span: find(text, "a generational investment", 1),
        confidence: 0.7,
        detail: Detail::Quote(Quote {
            style: QuoteStyle::Direct,
            speaker: Some("Tom Hale".to_string()),
            speaker_mention: Some("Tom Hale".to_string()),
            speaker_span: Some(find(text, "Tom Hale", 1)),
            cue: Some("described".to_string()),
            cue_span: Some(find(text, "described", 1)),
            marks: None,
        }),
    });
    out.push(Annotation {
        span: find(text, "paper wall", 1),
        confidence: 0.6,
        detail: Detail::Quote(Quote {
            style: QuoteStyle::Direct,
            speaker: Some("Peter Lindqvist".to_string()),
            ..Quote::default()
        }),
    });
    out.push(Annotation {
        span: find(
            text,
            "“Every household in the lower town will be protected by 2030.”",
            1,
        ),
        confidence: 0.75,
        detail: Detail::Claim(Claim {
            score: 0.82,
            kind: ClaimKind::Commitment,
            reasons: ["future tense", "has a date"].into_iter().collect(),
        }),
    });
    out.push(Annotation {
        span: find(text, "Amina Okafor", 1),
        confidence: 0.9,
        detail: Detail::Entity(Entity {
            name: "Amina Okafor".into(),
            entity_kind: EntityKind::Person,
        }),
    });
    out.push(Annotation {
        span: find(text, "Tom Hale", 1),
        confidence: 0.9,
        detail: Detail::Entity(Entity {
            name: "Tom Hale".into(),
            entity_kind: EntityKind::Person,
        }),
    });
    out
}

/// The fixed corrections: accept, reject, retype, move a boundary, edit
/// attributes, add, and an undone op.
fn sample_log(doc: &Document, machine: &[Annotation]) -> Log {
    let mut log = Log::default();
    let text = doc.text();
    let item = |log: &Log, needle: &str| {
        let span = find(text, needle, 1);
        apply(doc, machine, log)
            .items
            .into_iter()
            .find(|it| it.annotation.span == span)
            .unwrap_or_else(|| panic!("no item «{needle}»"))
    };
    log.push(Op::accept(doc, &item(&log, "£240m")));
    log.push(Op::reject(doc, &item(&log, "paper wall")));
    log.push(Op::set(
        doc,
        &item(&log, "a generational investment"),
        Attribute::QuoteStyle(QuoteStyle::Partial),
    ));
    log.push(Op::set_span(
        doc,
        &item(&log, "up to 15%"),
        find(text, "15%", 1),
    ));
    log.push(Op::set(
        doc,
        &item(&log, "15%"),
        Attribute::Qualifier(Qualifier::Exact),
    ));
    let id = log.next_user_id();
    log.push(Op::Add {
        id,
        kind: Kind::Figure,
        span: crate::corrections::Anchor::new(doc, find(text, "42 ferry crossings", 1)),
        attributes: vec![
            Attribute::Value(Some(42.0)),
            Attribute::Unit(Some("ferry crossing".to_string())),
        ],
    });
    let id = log.next_user_id();
    log.push(Op::add(
        doc,
        find(text, "too little, too late", 1),
        Kind::Quote,
        id,
    ));
    log.push(Op::set(
        doc,
        &item(&log, "too little, too late"),
        Attribute::Speaker(Some("Peter Lindqvist".to_string())),
    ));
    log.push(Op::accept(doc, &item(&log, "Amina Okafor")));
    log.undo();
    log
}

/// The sample document with the fixed annotations and corrections applied.
fn sample() -> (Document, Vec<Annotation>, Vec<crate::model::Item>) {
    let doc = Document::new(SAMPLE_ARTICLE);
    let machine = sample_machine(doc.text());
    let log = sample_log(&doc, &machine);
    let applied = apply(&doc, &machine, &log);
    assert!(applied.orphans.is_empty(), "{:?}", applied.orphans);
    (doc, machine, applied.items)
}

fn options() -> ExportOptions {
    ExportOptions {
        title: Some(SAMPLE_TITLE.to_string()),
        ..ExportOptions::default()
    }
}

/// Compares `actual` with the committed golden file `name` byte for byte, or
/// rewrites the file when `UPDATE_EXPECT` is set.
#[allow(
    clippy::disallowed_methods,
    reason = "the golden-file harness is the one place tests touch files"
)]
fn golden(name: &str, actual: &str) {
    let path = format!("{}/testdata/golden/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, actual).unwrap_or_else(|e| panic!("{path}: {e}"));
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if expected != actual {
        let line = expected
            .split_inclusive('\n')
            .zip(actual.split_inclusive('\n'))
            .position(|(a, b)| a != b)
            .map_or(expected.lines().count().min(actual.lines().count()), |i| i)
            + 1;
        panic!(
            "{path} differs from the export (first at line {line}).\n\
             If the change is intended, regenerate with: UPDATE_EXPECT=1 cargo test -p lede-core golden\n\
             --- expected line: {:?}\n+++ actual line:   {:?}",
            expected.lines().nth(line - 1),
            actual.lines().nth(line - 1)
        );
    }
}

#[test]
fn golden_lede_json() {
    let (doc, _, items) = sample();
    let all = ExportOptions {
        include_rejected: true,
        ..options()
    };
    golden(
        "sample.json",
        &(json::to_string_pretty(&doc, &items, &all) + "\n"),
    );
}

#[test]
fn golden_w3c() {
    let (doc, _, items) = sample();
    golden(
        "sample.w3c.jsonld",
        &(w3c::to_string_pretty(&doc, &items, &options()) + "\n"),
    );
}

#[test]
fn golden_csv() {
    let (doc, _, items) = sample();
    golden("sample.csv", &csv::to_string(&doc, &items, &options()));
}

#[test]
fn golden_brat() {
    let (doc, _, items) = sample();
    let files = brat::to_brat(&doc, &items, &options());
    golden("sample.txt", &files.txt);
    golden("sample.ann", &files.ann);
}

#[test]
fn golden_spacy() {
    let (doc, _, items) = sample();
    golden(
        "sample.spacy.jsonl",
        &(spacy::to_line(&doc, &items, &options()) + "\n"),
    );
}

#[test]
fn golden_storage_entry() {
    let doc = Document::new(SAMPLE_ARTICLE);
    let machine = sample_machine(doc.text());
    let entry = crate::corrections::storage::Entry {
        text: SAMPLE_ARTICLE.to_string(),
        title: Some(SAMPLE_TITLE.to_string()),
        log: sample_log(&doc, &machine),
        created: 1_763_900_000_000,
        modified: 1_763_900_060_000,
    };
    let encoded = crate::corrections::storage::encode(&entry);
    assert_eq!(crate::corrections::storage::decode(&encoded), Ok(entry));
    let v1 = crate::corrections::storage::migrate(serde_json::from_str(&encoded).unwrap()).unwrap();
    golden(
        "sample.entry.json",
        &(serde_json::to_string_pretty(&v1).unwrap_or_default() + "\n"),
    );
}

#[test]
fn csv_is_rfc4180_and_reads_back() {
    let (doc, _, items) = sample();
    let out = csv::to_string(&doc, &items, &options());
    assert!(out.starts_with(csv::BOM));
    assert!(out.ends_with("\r\n"));
    // Every record ends in CRLF: no bare LF outside quoted fields.
    let records = csv::parse(&out);
    assert_eq!(records[0], csv::COLUMNS);
    let ix = doc.index();
    for r in &records[1..] {
        assert_eq!(r.len(), csv::COLUMNS.len(), "{r:?}");
        let (start, end): (usize, usize) = (r[2].parse().unwrap(), r[3].parse().unwrap());
        let span = Span::new(ix.byte_of_char(start), ix.byte_of_char(end));
        assert_eq!(doc.slice(span), r[4]);
    }
    assert!(records.iter().any(|r| r[4].contains(',')), "a quoted comma");
}

/// Export → import → corrections → apply → export gives the same file.
fn round_trip(export: impl Fn(&Document, &[crate::model::Item]) -> String) {
    let (doc, machine, items) = sample();
    let first = export(&doc, &items);
    let imported = import::import(&first, None).unwrap();
    assert!(imported.unplaced.is_empty(), "{:?}", imported.unplaced);
    assert_eq!(imported.text, doc.text());
    let log = log_from_items(&doc, &machine, &imported.items);
    let applied = apply(&doc, &machine, &log);
    assert!(applied.orphans.is_empty(), "{:?}", applied.orphans);
    let second = export(&doc, &applied.items);
    if first != second {
        let line = first
            .lines()
            .zip(second.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "round trip differs at line {}:\n  first:  {:?}\n  second: {:?}",
            line + 1,
            first.lines().nth(line),
            second.lines().nth(line)
        );
    }
}

#[test]
fn lede_json_round_trips() {
    round_trip(|doc, items| {
        json::to_string_pretty(
            doc,
            items,
            &ExportOptions {
                include_rejected: true,
                ..options()
            },
        )
    });
}

#[test]
fn w3c_round_trips() {
    round_trip(|doc, items| {
        w3c::to_string_pretty(
            doc,
            items,
            &ExportOptions {
                include_rejected: true,
                ..options()
            },
        )
    });
}

#[test]
fn import_onto_a_changed_text_reanchors_and_reports() {
    let (doc, _, items) = sample();
    // The text gained a line at the top, lost the sentence with the ferry
    // crossings, and got a double space inside "Amina Okafor".
    let removed = "The storm forced the closure of the city’s two main bridges for three days \
                   and cancelled 42 ferry crossings. ";
    assert!(doc.text().contains(removed));
    let changed = format!(
        "UPDATED 🌊 Ünïcode line\r\n{}",
        doc.text()
            .replace(removed, "")
            .replacen("Amina Okafor", "Amina  Okafor", 1)
    );
    let new_doc = Document::new(changed.clone());
    for file in [
        json::to_string_pretty(&doc, &items, &options()),
        w3c::to_string_pretty(&doc, &items, &options()),
    ] {
        let imported = import::import(&file, Some(&changed)).unwrap();
        assert_eq!(imported.text, changed);
        let unplaced: Vec<&str> = imported.unplaced.iter().map(|u| u.exact.as_str()).collect();
        assert_eq!(unplaced, ["42 ferry crossings"]);
        assert_eq!(
            imported.items.len(),
            items.len() - 2,
            "all but the rejected and the removed"
        );
        for it in &imported.items {
            let original = items.iter().find(|o| o.id == it.id).unwrap();
            let expected = doc
                .slice(original.annotation.span)
                .replace("Amina Okafor", "Amina  Okafor");
            assert_eq!(new_doc.slice(it.annotation.span), expected);
        }
        // The quote's speaker mention moved with it.
        let quote = imported
            .items
            .iter()
            .find(|it| new_doc.slice(it.annotation.span).starts_with("We will not"))
            .unwrap();
        match &quote.annotation.detail {
            Detail::Quote(q) => assert_eq!(new_doc.slice(q.speaker_span.unwrap()), "Ms Okafor"),
            other => panic!("{other:?}"),
        }
    }
}

/// Imports `input` and names the error's kind (`ok` for success).
fn check_import(input: &str, expected: &str) {
    let got = match import::import(input, None) {
        Ok(_) => "ok",
        Err(e) => match e.kind() {
            crate::ErrorKind::NotJson { .. } => "not_json",
            crate::ErrorKind::WrongFormat { .. } => "wrong_format",
            crate::ErrorKind::NewerVersion { .. } => "newer_version",
            crate::ErrorKind::Invalid { .. } => "invalid",
        },
    };
    assert_eq!(got, expected, "{input:.200}");
}

#[test]
fn bad_files_are_clear_errors() {
    let (doc, _, items) = sample();
    let lede = json::to_string_pretty(&doc, &items, &options());
    let w3c = w3c::to_string_pretty(&doc, &items, &options());
    check_import(&lede, "ok");
    check_import(&w3c, "ok");
    check_import("id,kind\r\n1,figure\r\n", "not_json");
    check_import("{\"format\": \"lede.annotations\", ", "not_json");
    check_import("{\"hello\": 1}", "wrong_format");
    check_import("[]", "wrong_format");
    check_import("\"text\"", "wrong_format");
    check_import(
        r#"{"format": "lede.document", "version": 1}"#,
        "wrong_format",
    );
    check_import(
        &lede.replace("\"version\": 1", "\"version\": 2"),
        "newer_version",
    );
    check_import(
        &lede.replace("\"kind\": \"quote\"", "\"kind\": \"quip\""),
        "invalid",
    );
    check_import(
        &lede.replace("\"status\": \"accepted\"", "\"status\": \"fine\""),
        "invalid",
    );
    // A W3C file without the embedded text needs the text from the caller.
    let mut v: Value = serde_json::from_str(&w3c).unwrap();
    if let Some(o) = v.as_object_mut() {
        o.remove("lede:text");
    }
    let bare = v.to_string();
    check_import(&bare, "invalid");
    let imported = import::import(&bare, Some(doc.text())).unwrap();
    assert!(imported.unplaced.is_empty());
    let e = import::import(&lede.replace("\"version\": 1", "\"version\": 3"), None).unwrap_err();
    assert!(e.to_string().contains("newer Lede"), "{e}");
}

#[test]
fn foreign_w3c_annotation_imports_as_user_item() {
    let foreign = r#"{
      "@context": "http://www.w3.org/ns/anno.jsonld",
      "id": "http://example.org/anno1",
      "type": "Annotation",
      "motivation": "classifying",
      "body": {"type": "TextualBody", "purpose": "classifying", "value": "claim"},
      "target": {"source": "http://example.org/page",
                 "selector": {"type": "TextQuoteSelector", "exact": "too little, too late"}}
    }"#;
    let imported = import::import(foreign, Some(SAMPLE_ARTICLE)).unwrap();
    assert_eq!(imported.items.len(), 1);
    let it = &imported.items[0];
    assert_eq!(it.annotation.kind(), Kind::Claim);
    assert_eq!(
        &SAMPLE_ARTICLE[it.annotation.span.range()],
        "too little, too late"
    );
}

#[test]
fn foreign_w3c_annotation_with_only_a_position() {
    let start = SAMPLE_ARTICLE.find("2.4km").unwrap();
    let cp = SAMPLE_ARTICLE[..start].chars().count();
    let foreign = format!(
        r#"[{{"type": "Annotation", "motivation": "highlighting",
             "body": {{"type": "TextualBody", "purpose": "classifying", "value": "figure"}},
             "target": {{"source": "x:y", "selector": {{"type": "TextPositionSelector", "start": {cp}, "end": {}}}}}}},
            {{"type": "Annotation",
             "body": {{"type": "TextualBody", "purpose": "classifying", "value": "figure"}},
             "target": {{"source": "x:y", "selector": {{"type": "TextPositionSelector", "start": 5, "end": 99999}}}}}}]"#,
        cp + 5
    );
    let imported = import::import(&foreign, Some(SAMPLE_ARTICLE)).unwrap();
    assert_eq!(imported.items.len(), 1);
    assert_eq!(
        &SAMPLE_ARTICLE[imported.items[0].annotation.span.range()],
        "2.4km"
    );
    assert_eq!(imported.unplaced.len(), 1);
    assert_eq!(
        imported.unplaced[0].reason,
        "its position is outside the text"
    );
}

/// Checks the W3C output against the Web Annotation data model's required
/// keys and types (§3.1 Annotation, §3.2.4 TextualBody, §4 Selectors, §5.1
/// AnnotationCollection / AnnotationPage).
fn validate_w3c(v: &Value, doc: &Document) {
    let s = |v: &Value, k: &str| -> String {
        v.get(k)
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("missing string {k} in {v}"))
            .to_string()
    };
    let context = &v["@context"];
    let has_anno_context = match context {
        Value::String(c) => c == w3c::ANNO_CONTEXT,
        Value::Array(cs) => cs.iter().any(|c| c == w3c::ANNO_CONTEXT),
        _ => false,
    };
    assert!(
        has_anno_context,
        "@context must include {}",
        w3c::ANNO_CONTEXT
    );
    assert_eq!(s(v, "type"), "AnnotationCollection");
    assert!(s(v, "id").contains(':'), "the collection id is an IRI");
    let page = &v["first"];
    assert_eq!(s(page, "type"), "AnnotationPage");
    let items = page["items"].as_array().expect("first.items is an array");
    assert_eq!(v["total"].as_u64(), Some(items.len() as u64));
    let ids: Vec<String> = items.iter().map(|a| s(a, "id")).collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "annotation ids are unique");
    let motivations = [
        "assessing",
        "bookmarking",
        "classifying",
        "commenting",
        "describing",
        "editing",
        "highlighting",
        "identifying",
        "linking",
        "moderating",
        "questioning",
        "replying",
        "tagging",
    ];
    let check_resource = |r: &Value| {
        assert_eq!(s(r, "type"), "SpecificResource");
        assert!(s(r, "source").contains(':'), "source is an IRI");
        let selectors = r["selector"].as_array().expect("selector array");
        let quote = selectors
            .iter()
            .find(|x| x["type"] == "TextQuoteSelector")
            .expect("a TextQuoteSelector");
        let position = selectors
            .iter()
            .find(|x| x["type"] == "TextPositionSelector")
            .expect("a TextPositionSelector");
        let exact = s(quote, "exact");
        s(quote, "prefix");
        s(quote, "suffix");
        let start = position["start"].as_u64().expect("start is a number") as usize;
        let end = position["end"].as_u64().expect("end is a number") as usize;
        assert!(start <= end);
        let chars: String = doc.text().chars().skip(start).take(end - start).collect();
        assert_eq!(chars, exact, "position and quote selectors agree");
    };
    for a in items {
        assert!(s(a, "id").contains(':'), "annotation id is an IRI");
        assert_eq!(s(a, "type"), "Annotation");
        let motivation = s(a, "motivation");
        assert!(motivations.contains(&motivation.as_str()), "{motivation}");
        let bodies = a["body"].as_array().expect("body array");
        assert!(!bodies.is_empty());
        if motivation == "linking" {
            bodies.iter().for_each(check_resource);
            assert!(ids.contains(&a["target"].as_str().expect("target IRI").to_string()));
            continue;
        }
        for b in bodies {
            assert_eq!(s(b, "type"), "TextualBody");
            s(b, "value");
            assert!(motivations.contains(&s(b, "purpose").as_str()));
            if let Some(f) = b.get("format") {
                assert!(f.as_str().expect("format is a string").contains('/'));
            }
        }
        check_resource(&a["target"]);
        if let Some(c) = a.get("creator") {
            assert!(["Person", "Organization", "Software"].contains(&s(c, "type").as_str()));
        }
    }
}

#[test]
fn w3c_is_structurally_valid() {
    let (doc, _, items) = sample();
    let all = ExportOptions {
        include_rejected: true,
        source: Some("https://example.org/news/flood".to_string()),
        ..options()
    };
    for options in [options(), all] {
        let v: Value = serde_json::from_str(&w3c::to_string_pretty(&doc, &items, &options))
            .expect("valid JSON");
        validate_w3c(&v, &doc);
        let links = v["first"]["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| a["motivation"] == "linking")
            .count();
        assert_eq!(links, 2, "two quotes have speaker mentions");
    }
}

/// Items over every non-empty code point range up to a few characters,
/// kind by position, for the property tests.
fn random_items(doc: &Document, cuts: &[(usize, usize)]) -> Vec<crate::model::Item> {
    let n = doc.index().len_chars();
    if n == 0 {
        return Vec::new();
    }
    let ix = doc.index();
    let kinds = [Kind::Figure, Kind::Quote, Kind::Claim, Kind::Entity];
    cuts.iter()
        .enumerate()
        .map(|(i, (a, len))| {
            let start = a % n;
            let end = (start + 1 + len).min(n);
            let span = Span::new(ix.byte_of_char(start), ix.byte_of_char(end));
            let kind = kinds[i % 4];
            let mut detail = crate::corrections::default_detail(kind, doc.slice(span));
            if let Detail::Quote(q) = &mut detail {
                q.speaker_span = Some(span);
                q.speaker = Some("S".to_string());
            }
            crate::model::Item {
                id: format!("u:{}", i + 1),
                origin: crate::model::Origin::User,
                status: crate::model::Status::Accepted,
                annotation: Annotation {
                    span,
                    confidence: 1.0,
                    detail,
                },
            }
        })
        .collect()
}

/// The code point slice `start..end` of `text`.
fn cp_slice(text: &str, start: usize, end: usize) -> String {
    text.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Every exported span's text equals the code point slice of the document
    /// (JSON, W3C, CSV, spaCy) or of the `.txt` file (brat), for any Unicode
    /// text including emoji, combining marks, CJK and CRLF.
    #[test]
    fn exported_spans_are_code_point_slices(
        text in "(\\PC|\r\n|\n|e\u{301}|👍🏽|漢字){1,40}",
        cuts in proptest::collection::vec((0usize..64, 0usize..6), 1..6),
    ) {
        let doc = Document::new(text.clone());
        let items = random_items(&doc, &cuts);
        let opts = ExportOptions::default();

        let file = json::to_file(&doc, &items, &opts);
        for a in &file.annotations {
            prop_assert_eq!(cp_slice(&text, a.start, a.end), a.text.clone());
            if let Some(sp) = a.quote.as_ref().and_then(|q| q.speaker_span) {
                prop_assert_eq!(cp_slice(&text, sp.start, sp.end), a.text.clone());
            }
        }

        let w: Value = serde_json::from_str(&w3c::to_string_line(&doc, &items, &opts)).unwrap();
        validate_w3c(&w, &doc);

        for r in &csv::parse(&csv::to_string(&doc, &items, &opts))[1..] {
            let (s, e): (usize, usize) = (r[2].parse().unwrap(), r[3].parse().unwrap());
            prop_assert_eq!(cp_slice(&text, s, e), r[4].clone());
        }

        let line: spacy::Line = serde_json::from_str(&spacy::to_line(&doc, &items, &opts)).unwrap();
        prop_assert_eq!(line.spans.len(), items.len());
        for it in &items {
            let s = doc.index().char_of_byte(it.annotation.span.start);
            let e = doc.index().char_of_byte(it.annotation.span.end);
            prop_assert!(line.spans.iter().any(|sp| sp.start == s && sp.end == e
                && cp_slice(&line.text, sp.start, sp.end) == doc.slice(it.annotation.span)));
        }

        let b = brat::to_brat(&doc, &items, &opts);
        prop_assert!(!b.txt.contains('\r'));
        for l in b.ann.lines().filter(|l| l.starts_with('T')) {
            let fields: Vec<&str> = l.split('\t').collect();
            prop_assert_eq!(fields.len(), 3, "{}", l);
            let (_, ranges) = fields[1].split_once(' ').unwrap();
            let parts: Vec<String> = ranges
                .split(';')
                .map(|r| {
                    let (s, e) = r.split_once(' ').unwrap();
                    cp_slice(&b.txt, s.parse().unwrap(), e.parse().unwrap())
                })
                .collect();
            prop_assert!(parts.iter().all(|p| !p.contains('\n') && !p.is_empty()));
            prop_assert_eq!(parts.join(" "), fields[2].to_string());
        }
    }

    /// Lede JSON and W3C survive export → import → export for random Unicode
    /// documents.
    #[test]
    fn random_documents_round_trip(
        text in "(\\PC|\r\n|e\u{301}|👍🏽){1,30}",
        cuts in proptest::collection::vec((0usize..64, 0usize..6), 0..5),
    ) {
        let doc = Document::new(text.clone());
        let mut items = random_items(&doc, &cuts);
        // User annotations have no speaker mention (only the machine finds one).
        for it in &mut items {
            if let Detail::Quote(q) = &mut it.annotation.detail {
                q.speaker_span = None;
            }
        }
        crate::corrections::sort_items(&mut items);
        let opts = ExportOptions::default();
        for export in [json::to_string_pretty, w3c::to_string_pretty] {
            let first = export(&doc, &items, &opts);
            let imported = import::import(&first, None).unwrap();
            prop_assert!(imported.unplaced.is_empty());
            let log = log_from_items(&doc, &[], &imported.items);
            let applied = apply(&doc, &[], &log);
            prop_assert!(applied.orphans.is_empty(), "{:?}", applied.orphans);
            let again = export(&doc, &applied.items, &opts);
            let diff = first.lines().zip(again.lines()).find(|(a, b)| a != b);
            prop_assert!(first == again, "first difference: {:?}", diff);
        }
    }

    /// Import and stored-entry decoding never panic, whatever the input:
    /// random text, or a real export with a random slice cut out or a value
    /// replaced.
    #[test]
    fn import_and_decode_are_total(
        junk in "\\PC{0,80}",
        cut in (0usize..20_000, 0usize..400),
        replacement in "(\\PC|[{}\\[\\]\",:0-9]){0,12}",
    ) {
        let _ = import::import(&junk, None);
        let _ = crate::corrections::storage::decode(&junk);
        let (doc, machine, items) = sample();
        let all = ExportOptions { include_rejected: true, ..options() };
        let entry = crate::corrections::storage::encode(&crate::corrections::storage::Entry {
            text: doc.text().to_string(),
            title: None,
            log: sample_log(&doc, &machine),
            created: 0,
            modified: 0,
        });
        for file in [
            json::to_string_pretty(&doc, &items, &all),
            w3c::to_string_line(&doc, &items, &all),
            entry,
        ] {
            let start = crate::corrections::anchor_floor(&file, cut.0 % file.len());
            let end = crate::corrections::anchor_floor(&file, (start + cut.1).min(file.len()));
            let broken = format!("{}{}{}", &file[..start], replacement, &file[end..]);
            if let Ok(imported) = import::import(&broken, None) {
                // Whatever was read is placed on its text.
                let d = Document::new(imported.text.clone());
                for it in &imported.items {
                    prop_assert!(d.text().get(it.annotation.span.range()).is_some());
                }
                let _ = log_from_items(&d, &[], &imported.items);
            }
            if let Ok(entry) = crate::corrections::storage::decode(&broken) {
                let d = Document::new(entry.text.clone());
                let _ = apply(&d, &[], &entry.log);
            }
            let _ = import::import(&broken, Some("some other text"));
        }
    }
}
