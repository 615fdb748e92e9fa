// Worker thread of bench.mjs: runs npm `compromise` on the texts it is sent
// and posts back its timings. compromise runs synchronously for minutes on
// large inputs, so bench.mjs runs it here, where it can be stopped
// (worker.terminate()) when it passes the time cap, rather than hang the run.
import { parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';

/** What compromise does for one text: parse, then list numbers and quotations. */
function run(text) {
  const doc = nlp(text);
  return doc.numbers().json().length + doc.quotations().json().length;
}

parentPort.on('message', ({ text, warmup, budgetMs, maxRuns }) => {
  // Untimed warm-up (the JIT), like Lede's in bench.mjs.
  if (warmup) run(warmup);
  // Timed like Lede's runs (bench.mjs timeOnce): wall clock and the
  // process's CPU time (the main thread only waits meanwhile).
  const runs = [];
  const end = performance.now() + budgetMs;
  do {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const found = run(text);
    const wall = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    runs.push({ wall, cpu: (c.user + c.system) / 1e6, found });
  } while (performance.now() < end && runs.length < maxRuns);
  parentPort.postMessage({ runs });
});
