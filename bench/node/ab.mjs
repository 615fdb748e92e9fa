// Paired A/B of two builds of the Node package: which one extracts faster.
//
//   node bench/node/ab.mjs ROUNDS SIZE_KB[,SIZE_KB...] PKG_DIR_A PKG_DIR_B
//   (a size `sample` is the built-in sample article, bench.mjs's first row)
//   (CFG='{"claims":false}' passes options to countAnnotations)
//
// What it does: for each size, news text as in bench.mjs (../news.mjs); then
// ROUNDS rounds, each timing about 2 MB of countAnnotations() calls with A
// and with B, the order flipped every round; prints the median ns per byte
// of each and the median and quartiles of the per-round ratio B/A.
//
// Why: on a shared machine two runs of bench.mjs differ by a few percent, and
// a script that always runs A first favours whichever runs second (about 10%
// at 22 KB here). Alternating in one process, with the order flipped, pairs
// each A with a B measured moments apart; running it again with the packages
// swapped shows any bias that is left (it followed the package loaded as A).
//
// Example: node bench/node/ab.mjs 41 22,1024 /tmp/pkg-old /tmp/pkg-new
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { newsText } from '../news.mjs';

const [rounds, sizes, dirA, dirB] = process.argv.slice(2);
if (!dirB) {
  console.error('usage: node bench/node/ab.mjs ROUNDS SIZE_KB[,SIZE_KB...] PKG_DIR_A PKG_DIR_B');
  process.exit(1);
}
const load = createRequire(import.meta.url);
const [A, B] = [dirA, dirB].map((dir) => load(path.resolve(dir, 'lede_wasm.js')));
const options = process.env.CFG ? JSON.parse(process.env.CFG) : {};
const cpuMs = (fn) => {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e3;
};
const quantile = (xs, f) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length * f)];

const samplePath = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../crates/lede-core/src/sample/article.txt',
);

for (const kb of sizes.split(',')) {
  const text = kb === 'sample' ? readFileSync(samplePath, 'utf8') : newsText(Number(kb) * 1024);
  const bytes = Buffer.byteLength(text);
  const counts = [A, B].map((lib) => lib.countAnnotations(text, options));
  const reps = Math.max(1, Math.ceil(2e6 / bytes));
  const nsPerByte = (lib) =>
    (cpuMs(() => {
      for (let k = 0; k < reps; k++) lib.countAnnotations(text, options);
    }) * 1e6) / reps / bytes;
  for (let i = 0; i < 3; i++) [A, B].forEach(nsPerByte);
  const as = [];
  const bs = [];
  const ratios = [];
  for (let r = 0; r < Number(rounds); r++) {
    let a;
    let b;
    if (r % 2) {
      b = nsPerByte(B);
      a = nsPerByte(A);
    } else {
      a = nsPerByte(A);
      b = nsPerByte(B);
    }
    as.push(a);
    bs.push(b);
    ratios.push(b / a);
  }
  const same = counts[0] === counts[1] ? '' : `  ANNOTATION COUNTS DIFFER: ${counts.join(' vs ')}`;
  console.log(
    `${kb === 'sample' ? 'sample' : `${kb} KB`}  A ${quantile(as, 0.5).toFixed(3)} ns/B  B ${quantile(bs, 0.5).toFixed(3)} ns/B  ` +
      `B/A median ${quantile(ratios, 0.5).toFixed(4)} (quartiles ${quantile(ratios, 0.25).toFixed(4)}, ` +
      `${quantile(ratios, 0.75).toFixed(4)})${same}`,
  );
}
