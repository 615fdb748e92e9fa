// Throughput of Lede's wasm core (Node build of crates/lede-wasm) against npm
// `compromise` on the same news text, in one run, printed as one table.
//
//   scripts/bench-node [ARGS]   (builds the wasm package for speed, installs compromise, runs this)
//   node bench/node/bench.mjs [--max-mb 10] [--cap 120] [--clock cpu|wall] [--no-compromise] [--pkg DIR]
//
// Inputs: the built-in sample article, then about 22 KB, 1 MB and 10 MB of
// news text made by concatenating the articles of
// ../shared/corpus/bbc-news-fulltext/ (read at run time, never vendored;
// repeated in order to reach the larger sizes).
//
// Columns (MB = 10^6 bytes of the UTF-8 input; the median time per call of
// the runs of each input, a run of an input under 1 MB being a batch of calls
// that covers about 1 MB, see timeLede; time is the process's CPU time by default, since on a shared
// machine wall-clock time mostly measures the other processes; --clock wall
// uses wall-clock time instead; the last column shows both):
//   core        countAnnotations(text): the JS string copied into wasm as
//               UTF-8, segmentation, figures, quotes, entities, claims; no
//               export, no JS objects. The issue's ">= 50 MB/s" target is about this.
//   full        extract(text): core + the Lede JSON v1 export (sha256 id,
//               code-point offsets, strings) + turning it into plain JS objects.
//               What a JavaScript caller gets.
//   compromise  nlp(text), then .numbers().json() and .quotations().json().
//   ratio       full / compromise (both end with plain JS objects).
//
// compromise runs in a worker thread with a time cap per input (--cap
// seconds of the chosen clock, default 120): its cost grows faster than the
// input, so 10 MB would take many minutes. A capped input is stopped and
// printed as an upper bound on compromise's MB/s (input / time spent) and a
// lower bound on the ratio, marked with < and >; a note adds an estimate,
// labelled EXTRAPOLATED, from a power law through its 22 KB and 1 MB times.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { newsText } from '../news.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}
const maxMb = Number(arg('--max-mb', 10));
const capSeconds = Number(arg('--cap', 120));
const clock = arg('--clock', 'cpu');
if (clock !== 'cpu' && clock !== 'wall') {
  console.error('bench: --clock must be cpu or wall');
  process.exit(1);
}
const withCompromise = !process.argv.includes('--no-compromise');
const targetDir = process.env.CARGO_TARGET_DIR ?? path.join(root, 'target');
const pkgDir = path.resolve(arg('--pkg', path.join(targetDir, 'lede-wasm/node')));

const pkg = path.join(pkgDir, 'lede_wasm.js');
if (!existsSync(pkg)) {
  console.error(`bench: ${pkg} is missing; build it with scripts/build-wasm-pkg`);
  process.exit(1);
}
const lede = createRequire(import.meta.url)(pkg);
const infoFile = path.join(pkgDir, 'build-info.json');
const build = existsSync(infoFile)
  ? JSON.parse(readFileSync(infoFile, 'utf8'))
  : { profile: 'unknown (no build-info.json)', wasmOpt: '?', wasmBytes: '?' };


const sample = readFileSync(path.join(root, 'crates/lede-core/src/sample/article.txt'), 'utf8');
const allInputs = [
  ['sample', sample],
  ['22 KB', newsText(22 * 1024)],
  ['1 MB', newsText(1024 * 1024)],
  ['10 MB', newsText(10 * 1024 * 1024)],
];
const inputs = allInputs.filter(([, text]) => Buffer.byteLength(text) <= maxMb * 1024 * 1024 * 1.01);
const skipped = allInputs.filter((input) => !inputs.includes(input)).map(([name]) => name);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Runs `fn(text)` `reps` times in a row: {wall, cpu} seconds per call and
 * the result of the last call.
 */
function timeOnce(fn, text, reps = 1) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let found;
  for (let k = 0; k < reps; k++) found = fn(text);
  const wall = (performance.now() - t0) / 1000 / reps;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1e6 / reps, found };
}

/** Median seconds per run (by `clock`, and the wall-clock median) from a list of timeOnce results. */
function summary(runs) {
  return { seconds: median(runs.map((r) => r[clock])), wall: median(runs.map((r) => r.wall)), runs: runs.length };
}

