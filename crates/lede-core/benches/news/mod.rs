//! News text for the benchmarks and the `stages` example: the BBC corpus
//! articles in `../shared/corpus/bbc-news-fulltext`, read at run time (never
//! vendored) and repeated to any size; the built-in sample when the corpus is
//! missing (said loudly).

use std::path::{Path, PathBuf};

/// The `shared` folder beside the checkout.
pub fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

/// News text of at least `size` bytes, cut on a character boundary.
pub fn corpus(size: usize) -> String {
    let dir = shared().join("corpus/bbc-news-fulltext");
    let mut parts: Vec<String> = match std::fs::read_dir(&dir) {
        Ok(entries) => {
            let mut paths: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            paths.sort();
            paths
                .iter()
                .filter_map(|p| std::fs::read_to_string(p).ok())
                .collect()
        }
        Err(_) => Vec::new(),
    };
    if parts.is_empty() {
        eprintln!(
            "!!! {} is missing: repeating the built-in sample instead",
            dir.display()
        );
        parts.push(lede_core::sample::SAMPLE_ARTICLE.to_string());
    }
    let mut text = String::with_capacity(size + 8192);
    'fill: loop {
        for p in &parts {
            text.push_str(p);
            text.push_str("\n\n");
            if text.len() >= size {
                break 'fill;
            }
        }
    }
    let mut cut = size.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    text
}
