//! Criterion benchmarks of the quote pass (marks, entities, attribution,
//! styles), in bytes per second.
//!
//! - `quotes/articles`: every BBC corpus article once per iteration, read at
//!   run time from `../shared/corpus/bbc-news-fulltext` (never vendored);
//! - `quotes_scaling`: one document of 100 KB, 1 MB and 4 MB made of those
//!   articles (with their odd `"` marks), to show the cost grows linearly.
//!
//! Run with `cargo bench -p lede-core --bench quotes`. When `../shared` is
//! missing, the benchmarks say so and use the built-in sample instead.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use lede_core::{quotes, Document};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The corpus articles, in file name order.
fn articles() -> Vec<String> {
    let dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/bbc-news-fulltext");
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect(),
        Err(_) => Vec::new(),
    };
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    if texts.is_empty() {
        eprintln!(
            "!!! {} is missing: benchmarking the built-in sample instead",
            dir.display()
        );
        return vec![lede_core::sample::SAMPLE_ARTICLE.to_string()];
    }
    texts
}

fn bench_articles(c: &mut Criterion) {
    let docs: Vec<Document> = articles().into_iter().map(Document::new).collect();
    let bytes: usize = docs.iter().map(|d| d.text().len()).sum();
    let mut g = c.benchmark_group("quotes");
    g.sample_size(20).measurement_time(Duration::from_secs(5));
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("articles", |b| {
        b.iter(|| {
            for doc in &docs {
                black_box(quotes::extract(black_box(doc), &mut Vec::new()));
            }
        })
    });
    g.finish();
}

fn bench_scaling(c: &mut Criterion) {
    let parts = articles();
    let mut text = String::new();
    while text.len() < 4 << 20 {
        for p in &parts {
            text.push_str(p);
            text.push_str("\n\n");
        }
    }
    let mut g = c.benchmark_group("quotes_scaling");
    g.sample_size(10).measurement_time(Duration::from_secs(5));
    for (label, size) in [("100KB", 100 << 10), ("1MB", 1 << 20), ("4MB", 4 << 20)] {
        let mut cut = size.min(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let doc = Document::new(text[..cut].to_string());
        g.throughput(Throughput::Bytes(cut as u64));
        g.bench_with_input(BenchmarkId::new("extract", label), &doc, |b, doc| {
            b.iter(|| black_box(quotes::extract(black_box(doc), &mut Vec::new())))
        });
    }
    g.finish();
}

criterion_group!(benches, bench_articles, bench_scaling);
criterion_main!(benches);
