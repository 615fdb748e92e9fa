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
