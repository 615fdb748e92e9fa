//! The BBC corpus for the core's own tests, read at run time.
//!
//! What it does: [`articles`] reads the `.txt` articles of
//! `../shared/corpus/bbc-news-fulltext` (beside the workspace), in file
//! name order; when the folder is missing it says so loudly and gives
//! `None`, so the calling test checks nothing rather than failing.
//! Why: several rules are proved equal to a slower or unlimited version on
//! real news text; the corpus is never copied into the project.
//! Example: `let Some(texts) = test_corpus::articles("blocks") else { return };`

use std::path::Path;

/// The corpus articles' texts, or `None` (after a message naming `what`,
/// the check that is skipped) when the corpus is missing. Asserts that
/// more than 100 kB were read, so a truncated corpus is no silent pass.
pub(crate) fn articles(what: &str) -> Option<Vec<String>> {
    let dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/bbc-news-fulltext");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!(
            "!!! {} is missing: {what} not checked on the corpus",
            dir.display()
        );
        return None;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| std::fs::read_to_string(p).unwrap_or_default())
        .collect();
    let read: usize = texts.iter().map(String::len).sum();
    assert!(read > 100_000, "corpus too small: {read} bytes");
    Some(texts)
}
