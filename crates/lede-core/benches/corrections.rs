//! Benchmarks of the correction log: the cost of replaying it over the machine
//! annotations, which the app pays on every correction keystroke.
//!
//! The article is real text: BBC articles from `../shared/corpus` joined until
//! they reach 10,000 words (read at run time, never vendored; when the corpus
//! is missing the built-in sample is repeated instead, and the bench says so
//! loudly). Groups:
//!
//! - `apply`: the log replayed over the article as saved, with 0 and 200 ops;
//!   `keystroke` is one more op pushed and the whole log replayed (what a key
//!   press costs in the app);
//! - `reanchor`: the same 200 ops on the article with a line prepended, so no
//!   machine id matches and every op re-attaches by text;
//! - `scaling`: 50 to 800 ops, to catch quadratic behaviour.
//!
//! Run with `cargo bench -p lede-core --bench corrections`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use lede_core::corrections::{apply, Attribute, Log, Op};
use lede_core::sample::SAMPLE_ARTICLE;
use lede_core::{extract, Annotation, Document, Kind, QuoteStyle, Span};
use std::hint::black_box;
use std::path::Path;

/// Words in the benchmark article.
const WORDS: usize = 10_000;

/// About 10,000 words of real news text.
fn article() -> String {
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
    let mut text = String::new();
    for f in files {
        if text.split_whitespace().count() >= WORDS {
            break;
        }
        if let Ok(t) = std::fs::read_to_string(&f) {
            text.push_str(&t);
            text.push('\n');
        }
    }
    if text.is_empty() {
        eprintln!(
            "\n*** corpus not found at {}: benchmarking the built-in sample, repeated ***\n",
            dir.display()
        );
        while text.split_whitespace().count() < WORDS {
            text.push_str(SAMPLE_ARTICLE);
        }
    }
    text
}

/// A deterministic log of `n` corrections of every sort, each made against
/// the state left by the ones before (as a user makes them).
fn corrections(doc: &Document, machine: &[Annotation], n: usize) -> Log {
    let mut log = Log::default();
    let mut applied = apply(doc, machine, &log);
    for k in 0..n {
        if applied.items.is_empty() {
            break;
        }
        let item = &applied.items[(k * 7919) % applied.items.len()];
        let op = match k % 6 {
            0 => Op::accept(doc, item),
            1 => Op::reject(doc, item),
            2 => Op::set(doc, item, Attribute::QuoteStyle(QuoteStyle::Partial)),
            3 => Op::set(doc, item, Attribute::Speaker(Some(format!("Person {k}")))),
            4 => {
                let s = item.annotation.span;
                let end = (s.end + 1..=doc.text().len())
                    .find(|&e| doc.text().is_char_boundary(e))
                    .unwrap_or(s.end);
                Op::move_end(doc, item, end)
            }
            _ => {
                let s = doc.sentences()[(k * 31) % doc.sentences().len().max(1)];
                Op::add(
                    doc,
                    Span::new(s.start, s.end),
                    Kind::Claim,
                    log.next_user_id(),
                )
            }
        };
        log.push(op);
        if k % 10 == 0 {
            applied = apply(doc, machine, &log);
        }
    }
    log
}

fn benches(c: &mut Criterion) {
    let text = article();
    let doc = Document::new(text.clone());
    let machine = extract(&doc).annotations;
    eprintln!(
        "article: {} words, {} bytes, {} machine annotations",
        text.split_whitespace().count(),
        text.len(),
        machine.len()
    );
    let log200 = corrections(&doc, &machine, 200);

    let mut group = c.benchmark_group("apply");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("0 ops", |b| {
        b.iter(|| apply(black_box(&doc), &machine, &Log::default()))
    });
    group.bench_function("200 ops", |b| {
        b.iter(|| apply(black_box(&doc), &machine, &log200))
    });
    group.bench_function("keystroke (push + apply, 200 ops)", |b| {
        let item = apply(&doc, &machine, &log200).items[3].clone();
        b.iter(|| {
            let mut log = log200.clone();
            log.push(Op::accept(&doc, &item));
            apply(black_box(&doc), &machine, &log)
        })
    });
    group.finish();

    let shifted_text = format!("Updated at 10:00: a new line on top.\n{text}");
    let shifted = Document::new(shifted_text.clone());
    let shifted_machine = extract(&shifted).annotations;
    let mut group = c.benchmark_group("reanchor");
    group.throughput(Throughput::Bytes(shifted_text.len() as u64));
    group.bench_function("200 ops, text shifted", |b| {
        b.iter(|| apply(black_box(&shifted), &shifted_machine, &log200))
    });
    group.finish();

    let mut group = c.benchmark_group("scaling");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    for n in [50, 100, 200, 400, 800] {
        let log = corrections(&doc, &machine, n);
        group.bench_with_input(BenchmarkId::from_parameter(n), &log, |b, log| {
            b.iter(|| apply(black_box(&doc), &machine, log))
        });
    }
    group.finish();
}

criterion_group!(corrections_benches, benches);
criterion_main!(corrections_benches);
