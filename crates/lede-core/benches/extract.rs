//! Criterion benchmarks of extraction, in bytes per second.
//!
//! - `seeds`: the full pipeline and the figure pass over each seed article,
//!   read at run time from `../shared/fixtures/seeds` (never vendored);
//! - `one_mb`: both over a 1 MB input made of the BBC corpus articles in
//!   `../shared/corpus/bbc-news-fulltext` (read at run time, repeated);
//! - `scaling`: both over 1 KB, 100 KB, 1 MB and 10 MB prefixes of that
//!   input, to show that cost grows linearly with size;
//! - `pathological`: the figure pass over repeated numbers, punctuation and
//!   qualifier words at 100 KB and 1 MB (quadratic traps).
//!
//! Run with `cargo bench -p lede-core --bench extract`. When `../shared` is
//! missing, the benchmarks say so and fall back to the built-in sample.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use lede_core::{figures, Config, Document, Extractor};
use std::hint::black_box;
use std::time::Duration;

mod news;
use news::{corpus, shared};

/// The seed articles' texts, by file stem.
fn seeds() -> Vec<(String, String)> {
    let dir = shared().join("fixtures/seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!(
            "!!! {} is missing: benchmarking the built-in sample instead",
            dir.display()
        );
        return vec![(
            "sample".into(),
            lede_core::sample::SAMPLE_ARTICLE.to_string(),
        )];
    };
    let mut out: Vec<(String, String)> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .filter_map(|p| {
            let v: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&p).ok()?).ok()?;
            let stem = p
                .file_stem()?
                .to_string_lossy()
                .chars()
                .take(3)
                .collect::<String>();
            Some((format!("seed-{stem}"), v.get("text")?.as_str()?.to_string()))
        })
        .collect();
    out.sort();
    out
}

fn bench_seeds(c: &mut Criterion) {
    let extractor = Extractor::new(&Config::default());
    let mut g = c.benchmark_group("seeds");
    for (name, text) in seeds() {
        let doc = Document::new(text.clone());
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("extract", &name), &doc, |b, doc| {
            b.iter(|| black_box(extractor.extract(black_box(doc))))
        });
        g.bench_with_input(BenchmarkId::new("figures", &name), &doc, |b, doc| {
            b.iter(|| black_box(figures::extract(black_box(doc))))
        });
    }
    g.finish();
}

fn bench_one_mb(c: &mut Criterion) {
    let extractor = Extractor::new(&Config::default());
    let text = corpus(1 << 20);
    let doc = Document::new(text.clone());
    let mut g = c.benchmark_group("one_mb");
    g.sample_size(10).measurement_time(Duration::from_secs(5));
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("extract", |b| {
        b.iter(|| black_box(extractor.extract(black_box(&doc))))
    });
    g.bench_function("figures", |b| {
        b.iter(|| black_box(figures::extract(black_box(&doc))))
    });
    g.bench_function("document_new", |b| {
        b.iter(|| black_box(Document::new(black_box(text.as_str()))))
    });
    g.finish();
}

fn bench_scaling(c: &mut Criterion) {
    let extractor = Extractor::new(&Config::default());
    let full = corpus(10 << 20);
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10).measurement_time(Duration::from_secs(5));
    for (label, size) in [
        ("1KB", 1 << 10),
        ("100KB", 100 << 10),
        ("1MB", 1 << 20),
        ("10MB", 10 << 20),
    ] {
        let mut cut = size.min(full.len());
        while !full.is_char_boundary(cut) {
            cut -= 1;
        }
        let doc = Document::new(full[..cut].to_string());
        g.throughput(Throughput::Bytes(cut as u64));
        g.bench_with_input(BenchmarkId::new("figures", label), &doc, |b, doc| {
            b.iter(|| black_box(figures::extract(black_box(doc))))
        });
        g.bench_with_input(BenchmarkId::new("extract", label), &doc, |b, doc| {
            b.iter(|| black_box(extractor.extract(black_box(doc))))
        });
    }
    g.finish();
}

/// Inputs built to trip quadratic behaviour: long runs of numbers, of
/// opening punctuation, and of qualifier words.
fn bench_pathological(c: &mut Criterion) {
    let mut g = c.benchmark_group("pathological");
    g.sample_size(10).measurement_time(Duration::from_secs(3));
    let shapes: [(&str, &str); 3] = [
        ("numbers", "12 345 6789 "),
        ("dashes", "- ( \u{2014} \u{201c} 7 "),
        (
            "qualifiers",
            "more than about nearly up to at least between from ",
        ),
    ];
    for (name, unit) in shapes {
        for (label, size) in [("100KB", 100usize << 10), ("1MB", 1 << 20)] {
            let text = unit.repeat(size / unit.len() + 1);
            let doc = Document::new(text.clone());
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, label), &doc, |b, doc| {
                b.iter(|| black_box(figures::extract(black_box(doc))))
            });
        }
    }
    g.finish();
}

criterion_group!(
    benches,
    bench_seeds,
    bench_one_mb,
    bench_scaling,
    bench_pathological
);
criterion_main!(benches);
