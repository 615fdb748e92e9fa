// Benchmark (not a test): the speed of Lede's wasm core in headless Chromium.
//
//   LEDE_WASM_PROFILE=release scripts/build-wasm-pkg     (the app's settings: opt-level z, wasm-opt -Oz)
//   node bench/browser/core.mjs [PKG_DIR]                (default target/lede-wasm/web)
//
// Loads the web build of crates/lede-wasm (the ES module) in a page served
// from 127.0.0.1 and times, inside the page, countAnnotations(text) (the
// extraction only: the core's speed) and extract(text) (plus the v1 export
// and the JS objects) on about 22 KB and 1 MB of news text concatenated from
// ../shared/corpus/bbc-news-fulltext/ (like bench/node/bench.mjs). The app
// links the same core with the same profile (release, then wasm-opt -Oz), so
// with the default `release` build this is the speed of the app's core in the
// browser, without the app around it. Prints MB/s (10^6 bytes of UTF-8 per
// second of the page's main-thread CPU time, from the DevTools protocol's
// ThreadTime metric, mean of the runs) and the wall-clock median of the runs.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { newsText } from '../news.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const targetDir = process.env.CARGO_TARGET_DIR ?? path.join(root, 'target');
const pkgDir = path.resolve(process.argv[2] ?? path.join(targetDir, 'lede-wasm/web'));
if (!existsSync(path.join(pkgDir, 'lede_wasm.js'))) {
  console.error(`bench: no lede_wasm.js in ${pkgDir}; build it with scripts/build-wasm-pkg`);
  process.exit(1);
}
const infoFile = path.join(pkgDir, 'build-info.json');
const build = existsSync(infoFile) ? JSON.parse(readFileSync(infoFile, 'utf8')) : { profile: 'unknown' };


const port = await new Promise((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', pkgDir], {
  stdio: 'ignore',
});
const url = `http://127.0.0.1:${port}/`;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(url + 'lede_wasm.js')).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 100));
}

const browser = await chromium.launch({
  executablePath: process.env.LEDE_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  await page.goto(url);
  const version = await browser.version();
  console.log(
    `Lede wasm core in Chromium ${version} (${build.profile} build, wasm-opt ${build.wasmOpt ?? '?'}, ${build.wasmBytes ?? '?'} bytes); ` +
      'MB/s = 10^6 bytes of UTF-8 per second of the main thread\'s CPU time (DevTools ThreadTime, mean of the runs)',
  );
  // The page's main-thread CPU time from the DevTools protocol (metric
  // ThreadTime): on a shared machine wall-clock time mostly measures the others.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const threadSeconds = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value;
  await page.evaluate(async (url) => {
    window.lede = await import(url + 'lede_wasm.js');
    await window.lede.default();
  }, url);
  console.log(
    'input     bytes     core MB/s   full MB/s  annotations  ms per run, CPU [wall median] (core / full)',
  );
  for (const [name, text] of [
    ['22 KB', newsText(22 * 1024)],
    ['1 MB', newsText(1024 * 1024)],
  ]) {
    await page.evaluate((text) => {
      window.text = text;
    }, text);
    const bytes = Buffer.byteLength(text);
    const found = await page.evaluate(() => window.lede.countAnnotations(window.text, {}));
    const result = {};
    for (const [column, call] of [
      ['core', 'countAnnotations'],
      ['full', 'extract'],
    ]) {
      // Warm-up, 2 s: V8 compiles the optimised wasm code in the background
      // after the first calls, which run slower meanwhile.
      await page.evaluate((call) => {
        const warm = performance.now() + 2000;
        for (let i = 0; i < 3 || performance.now() < warm; i++) window.lede[call](window.text, {});
      }, call);
      const before = await threadSeconds();
      const walls = await page.evaluate((call) => {
        const runs = [];
        const end = performance.now() + 3000;
        do {
          const t0 = performance.now();
          window.lede[call](window.text, {});
          runs.push(performance.now() - t0);
        } while (runs.length < 5 || (performance.now() < end && runs.length < 30));
        return runs;
      }, call);
      const cpu = ((await threadSeconds()) - before) / walls.length;
      walls.sort((a, b) => a - b);
      result[column] = { cpu, wall: walls[Math.floor(walls.length / 2)] / 1000 };
    }
    const cell = (r) => `${(r.cpu * 1000).toFixed(1)} [${(r.wall * 1000).toFixed(1)}]`;
    console.log(
      `${name.padEnd(7)} ${String(bytes).padStart(9)}  ${(bytes / 1e6 / result.core.cpu).toFixed(2).padStart(10)}  ` +
        `${(bytes / 1e6 / result.full.cpu).toFixed(2).padStart(10)}  ${String(found).padStart(11)}  ${cell(result.core)} / ${cell(result.full)}`,
    );
  }
} finally {
  await browser.close();
  server.kill();
}
