// The reading experience (issue 8): getting text in, highlights, legend,
// tooltips, side panel, list <-> highlight linking, the chart, the keyboard,
// bad input messages, and no request to any other origin.
import { expect, test } from '@playwright/test';
import { ReaderPage } from './pages/reader-page';

// Written for these tests.
const STORY = [
  'Ferry crossings resume after the storm',
  'The operator said 57 passengers and 9 cars crossed on Monday, up 12% on last week.',
  '“We will add three more sailings by June,” said Maria Santos, the company’s director.',
  'Harbour staff said the repairs cost about £4.5m and took nearly six weeks.',
].join('\n');

let lede: ReaderPage;

test.beforeEach(async ({ page }) => {
  lede = new ReaderPage(page);
  await lede.goto();
});

test.afterEach(async () => {
  expect(lede.errors).toEqual([]);
});

test('first visit shows the sample with every kind highlighted', async () => {
  await expect(lede.title).toHaveValue(/^Harbour city pledges/);
  for (const kind of ['quote', 'figure', 'claim'] as const) {
    expect(await lede.marks(kind).count(), kind).toBeGreaterThan(0);
  }
  // Highlights carry screen-reader labels naming their kind.
  await expect(lede.marks('quote').first()).toHaveAttribute('aria-label', /^Quote by /);
  await expect(lede.marks('figure').first()).toHaveAttribute('aria-label', /^Figure /);
  await expect(lede.marks('claim').first()).toHaveAttribute('aria-label', /^Claim, /);
});

test('pasting plain text annotates it with paragraphs kept', async () => {
  await lede.paste({ text: STORY });
  await expect(lede.article.locator('p.lede-paragraph')).toHaveCount(4);
  await expect(lede.article.locator('p.lede-paragraph').nth(1)).toHaveText(
    'The operator said 57 passengers and 9 cars crossed on Monday, up 12% on last week.',
  );
  await expect(lede.marks('figure').first()).toHaveText(/57/);
  await expect(lede.marks('quote').first()).toContainText('We will add three more sailings');
  await expect(lede.input).toHaveValue(STORY);
  // A pasted text replaces the sample's title.
  await expect(lede.title).toHaveValue('');
  await expect(lede.items('figure').nth(1)).toBeAttached();
});

