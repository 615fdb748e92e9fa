// News text for the benchmarks: the unlabelled BBC articles of
// ../shared/corpus/bbc-news-fulltext (read at run time, never copied into the
// project), concatenated up to a size. Shared by bench/node/bench.mjs and
// bench/browser/core.mjs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
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
export function newsText(bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const article = articles[i % articles.length];
    parts.push(article);
    size += Buffer.byteLength(article) + 2;
  }
  return parts.join('\n\n');
}