/**
 * Times `fn(text)`: at least 3 runs, more while under 2 s in all (at most
 * 30). A run of a small input is a batch of calls covering about 1 MB of
 * text (the sample article: 500 calls), timed as one and divided: a single
 * call of the sample lasts about 0.1 ms, where one interrupt or cache
 * eviction moved the median by half (13 to 27 MB/s between two runs of the
 * same build); from 1 MB on a run is one call.
 */
function timeLede(fn, text) {
  const reps = Math.max(1, Math.ceil(1e6 / Buffer.byteLength(text)));
  const runs = [];
  const end = performance.now() + 2000;
  do runs.push(timeOnce(fn, text, reps));
  while (runs.length < 3 || (performance.now() < end && runs.length < 30));
  return { ...summary(runs), found: runs[0].found, reps };
}

const core = (text) => lede.countAnnotations(text, {});
const full = (text) => lede.extract(text, {}).annotations.length;

// One persistent worker for compromise (warm across inputs, like Lede's
// module); replaced after a cap stopped it.
let worker = null;
/**
 * compromise on `text`: {seconds, wall, runs, found}, or {capped, spent} when
 * it used more than the cap (`spent` seconds by `clock`: the process's CPU
 * time, the main thread only waiting meanwhile, or wall-clock time) and was
 * stopped.
 */
function timeCompromise(text, bytes) {
  worker ??= new Worker(path.join(here, 'compromise-worker.mjs'));
  const w = worker;
  return new Promise((resolve, reject) => {
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    const spent = () => {
      const c = process.cpuUsage(cpu0);
      return clock === 'cpu' ? (c.user + c.system) / 1e6 : (performance.now() - wall0) / 1000;
    };
    const poll = setInterval(() => {
      const s = spent();
      if (s < capSeconds) return;
      clearInterval(poll);
      w.removeAllListeners();
      w.terminate();
      worker = null;
      resolve({ capped: true, spent: s, wall: (performance.now() - wall0) / 1000 });
    }, 250);
    w.once('message', ({ runs }) => {
      clearInterval(poll);
      w.removeAllListeners('error');
      resolve({ ...summary(runs), found: runs[0].found });
    });
    w.once('error', (e) => {
      clearInterval(poll);
      reject(e);
    });
    // Small inputs: a warm-up on the same text and 2 s of runs; from 1 MB on,
    // one run (warmed up by the earlier inputs).
    const small = bytes < 1e6;
    w.postMessage({ text, warmup: small ? text : null, budgetMs: small ? 2000 : 0, maxRuns: 30 });
  });
}

const compromiseVersion = JSON.parse(readFileSync(path.join(here, 'node_modules/compromise/package.json'), 'utf8')).version;
const load = os.loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(
  `Lede wasm (${build.profile} build, wasm-opt ${build.wasmOpt}, ` +
    `${build.rustflags && build.rustflags !== 'none' ? `${build.rustflags}, ` : ''}${build.wasmBytes} bytes) vs compromise ${compromiseVersion}; ` +
    `node ${process.version}, ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, load average ${load}`,
);
console.log(
  `MB/s = 10^6 bytes of UTF-8 input per second of ${clock === 'cpu' ? 'CPU time' : 'wall-clock time'} (median of the runs). ` +
    'core = countAnnotations() (extraction only); ' +
    'full = extract() (extraction + v1 export + JS objects); ratio = full / compromise.',
);

// Warm-up (untimed), 2 s on the 22 KB input: V8 compiles the wasm module's
// optimised code on background threads after the first calls; until it is
// done (about a second here) calls take several times their later wall-clock
// time and the compiler's CPU time counts in the process's.
{
  const end = performance.now() + 2000;
  for (let i = 0; i < 5 || performance.now() < end; i++) {
    core(allInputs[1][1]);
    full(allInputs[1][1]);
  }
}
// What `full` returns is the whole export: the same objects as JSON.parse of
// the export's JSON text (keys, order, strings; numbers at f32 precision, as
// serde-wasm-bindgen widens an f32 such as 0.7 to 0.699999988079071).
{
  const text = allInputs[1][1];
  const atF32 = (value) => JSON.stringify(value, (_key, v) => (typeof v === 'number' ? Math.fround(v) : v));
  const same = atF32(lede.extract(text, {})) === atF32(JSON.parse(lede.extractJson(text, {})));
  console.log(`check: extract() of the 22 KB input equals JSON.parse(extractJson()): ${same ? 'yes' : 'NO (a bug)'}`);
}

const header =
  `input     bytes        core MB/s   full MB/s  annotations  compromise MB/s    found   ratio  seconds per call, ${clock} [wall] (core / full / compromise)`;
