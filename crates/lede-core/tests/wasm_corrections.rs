//! The correction log and the exports in a real browser: compiled for wasm32
//! and run in headless Chromium by wasm-bindgen-test (`scripts/test`, step
//! "wasm"), where the app uses them. Natively they are skipped (the unit and
//! property tests in `src/corrections` and `src/export` cover the same).
#![cfg(target_arch = "wasm32")]

use lede_core::corrections::{apply, log_from_items, storage, Log, Op};
use lede_core::export::{import, w3c, ExportOptions};
use lede_core::sample::SAMPLE_ARTICLE;
use lede_core::{Document, Kind, Status};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn corrections_apply_undo_redo_and_survive_storage() {
    let doc = Document::new(SAMPLE_ARTICLE);
    let machine = lede_core::extract(&doc).annotations;
    let mut log = Log::default();
    let before = apply(&doc, &machine, &log);
    assert!(!before.items.is_empty());
    log.push(Op::reject(&doc, &before.items[0]));
    let start = SAMPLE_ARTICLE.find("Harbour").unwrap_or(0);
    log.push(Op::add(
        &doc,
        start..start + 7,
        Kind::Entity,
        log.next_user_id(),
    ));
    let after = apply(&doc, &machine, &log);
    assert_eq!(
        after.get(&before.items[0].id).map(|it| it.status),
        Some(Status::Rejected)
    );
    assert!(after.get("u:1").is_some());
    assert!(after.orphans.is_empty());
    log.undo();
    log.undo();
    assert_eq!(apply(&doc, &machine, &log), before);
    log.redo();
    log.redo();
    // Stored and read back, and re-attached after the text gains a first line.
    let entry = storage::Entry {
        text: SAMPLE_ARTICLE.to_string(),
        title: None,
        log,
        created: 1,
        modified: 2,
    };
    let read = storage::decode(&storage::encode(&entry)).expect("decodes");
    assert_eq!(read, entry);
    let shifted = Document::new(format!("Updated 👍🏽\n{SAMPLE_ARTICLE}"));
    let shifted_machine = lede_core::extract(&shifted).annotations;
    let moved = apply(&shifted, &shifted_machine, &read.log);
    assert!(moved.orphans.is_empty(), "{:?}", moved.orphans);
    assert_eq!(moved.progress().0, 2);
}

#[wasm_bindgen_test]
fn w3c_export_imports_back_to_the_same_corrections() {
    let doc = Document::new(SAMPLE_ARTICLE);
    let machine = lede_core::extract(&doc).annotations;
    let mut log = Log::default();
    let items = apply(&doc, &machine, &log).items;
    log.push(Op::accept(&doc, &items[1]));
    let applied = apply(&doc, &machine, &log);
    let options = ExportOptions {
        include_rejected: true,
        ..ExportOptions::default()
    };
    let file = w3c::to_string_pretty(&doc, &applied.items, &options);
    let imported = import::import(&file, None).expect("imports");
    assert!(imported.unplaced.is_empty());
    let again = apply(
        &doc,
        &machine,
        &log_from_items(&doc, &machine, &imported.items),
    );
    assert_eq!(w3c::to_string_pretty(&doc, &again.items, &options), file);
}
