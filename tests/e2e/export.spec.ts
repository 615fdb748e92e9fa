// Export and import (issue 7): correct some annotations, download each format
// through the Export menu, check the corrections are in the files, and import
// Lede JSON and W3C files into a fresh browser profile.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ReviewPage } from './pages/review-page';

async function exportFile(page: Page, id: string): Promise<{ name: string; text: string }> {
  const menu = page.getByTestId('export-menu');
  if (!(await menu.evaluate((d: HTMLDetailsElement) => d.open))) await menu.locator('summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${id}`).click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

/** Accepts the first figure, rejects the first quote, adds a claim; returns what was done. */
async function correct(lede: ReviewPage) {
  const figure = await lede.selectEntry(lede.items('figure').first());
  const figureText = (await lede.mark(figure).textContent())!;
  await lede.focusArticle();
  await lede.keys('a');
  const quote = await lede.selectEntry(lede.items('quote').first());
  await lede.keys('x');
  await lede.selectText('staff reporter');
  await lede.keys('3');
  await expect(lede.article.locator('mark[data-status=added]')).toHaveText('staff reporter');
  return { figure, figureText, quote };
}

test('export every format, then import Lede JSON and W3C into a fresh profile', async ({ page, browser }) => {
  const lede = new ReviewPage(page);
  await lede.goto();
  const { figure, figureText, quote } = await correct(lede);
  const progress = await lede.progress.textContent();

  const json = await exportFile(page, 'json');
  expect(json.name).toMatch(/\.lede\.json$/);
  const doc = JSON.parse(json.text);
  expect(doc.format).toBe('lede.annotations');
  expect(doc.annotations.find((a: { id: string }) => a.id === figure).status).toBe('accepted');
  expect(doc.annotations.find((a: { id: string }) => a.id === quote)).toBeUndefined();
  const added = doc.annotations.find((a: { origin: string }) => a.origin === 'user');
  expect(added).toMatchObject({ kind: 'claim', text: 'staff reporter' });
  expect([...doc.document.text].slice(added.start, added.end).join('')).toBe('staff reporter');

  const w3c = await exportFile(page, 'w3c');
  const collection = JSON.parse(w3c.text);
  expect(JSON.stringify(collection.type)).toContain('AnnotationCollection');
  expect(w3c.text).toContain('"exact": "staff reporter"');

  const csv = await exportFile(page, 'csv');
  const lines = csv.text.replace(/^\uFEFF/, '').split(/\r\n/);
  expect(lines[0]).toContain('status');
  expect(lines.some((l) => l.includes('staff reporter') && l.includes('user'))).toBe(true);
  expect(lines.some((l) => l.includes(figureText) && l.includes('accepted'))).toBe(true);

  const ann = await exportFile(page, 'brat-ann');
  expect(ann.name).toMatch(/\.ann$/);
  expect(ann.text.split('\n').some((l) => /^T\d+\t/.test(l) && l.endsWith('staff reporter'))).toBe(true);
  const txt = await exportFile(page, 'brat-txt');
  expect(txt.text).toBe(doc.document.text);

  const spacy = await exportFile(page, 'spacy');
  const line = JSON.parse(spacy.text.trim());
  const chars = [...line.text];
  expect(
    line.spans.some(
      (s: { start: number; end: number; label: string }) =>
        s.label === 'CLAIM' && chars.slice(s.start, s.end).join('') === 'staff reporter',
    ),
  ).toBe(true);

  // Rejected ones are left out unless asked for.
  await page.getByTestId('export-rejected').check();
  const fullJson = await exportFile(page, 'json');
  const withRejected = JSON.parse(fullJson.text);
  expect(withRejected.annotations.find((a: { id: string }) => a.id === quote).status).toBe('rejected');
  const fullW3c = await exportFile(page, 'w3c');

  // Files with the rejected ones restore the whole state in a fresh profile.
  for (const file of [fullJson, fullW3c]) {
    const context = await browser.newContext();
    const fresh = new ReviewPage(await context.newPage());
    await fresh.goto();
    await fresh.page.getByTestId('import-input').setInputFiles({
      name: file.name,
      mimeType: 'application/json',
      buffer: Buffer.from(file.text),
    });
    await expect(fresh.notice('import')).toContainText('Imported');
    await expect(fresh.article.locator('mark[data-status=added]')).toHaveText('staff reporter');
    await expect(fresh.item(figure)).toHaveAttribute('data-status', 'accepted');
    await expect(fresh.progress).toHaveText(progress!);
    await expect(fresh.item(quote)).toHaveAttribute('data-status', 'rejected');
    // It is saved: a reload keeps it.
    await fresh.page.reload();
    await expect(fresh.item(figure)).toHaveAttribute('data-status', 'accepted');
    await context.close();
  }
});

test('a bad file is refused with a message and the document is untouched', async ({ page }) => {
  const lede = new ReviewPage(page);
  await lede.goto();
  const input = page.getByTestId('import-input');
  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not json at all') });
  await expect(lede.notice('import')).toContainText('was not imported');
  await expect(lede.notice('import')).toContainText('unchanged');
  await input.setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"something.else","version":1}'),
  });
  await expect(lede.notice('import')).toContainText('was not imported');
  await expect(lede.article).toContainText('Harbour city pledges');
});