console.log(header);
const rows = [];
const notes = [];
const capped = [];
for (const [name, text] of inputs) {
  const bytes = Buffer.byteLength(text);
  const c = timeLede(core, text);
  const f = timeLede(full, text);
  if (c.found !== f.found) notes.push(`${name}: countAnnotations found ${c.found} but extract ${f.found} (a bug)`);
  const coreMbs = bytes / 1e6 / c.seconds;
  const fullMbs = bytes / 1e6 / f.seconds;
  let comp = { skipped: true };
  if (withCompromise) comp = await timeCompromise(text, bytes);
  let compCell;
  let foundCell;
  let ratioCell;
  let compSeconds;
  const secs = (r) => `${r.seconds.toFixed(6)} [${r.wall.toFixed(6)}]`;
  // Runs, and calls per run when batched (e.g. 30x500).
  const runsOf = (r) => (r.reps > 1 ? `${r.runs}x${r.reps}` : `${r.runs}`);
  if (comp.skipped) {
    [compCell, foundCell, ratioCell, compSeconds] = ['not run', '-', '-', '-'];
  } else if (comp.capped) {
    const bound = bytes / 1e6 / comp.spent;
    compCell = `< ${bound.toFixed(3)}`;
    foundCell = '-';
    ratioCell = `> ${(fullMbs / bound).toFixed(0)}x`;
    compSeconds = `> ${comp.spent.toFixed(0)} [${comp.wall.toFixed(0)}]`;
    notes.push(
      `${name}: compromise was stopped at the ${capSeconds} s cap (${clock} time), unfinished; its MB/s is at most ` +
        `${bound.toFixed(3)}, so the ratio is a lower bound`,
    );
    capped.push(name);
  } else {
    const compMbs = bytes / 1e6 / comp.seconds;
    compCell = compMbs.toFixed(3);
    foundCell = String(comp.found);
    ratioCell = `${(fullMbs / compMbs).toFixed(0)}x`;
    compSeconds = secs(comp);
  }
  rows.push({ name, bytes, coreMbs, fullMbs, comp });
  console.log(
    `${name.padEnd(7)} ${String(bytes).padStart(9)}  ${coreMbs.toFixed(2).padStart(12)}  ${fullMbs.toFixed(2).padStart(10)}  ` +
      `${String(f.found).padStart(11)}  ${compCell.padStart(15)}  ${foundCell.padStart(7)}  ${ratioCell.padStart(6)}  ` +
      `${secs(c)} / ${secs(f)} / ${compSeconds}  (runs ${runsOf(c)} / ${runsOf(f)} / ${comp.runs ?? '-'})`,
  );
}
worker?.terminate();

// Linearity: MB/s at the largest input over MB/s at 22 KB (1.0 = cost exactly
// linear in the input size; the sample is too small to say).
const base = rows.find((r) => r.name === '22 KB');
const last = rows[rows.length - 1];
if (base && last && last !== base) {
  console.log(
    `linearity (MB/s at ${last.name} / MB/s at ${base.name}; 1.00 = linear): core ${(last.coreMbs / base.coreMbs).toFixed(2)}, ` +
      `full ${(last.fullMbs / base.fullMbs).toFixed(2)}`,
  );
}
// compromise's time where it was stopped, extrapolated (clearly an estimate)
// by a power law through its 22 KB and 1 MB times.
const measured = rows.filter((r) => r.comp && r.comp.seconds && r.name !== 'sample');
if (capped.length && measured.length >= 2) {
  const [a, b] = measured.slice(-2);
  const exponent = Math.log(b.comp.seconds / a.comp.seconds) / Math.log(b.bytes / a.bytes);
  for (const name of capped) {
    const r = rows.find((row) => row.name === name);
    const seconds = b.comp.seconds * (r.bytes / b.bytes) ** exponent;
    const mbs = r.bytes / 1e6 / seconds;
    notes.push(
      `${name}: EXTRAPOLATED, not measured: compromise's time grows as size^${exponent.toFixed(2)} from ${a.name} to ${b.name}, ` +
        `which predicts about ${seconds.toFixed(0)} s (${mbs.toFixed(3)} MB/s, ratio about ${(r.fullMbs / mbs).toFixed(0)}x)`,
    );
  }
}
if (skipped.length) notes.push(`not run (over --max-mb ${maxMb}): ${skipped.join(', ')}`);
if (!withCompromise) notes.push('compromise not run (--no-compromise)');
for (const note of notes) console.log(`note: ${note}`);
