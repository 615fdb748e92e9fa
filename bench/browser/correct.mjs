// Benchmark (not a test): time from a correction keystroke to the repaint,
// on a 10k-word article, in headless Chromium. Build first
// (`trunk build --release`), then: node bench/browser/correct.mjs [URL]
//
// Selects an annotation (j), then alternates "a" (accept) and "u" (undo); for
// each keystroke, measures inside the page from just before the keydown is
// dispatched to the next animation frame after the highlight shows the new
// status (so that frame has been painted). Prints the median and spread.
import { chromium } from '@playwright/test';
import { article } from './articles.mjs';
import { serveDist } from './serve.mjs';

const words = Number(process.env.WORDS ?? 10_000);
const presses = Number(process.env.PRESSES ?? 40);

const { url, close } = process.argv[2] ? { url: process.argv[2], close: () => {} } : await serveDist();
const browser = await chromium.launch({
  executablePath: process.env.LEDE_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(url);
await page.waitForSelector('[data-testid=article] mark');
await page.evaluate((t) => {
  const input = document.querySelector('[data-testid=input]');
  input.focus();
  input.select();
  const data = new DataTransfer();
  data.setData('text/plain', t);
  input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}, article(words));
await page.waitForSelector('article[data-complete=true]');
await page.getByTestId('article').focus();
// Select an annotation in the middle of the article.
const middle = await page.evaluate(() => {
  const marks = document.querySelectorAll('article mark[data-first]');
  return marks[Math.floor(marks.length / 2)].getAttribute('data-id');
});
await page.locator(`[data-testid=item][data-id="${middle}"]`).click().catch(async () => {
  await page.locator(`article mark[data-id="${middle}"][data-first]`).click();
});
await page.getByTestId('article').focus();

const times = [];
const doms = [];
for (let i = 0; i < presses; i++) {
  const key = i % 2 === 0 ? 'a' : 'u';
  const want = i % 2 === 0 ? 'accepted' : 'suggested';
  const ms = await page.evaluate(
    async ({ key, want }) => {
      const mark = () => document.querySelector('article mark.lede-selected[data-first]');
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      const start = performance.now();
      document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      // The DOM update (Yew renders in a microtask or a task after the dispatch).
      let dom = 0;
      for (let i = 0; i < 1000 && !dom; i++) {
        if (mark()?.getAttribute('data-status') === want) dom = performance.now() - start;
        else await new Promise((r) => setTimeout(r, 0));
      }
      while (mark()?.getAttribute('data-status') !== want) await frame();
      await frame();
      return { paint: performance.now() - start, dom };
    },
    { key, want },
  );
  times.push(ms.paint);
  doms.push(ms.dom);
}
doms.sort((a, b) => a - b);
times.sort((a, b) => a - b);
const pct = (p) => times[Math.min(times.length - 1, Math.floor(times.length * p))];
console.log(`words=${words} presses=${presses}`);
console.log(`keystroke -> DOM updated: median ${doms[Math.floor(doms.length / 2)].toFixed(1)} ms, max ${doms[doms.length - 1].toFixed(1)} ms`);
console.log(`keystroke -> repaint: median ${pct(0.5).toFixed(1)} ms, p90 ${pct(0.9).toFixed(1)} ms, p95 ${pct(0.95).toFixed(1)} ms, min ${times[0].toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms (target: median <= 16 ms)`);
await browser.close();
close();
