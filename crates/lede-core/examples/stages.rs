//! Cost of each extraction stage over news text, for profiling.
//!
//! What it does: builds `SIZE` bytes of text from the BBC corpus in
//! `../shared/corpus/bbc-news-fulltext` (repeated; the built-in sample when
//! the corpus is missing), then either times every stage (`Document::new`,
//! figures, quotes with entities, claims, the whole `Extractor::extract`)
//! over `REPS` runs, or, with a stage name, runs that one stage once, so that
//! an instruction counter sees exactly one call.
//!
//! Why: the criterion benchmark gives the whole pipeline's throughput; this
//! splits it by stage and gives callgrind a deterministic target, which is
//! what the speed work was measured with (wall time on a shared machine
//! varies by ±8% between identical binaries).
//!
//! Example:
//! ```text
//! cargo run --profile release-native -p lede-core --example stages -- 1000000 20
//! valgrind --tool=callgrind --toggle-collect='stages::stage*' \
//!     target/release-native/examples/stages 1000000 1 quotes
//! ```
//! (instructions per byte = the callgrind total / SIZE).
//! `stages SIZE 1 dump FILE` writes every annotation of the whole extraction
//! in Debug form, to check that a speed change leaves the output identical.

use lede_core::{claims, figures, quotes, Config, Document, Extractor};
use std::time::Instant;

#[path = "../benches/news/mod.rs"]
mod news;
use news::corpus;

/// Runs the stage called `name` once over `doc` and returns how many items
/// it found. Claims read the figures and quotes made beforehand (`figs`,
/// `quoted`), so each stage is measured alone.
#[inline(never)]
fn stage(
    name: &str,
    doc: &Document,
    figs: &[lede_core::Annotation],
    quoted: &[lede_core::Annotation],
) -> usize {
    match name {
        "doc" => Document::new(doc.text().to_string()).sentences().len(),
        "figures" => figures::extract(doc).len(),
        "quotes" => quotes::extract(doc, &mut Vec::new()).quotes.len(),
        "claims" => claims::extract(doc, figs, quoted, claims::DEFAULT_THRESHOLD).len(),
        _ => Extractor::new(&Config::default())
            .extract(doc)
            .annotations
            .len(),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let size: usize = args
        .get(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let reps: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(10);
    let text = corpus(size);
    let doc = Document::new(text.clone());
    // The claim weights are unpacked on first use: do it before measuring.
    let _ = claims::model::Model::shipped();
    let figs = figures::extract(&doc);
    let quoted = quotes::extract(&doc, &mut Vec::new()).quotes;
    if args.get(3).map(String::as_str) == Some("dump") {
        // Every annotation and diagnostic, in Debug form: compare two builds'
        // files with `cmp` to prove a speed change changed no output.
        let all = Extractor::new(&Config::default()).extract(&doc);
        let mut out = String::new();
        for a in &all.annotations {
            out.push_str(&format!("{a:?}\n"));
        }
        for d in &all.diagnostics {
            out.push_str(&format!("{d:?}\n"));
        }
        let path = args.get(4).map_or("stages-dump.txt", String::as_str);
        if let Err(e) = std::fs::write(path, out) {
            eprintln!("stages: cannot write {path}: {e}");
            std::process::exit(1);
        }
        println!("dump: {} annotations -> {path}", all.annotations.len());
        return;
    }
    if let Some(name) = args.get(3) {
        // Every lazily built table (word lists, automata) is built by a
        // whole extraction first, outside `stage`: an instruction counter
        // then sees the steady cost of REPS calls, not the one-time set-up.
        let _ = Extractor::new(&Config::default()).extract(&doc);
        let mut found = 0;
        for _ in 0..reps {
            found += stage(name, &doc, &figs, &quoted);
        }
        println!(
            "{name}: {} items per call, {reps} calls",
            found / reps.max(1)
        );
        return;
    }
    let mb = text.len() as f64 / 1e6;
    println!("input {} bytes, {reps} runs each (wall time)", text.len());
    for name in ["doc", "figures", "quotes", "claims", "all"] {
        let start = Instant::now();
        let mut found = 0;
        for _ in 0..reps {
            found += stage(name, &doc, &figs, &quoted);
        }
        let secs = start.elapsed().as_secs_f64() / reps.max(1) as f64;
        println!(
            "{name:8} {:9.3} ms {:9.1} MB/s  ({} items)",
            secs * 1e3,
            mb / secs,
            found / reps.max(1)
        );
    }
}
