//! The core in a real browser: these tests compile for wasm32 and run in
//! headless Chromium through wasm-bindgen-test (`scripts/test`, step "wasm").
//!
//! They check what can differ between native and wasm32 builds: extraction
//! over real text terminates without panicking, spans stay on character
//! boundaries, byte/code-point/UTF-16 conversions agree with a naive oracle,
//! and the JSON export round-trips. Natively they are skipped (the same
//! properties are tested there by the unit and property tests).
#![cfg(target_arch = "wasm32")]

use lede_core::export::json::{self, ExportOptions};
use lede_core::sample::SAMPLE_ARTICLE;
use lede_core::{CharIndex, Document, Kind};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// Texts with ASCII, accents, emoji, curly quotes and odd whitespace.
const TEXTS: &[&str] = &[
    "",
    " ",
    "“",
    "The mayor said 12 boats left.",
    "Café owners 👍 said “we lost 40% of trade”, the survey found.\n\nNext 3 days.",
    "\u{feff}Zero\u{200b}width 7\u{a0}km and 2\r\n4 tonnes ‘scare’ quotes",
];

/// Checks the span invariants of every annotation of `text`.
fn check_spans(text: &str) {
    let doc = Document::new(text);
    let extraction = lede_core::extract(&doc);
    for a in &extraction.annotations {
        assert!(a.span.start <= a.span.end, "{:?} in {text:?}", a.span);
        assert!(a.span.end <= text.len(), "{:?} in {text:?}", a.span);
        assert!(
            text.is_char_boundary(a.span.start),
            "{:?} in {text:?}",
            a.span
        );
        assert!(
            text.is_char_boundary(a.span.end),
            "{:?} in {text:?}",
            a.span
        );
    }
    let starts: Vec<usize> = extraction
        .annotations
        .iter()
        .map(|a| a.span.start)
        .collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]), "sorted by start");
}

#[wasm_bindgen_test]
fn sample_article_has_figures_on_char_boundaries() {
    let doc = Document::new(SAMPLE_ARTICLE);
    let extraction = lede_core::extract(&doc);
    let figures = extraction
        .annotations
        .iter()
        .filter(|a| a.kind() == Kind::Figure)
        .count();
    assert!(figures > 0, "the sample article has figures");
    check_spans(SAMPLE_ARTICLE);
}

#[wasm_bindgen_test]
fn extraction_is_total_on_odd_texts() {
    for text in TEXTS {
        check_spans(text);
    }
    // Prefixes of the sample cut at every 97th character.
    for (cut, _) in SAMPLE_ARTICLE.char_indices().step_by(97) {
        check_spans(&SAMPLE_ARTICLE[..cut]);
    }
}

#[wasm_bindgen_test]
fn offsets_agree_with_naive_oracle() {
    for text in TEXTS.iter().copied().chain([SAMPLE_ARTICLE]) {
        let ix = CharIndex::new(text);
        assert_eq!(ix.len_chars(), text.chars().count());
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let ch = text[..byte].chars().count();
            let unit = text[..byte].encode_utf16().count();
            assert_eq!(ix.char_of_byte(byte), ch, "{text:?} at {byte}");
            assert_eq!(ix.byte_of_char(ch), byte, "{text:?} at {byte}");
            assert_eq!(ix.utf16_of_byte(byte), unit, "{text:?} at {byte}");
            assert_eq!(ix.byte_of_utf16(unit), byte, "{text:?} at {byte}");
        }
    }
}

#[wasm_bindgen_test]
fn json_export_round_trips_with_code_point_offsets() {
    let doc = Document::new(SAMPLE_ARTICLE);
    let items = lede_core::extract(&doc).items();
    let text = json::to_string_pretty(&doc, &items, &ExportOptions::default());
    let file: json::FileV1 = serde_json::from_str(&text).expect("export parses back");
    assert_eq!(file.version, json::VERSION);
    assert_eq!(file.annotations.len(), items.len());
    let chars: Vec<char> = SAMPLE_ARTICLE.chars().collect();
    for a in &file.annotations {
        let slice: String = chars[a.start..a.end].iter().collect();
        assert_eq!(slice, a.text, "{} {}..{}", a.kind, a.start, a.end);
    }
}
