// Smoke test: the built app loads under its Content-Security-Policy, shows
// the sample article with figures marked, and re-annotates edited text.
import { expect, test } from '@playwright/test';
import { LedePage } from './pages/lede-page';

test('sample article is shown with figures marked', async ({ page }) => {
  const lede = new LedePage(page);
  await lede.goto();
  await expect(lede.input).toHaveValue(/^Harbour city pledges/);
  await expect(lede.article).toContainText('Harbour city pledges');
  expect(await lede.marks('figure').count()).toBeGreaterThan(0);
  await expect(lede.marks('figure').first()).toHaveText(/\d/);
  expect(lede.errors).toEqual([]);
});

test('editing the input re-annotates the article', async ({ page }) => {
  const lede = new LedePage(page);
  await lede.goto();
  await lede.setText('The ferry carried 57 passengers and 9 cars.');
  await expect(lede.article).toHaveText('The ferry carried 57 passengers and 9 cars.');
  await expect(lede.marks('figure')).toHaveCount(2);
  await expect(lede.marks('figure').first()).toHaveText(/^57/);
  expect(lede.errors).toEqual([]);
});
