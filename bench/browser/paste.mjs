// Benchmark (not a test): time from a paste to the highlights being painted,
// for 1k, 10k and 50k-word articles, in headless Chromium. Build first
// (`trunk build --release`), then: node bench/browser/paste.mjs [URL]
// (default: serves dist/ itself on a free port of 127.0.0.1).
//
// The time is measured inside the page: from just before the paste event is
// dispatched to the second animation frame after the highlights are in the DOM
// (the DOM is checked at each frame; the frame it was seen in is painted when
// the next frame's callback runs): "first" = the first screen
// (first paragraph of the new text highlighted), "all" = the last paragraph.
// Long articles are drawn in chunks, so "first" is what the reader waits for.
import { chromium } from '@playwright/test';
import { article } from './articles.mjs';
import { serveDist } from './serve.mjs';

const sizes = (process.env.SIZES ?? '1000,10000,50000').split(',').map(Number);
const targets = { 1000: 50, 10000: 200, 50000: 1000 };
const runs = Number(process.env.RUNS ?? 5);

const { url, close } = process.argv[2] ? { url: process.argv[2], close: () => {} } : await serveDist();
const browser = await chromium.launch({
  executablePath: process.env.LEDE_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(url);
await page.waitForSelector('[data-testid=article] mark');

console.log('words   paragraphs  marks  first_median_ms  all_median_ms  all_p95_ms  all_min_ms  all_max_ms  target_ms');
for (const words of sizes) {
  const text = article(words);
  const times = [];
  const firsts = [];
  let info = {};
  for (let r = 0; r < runs; r++) {
    // Alternate a one-word change so every run is a new document.
    const t = r % 2 ? text + ' End.' : text;
    info = await page.evaluate(async (t) => {
      const input = document.querySelector('[data-testid=input]');
      const article = document.querySelector('[data-testid=article]');
      const paragraphs = t.split('\n').filter((p) => p.trim()).length;
      input.focus();
      input.select();
      const data = new DataTransfer();
      data.setData('text/plain', t);
      let first = 0;
      const start = performance.now();
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      // Checked at each animation frame: what is in the DOM now is drawn in
      // this frame, so the next frame's callback marks it painted.
      let ms = 0;
      for (;;) {
        const ps = article.querySelectorAll('p.lede-paragraph');
        const all = ps.length === paragraphs && ps[ps.length - 1].querySelector('mark') && input.value === t;
        const firstIn = input.value === t && ps.length && ps[0].textContent === t.split('\n')[0] && article.querySelector('mark');
        if (all || (firstIn && !first)) {
          await frame();
          const painted = performance.now() - start;
          if (!first) first = painted;
          if (all) {
            ms = painted;
            break;
          }
          continue;
        }
        await frame();
      }
      return { ms, first, paragraphs, marks: article.querySelectorAll('mark').length };
    }, t);
    times.push(info.ms);
    firsts.push(info.first);
  }
  times.sort((a, b) => a - b);
  firsts.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const firstMedian = firsts[Math.floor(firsts.length / 2)];
  console.log(
    `${String(words).padEnd(8)}${String(info.paragraphs).padEnd(12)}${String(info.marks).padEnd(7)}${firstMedian.toFixed(0).padStart(15)}${median.toFixed(0).padStart(15)}${times[Math.min(times.length - 1, Math.floor(times.length * 0.95))].toFixed(0).padStart(12)}${times[0].toFixed(0).padStart(12)}${times[times.length - 1].toFixed(0).padStart(12)}${String(targets[words]).padStart(11)}`,
  );
}
await browser.close();
close();