test('pasted HTML becomes clean text and never runs', async ({ page }) => {
  const html = `<html><head><title>Ferry news</title><style>p{color:red}</style></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <div class="advert">Buy a boat today</div>
    <article><h1>Ferries are back</h1>
      <p>The operator said <b>57 passengers</b> crossed.<img src=x onerror="window.__pwned=1"></p>
      <script>window.__pwned = 2;</script>
      <p>“We will add sailings,” said Maria Santos.</p></article>
    <footer>© Ferry Times</footer></body></html>`;
  await lede.paste({ html, text: 'plain fallback' });
  await expect(lede.article.locator('p.lede-paragraph')).toHaveText([
    'Ferries are back',
    'The operator said 57 passengers crossed.',
    '“We will add sailings,” said Maria Santos.',
  ]);
  await expect(lede.title).toHaveValue('Ferry news');
  await expect(lede.article.locator('img, script, b, nav')).toHaveCount(0);
  await expect(page.getByText('Buy a boat today')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('dropping or opening a file loads it', async () => {
  await lede.dropFile('ferry-report.txt', STORY);
  await expect(lede.article.locator('p.lede-paragraph')).toHaveCount(4);
  await expect(lede.title).toHaveValue('ferry report');

  await lede.dropFile('page.html', '<title>From HTML</title><p>Some 40 people <i>came</i>.</p><script>x()</script>', 'text/html');
  await expect(lede.article.locator('p.lede-paragraph')).toHaveText(['Some 40 people came.']);
  await expect(lede.title).toHaveValue('From HTML');

  await lede.openFile('notes.md', '# Council vote\n\nThe council voted **31 to 9** to [approve](http://x) the plan.');
  await expect(lede.article.locator('p.lede-paragraph')).toHaveText([
    'Council vote',
    'The council voted 31 to 9 to approve the plan.',
  ]);
});

test('bad input gets a clear message and keeps the document', async () => {
  await lede.setText('');
  await expect(lede.notice('input')).toContainText('empty');
  await expect(lede.page.getByTestId('empty')).toBeVisible();

  await lede.paste({ text: STORY });
  await expect(lede.notice('input')).toHaveCount(0);

  await lede.dropFile('photo.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48], 'image/png');
  await expect(lede.notice('input')).toContainText('binary');
  await expect(lede.article).toContainText('Ferry crossings resume');

  await lede.openFile('huge.txt', Buffer.alloc(9 * 1024 * 1024, 'a'));
  await expect(lede.notice('input')).toContainText('up to 8 MB');
  await expect(lede.article).toContainText('Ferry crossings resume');
});

test('a 2 MB article loads', async () => {
  test.setTimeout(120_000);
  const line = 'The council said 120 homes were flooded and repairs would cost £3m over two years.\n';
  const text = line.repeat(Math.ceil((2 * 1024 * 1024) / line.length));
  expect(text.length).toBeGreaterThan(2 * 1024 * 1024);
  await lede.openFile('long.txt', text);
  // The first screen comes at once; the rest is drawn in growing chunks.
  await expect(lede.article.locator('p.lede-paragraph').first()).toHaveText(line.trim(), { timeout: 90_000 });
  await expect(lede.article.locator('p.lede-paragraph').nth(999)).toHaveText(line.trim());
  await expect(lede.article.locator('mark.lede-figure').first()).toHaveText(/120/);
  await expect(lede.notice('input')).toHaveCount(0);
  await expect(lede.page.getByTestId('edit-text')).toBeVisible();
});

test('legend toggles hide and show one kind', async () => {
  const figure = lede.marks('figure').first();
  const before = await figure.evaluate((el) => getComputedStyle(el).backgroundColor);
  await lede.toggle('figure').click();
  await expect(lede.toggle('figure')).toHaveAttribute('aria-pressed', 'false');
  await expect(lede.article).toHaveClass(/lede-hide-figure/);
  expect(await figure.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
  expect(await lede.marks('quote').first().evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(
    'rgba(0, 0, 0, 0)',
  );
  await lede.toggle('figure').click();
  expect(await figure.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(before);
  // The keyboard toggles too.
  await lede.focusArticle();
  await lede.keys('q');
  await expect(lede.toggle('quote')).toHaveAttribute('aria-pressed', 'false');
  await lede.keys('q');
  await expect(lede.toggle('quote')).toHaveAttribute('aria-pressed', 'true');
});

test('keyboard moves between annotations, opens details and help', async () => {
  await lede.focusArticle();
  await lede.keys('j');
  const first = await lede.selectedMark().getAttribute('data-id');
  expect(first).toBeTruthy();
  await expect(lede.selectedMark()).toBeFocused();
  await expect(lede.tooltip).toBeVisible();
  await lede.keys('j', 'ArrowDown');
  const third = await lede.selectedMark().getAttribute('data-id');
  expect(third).not.toBe(first);
  await lede.keys('k', 'ArrowUp');
  await expect(lede.selectedMark()).toHaveAttribute('data-id', first!);
  await expect(lede.item(first!)).toHaveAttribute('data-selected', 'true');

  await lede.keys('Enter');
  await expect(lede.details).toBeVisible();
  await expect(lede.details).toContainText('Status');
  await lede.keys('Escape');
  await expect(lede.details).toHaveCount(0);

  await lede.keys('?');
  await expect(lede.help).toBeVisible();
  await expect(lede.help).toContainText('next annotation');
  await lede.keys('Escape');
  await expect(lede.help).toHaveCount(0);

  // Hidden kinds are skipped.
  await lede.keys('f', 'c');
  for (let i = 0; i < 4; i++) {
    await lede.keys('j');
    await expect(lede.selectedMark()).toHaveAttribute('data-kind', 'quote');
  }
});

test('selecting a list entry scrolls to and flashes its highlight, and back', async ({ page }) => {
  const last = lede.items('figure').last();
  const id = (await last.getAttribute('data-id'))!;
  await last.click();
  await expect(lede.mark(id)).toHaveClass(/lede-selected/);
  await expect(lede.mark(id)).toBeInViewport();
  await expect(lede.mark(id)).toBeFocused();

  // Clicking a highlight selects its entry.
  const quote = lede.marks('quote').first();
  const quoteId = (await quote.getAttribute('data-id'))!;
  await quote.click();
  await expect(lede.item(quoteId)).toHaveAttribute('data-selected', 'true');
  await expect(lede.item(quoteId)).toBeInViewport();
  await expect(lede.item(id)).not.toHaveAttribute('data-selected', 'true');

  // Hovering shows the details.
  await page.mouse.move(0, 0);
  await lede.marks('figure').first().hover();
  await expect(lede.tooltip).toBeVisible();
  await expect(lede.tooltip).toContainText('Value');
});

test('quotes are grouped by speaker and the chart shows their shares', async () => {
  const groups = lede.sidePanel.getByTestId('speaker-group');
  await expect(groups.first()).toBeVisible();
  await expect(lede.chart).toBeVisible();
  const rows = await lede.chartRows.evaluateAll((gs) =>
    gs.map((g) => ({
      speaker: g.getAttribute('data-speaker'),
      quotes: Number(g.getAttribute('data-quotes')),
      words: Number(g.getAttribute('data-words')),
    })),
  );
  const speakers = await groups.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-speaker')));
  expect(rows.map((r) => r.speaker)).toEqual(speakers.slice(0, rows.length));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  expect(Math.abs(sum(rows.map((r) => r.quotes)) - 100)).toBeLessThanOrEqual(rows.length);
  expect(Math.abs(sum(rows.map((r) => r.words)) - 100)).toBeLessThanOrEqual(rows.length);
  // Bars are drawn to scale.
  const widths = await lede.chart.locator('rect.lede-bar-quotes').evaluateAll((rs) =>
    rs.slice(1).map((r) => Number(r.getAttribute('width'))),
  );
  expect(widths[0]).toBeGreaterThanOrEqual(widths[widths.length - 1]);
  // Clicking a speaker selects their first quote.
  await lede.chartRows.first().click();
  await expect(lede.selectedMark()).toHaveAttribute('data-kind', 'quote');
  // Claims are ranked by score.
  const scores = await lede.sidePanel.getByTestId('claim-score').allTextContents();
  const numbers = scores.map(Number);
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
});

test('the page is locked down: CSP and no request to another origin', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  await page.reload();
  await expect(lede.article).toBeVisible();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  await lede.paste({ html: '<p>Pic <img src="https://example.com/x.png"> and 5 ships</p>' });
  await expect(lede.article).toContainText('5 ships');
  await lede.focusArticle();
  await lede.keys('j', 'Enter', '?', 'Escape');
  expect(foreign).toEqual([]);
});
