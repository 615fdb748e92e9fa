//! Benchmarks of the claims layer: the model alone, and the model with the
//! news rules, per byte of real news text.
//!
//! The text is the BBC articles of `../shared/corpus` (read at run time, never
//! vendored; when the corpus is missing the built-in sample is repeated
//! instead, and the bench says so loudly). Groups:
//!
//! - `claims`: `model` scores every sentence with the hashed model only;
//!   `layer` runs `claims::extract` (model, rules, kinds, reasons) given the
//!   figures, as the pipeline does;
//! - `scaling`: the layer on 1, 4 and 16 articles' worth of text, to catch
//!   quadratic behaviour.
//!
//! Run with `cargo bench -p lede-core --bench claims`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use lede_core::claims::{self, model::Model};
use lede_core::sample::SAMPLE_ARTICLE;
use lede_core::{figures, Document};
use std::hint::black_box;
use std::path::Path;

/// The corpus articles, in file order.
fn articles() -> Vec<String> {
    let dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/bbc-news-fulltext");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let texts: Vec<String> = files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .collect();
    if texts.is_empty() {
        eprintln!(
            "\n*** {} is missing: benchmarking the built-in sample instead ***\n",
            dir.display()
        );
        return vec![SAMPLE_ARTICLE.to_string(); 16];
    }
    texts
}

fn bench(c: &mut Criterion) {
    let all = articles();
    let text = all.join("\n");
    let doc = Document::new(text.as_str());
    let figs = figures::extract(&doc);
    let model = Model::shipped();
    let mut group = c.benchmark_group("claims");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("model", |b| {
        b.iter(|| {
            for s in doc.sentences() {
                black_box(model.score(doc.slice(*s)));
            }
        })
    });
    group.bench_function("layer", |b| {
        b.iter(|| black_box(claims::extract(&doc, &figs, &[], claims::DEFAULT_THRESHOLD)))
    });
    group.finish();

    let mut group = c.benchmark_group("scaling");
    for n in [1usize, 4, 16] {
        let text = all
            .iter()
            .cycle()
            .take(n)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n");
        let doc = Document::new(text.as_str());
        let figs = figures::extract(&doc);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("layer", n), &doc, |b, doc| {
            b.iter(|| black_box(claims::extract(doc, &figs, &[], claims::DEFAULT_THRESHOLD)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
