// Throughput of Lede's wasm core (Node build of crates/lede-wasm) against npm
// `compromise` on the same news text, in one run.
//
//   scripts/bench-node            (builds the wasm package, installs compromise, runs this)
//   node bench/node/bench.mjs [--max-mb 10]
//
// Inputs: the built-in sample article, then about 22 KB, 1 MB and 10 MB of
// news text made by concatenating the articles of
// ../shared/corpus/bbc-news-fulltext/ (read at run time, never vendored;
// repeated in order to reach the larger sizes). Lede runs `extract(text)`
// (figures, quotes, claims; the result converted to JS objects); compromise
// parses the text and lists its numbers and quotations. Prints MB/s (1 MB =
// 10^6 bytes of UTF-8) for both and the ratio Lede / compromise.
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const targetDir = process.env.CARGO_TARGET_DIR ?? path.join(root, 'target');
const pkg = path.join(targetDir, 'lede-wasm/node/lede_wasm.js');
if (!existsSync(pkg)) {
  console.error(`bench: ${pkg} is missing; build it with scripts/build-wasm-pkg`);
  process.exit(1);
}
const lede = createRequire(import.meta.url)(pkg);

const maxArg = process.argv.indexOf('--max-mb');
const maxMb = maxArg > 0 ? Number(process.argv[maxArg + 1]) : 10;

const corpusDir = path.resolve(root, '../shared/corpus/bbc-news-fulltext');
if (!existsSync(corpusDir)) {
  console.error(`bench: NO CORPUS at ${corpusDir}: the news inputs need ../shared beside the workspace`);
  process.exit(1);
}
const articles = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(path.join(corpusDir, name), 'utf8'));

/** Concatenates articles (repeating the corpus if needed) up to `bytes`. */
function newsText(bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const article = articles[i % articles.length];
    parts.push(article);
    size += Buffer.byteLength(article) + 2;
  }
  return parts.join('\n\n');
}

const inputs = [
  ['sample', readFileSync(path.join(root, 'crates/lede-core/src/sample/article.txt'), 'utf8')],
  ['22 KB', newsText(22 * 1024)],
  ['1 MB', newsText(1024 * 1024)],
  ['10 MB', newsText(10 * 1024 * 1024)],
].filter(([, text]) => Buffer.byteLength(text) <= maxMb * 1024 * 1024 * 1.01);

const engines = {
  lede: (text) => lede.extract(text, {}).annotations.length,
  compromise: (text) => {
    const doc = nlp(text);
    return doc.numbers().json().length + doc.quotations().json().length;
  },
};

/**
 * Median seconds per run and the engine's result count. Inputs under 1 MB get
 * a warm-up run and then runs until 1.5 s or 20 runs; larger inputs run once
 * (compromise takes minutes on 10 MB).
 */
function time(fn, text, bytes) {
  if (bytes < 1e6) fn(text);
  const runs = [];
  let found = 0;
  const budget = performance.now() + 1500;
  do {
    const t0 = performance.now();
    found = fn(text);
    runs.push((performance.now() - t0) / 1000);
  } while (bytes < 1e6 && performance.now() < budget && runs.length < 20);
  runs.sort((a, b) => a - b);
  return { seconds: runs[Math.floor(runs.length / 2)], found };
}

console.log(`node ${process.version}, lede-wasm format v${lede.formatVersion()}, compromise ${nlp.version}`);
console.log('input    bytes       lede MB/s  (found)  compromise MB/s  (found)  lede/compromise  (seconds per run)');
for (const [name, text] of inputs) {
  const bytes = Buffer.byteLength(text);
  const row = {};
  for (const [engine, fn] of Object.entries(engines)) {
    const { seconds, found } = time(fn, text, bytes);
    row[engine] = { mbs: bytes / 1e6 / seconds, found, seconds };
  }
  console.log(
    `${name.padEnd(8)} ${String(bytes).padStart(9)}  ${row.lede.mbs.toFixed(2).padStart(10)}  ${String(row.lede.found).padStart(7)}  ` +
      `${row.compromise.mbs.toFixed(2).padStart(15)}  ${String(row.compromise.found).padStart(7)}  ` +
      `${(row.lede.mbs / row.compromise.mbs).toFixed(1).padStart(14)}x  ` +
      `(${row.lede.seconds.toFixed(3)} / ${row.compromise.seconds.toFixed(3)})`,
  );
}
