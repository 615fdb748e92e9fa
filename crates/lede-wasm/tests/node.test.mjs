// The Node build of lede-wasm loads and extracts from the built-in sample.
// Run by scripts/test (step "node") after `LEDE_WASM_PROFILE=dev scripts/build-wasm-pkg`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const targetDir = process.env.CARGO_TARGET_DIR ?? path.join(root, 'target');
const lede = createRequire(import.meta.url)(path.join(targetDir, 'lede-wasm/node/lede_wasm.js'));
const sample = readFileSync(path.join(root, 'crates/lede-core/src/sample/article.txt'), 'utf8');

test('extract returns the v1 export of the sample with code-point offsets', () => {
  const file = lede.extract(sample, { title: 'Sample' });
  assert.equal(file.format, 'lede.annotations');
  assert.equal(file.version, lede.formatVersion());
  assert.equal(file.document.title, 'Sample');
  const chars = Array.from(sample);
  assert.equal(file.document.length, chars.length);
  const kinds = new Set(file.annotations.map((a) => a.kind));
  assert.ok(kinds.has('figure') && kinds.has('quote'), [...kinds].join(','));
  for (const a of file.annotations) {
    assert.equal(chars.slice(a.start, a.end).join(''), a.text);
  }
});

test('options switch kinds off and bad options throw', () => {
  const file = lede.extract('The port has 12 cranes.', { quotes: false, claims: false });
  assert.deepEqual(file.annotations.map((a) => [a.kind, a.text]), [['figure', '12 cranes']]);
  assert.deepEqual(lede.extract('', undefined).annotations, []);
  assert.throws(() => lede.extract('x', { figurez: true }), /bad options/);
});

// serde-wasm-bindgen hands an f32 (a confidence, a score) to JavaScript
// widened to f64 (0.7 arrives as 0.699999988079071), while the JSON text keeps
// its shortest form: compare numbers at f32 precision, everything else exactly.
const atF32 = (value) => JSON.stringify(value, (_key, v) => (typeof v === 'number' ? Math.fround(v) : v));

test('extract equals JSON.parse(extractJson) and countAnnotations counts the same annotations', () => {
  // Non-ASCII text, astral characters (two UTF-16 units) included, before and
  // inside annotations.
  const text =
    `${sample}\n\nCosts rose by about 40% to £3.5bn 🏗️, “a scandal 😠”, said Ana Costa.\n\n` +
    'Über 2,000 Fans 🎉 sahen das Spiel; “We sold 15,000 tickets in 𝟚 days,” said Jo Park.';
  const options = { claims: true, title: 'T' };
  const file = lede.extract(text, options);
  const json = lede.extractJson(text, options);
  assert.equal(typeof json, 'string');
  // Same keys in the same order, same strings, same numbers (at f32 precision).
  assert.equal(atF32(file), atF32(JSON.parse(json)));
  assert.ok(file.annotations.length > 10, String(file.annotations.length));
  assert.equal(lede.countAnnotations(text, options), file.annotations.length);
  assert.equal(lede.countAnnotations(text, { quotes: false, claims: false }), file.annotations.filter((a) => a.kind === 'figure').length);
  assert.throws(() => lede.extractJson('x', { figurez: true }), /bad options/);
  assert.throws(() => lede.countAnnotations('x', { figurez: true }), /bad options/);
});

// The wasm build allocates from a per-call arena (src/arena.rs) whose memory
// the next call reuses: calls of different sizes and options, interleaved and
// repeated, must give the same results as the first time.
test('repeated and interleaved calls give the same results', () => {
  const big = Array.from({ length: 40 }, (_, i) =>
    `Paragraph ${i}: the council spent £${i + 2}.5m on ${i * 7 + 3} new buses, “a record ${i} times over,” said Jo Park.`,
  ).join('\n\n');
  const inputs = [sample, 'The port has 12 cranes.', big, '', `${sample}\n\n${big}`];
  const first = inputs.map((text) => [lede.countAnnotations(text), lede.extractJson(text), JSON.stringify(lede.extract(text))]);
  for (let round = 0; round < 3; round++) {
    for (const [i, text] of [...inputs.entries()].reverse()) {
      const json = lede.extractJson(text);
      assert.equal(lede.countAnnotations(text, { claims: false }), lede.countAnnotations(text, { claims: false }));
      assert.equal(lede.countAnnotations(text), first[i][0], `round ${round} input ${i}`);
      assert.equal(JSON.stringify(lede.extract(text)), first[i][2], `round ${round} input ${i}`);
      assert.equal(json, first[i][1], `round ${round} input ${i}`);
    }
  }
  assert.ok(first[4][0] > first[0][0] && first[2][0] > 40, `${first[4][0]} ${first[2][0]}`);
});
