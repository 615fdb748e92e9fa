// Correcting the machine (issue 6): one-key actions and buttons, adding from a
// selection, statuses and progress, persistence across reloads with undo/redo,
// and storage failures (quota, corrupt entry) and two tabs.
import { expect, test } from '@playwright/test';
import { ReviewPage } from './pages/review-page';

let lede: ReviewPage;

test.beforeEach(async ({ page }) => {
  lede = new ReviewPage(page);
  await lede.goto();
});

test('correct one annotation of each kind by keyboard, then reload', async ({ page }) => {
  await expect(lede.progress).toHaveText(/^0 of \d+ reviewed$/);
  const total = Number((await lede.progress.textContent())!.match(/of (\d+)/)![1]);

  // Figure: accept (a).
  const figure = await lede.selectEntry(lede.items('figure').first());
  await lede.focusArticle();
  await lede.keys('a');
  await expect(lede.item(figure)).toHaveAttribute('data-status', 'accepted');
  await expect(lede.mark(figure)).toHaveAttribute('data-status', 'accepted');
  await expect(lede.progress).toHaveText(`1 of ${total} reviewed`);

  // Quote: reject (x); it leaves the article but stays listed.
  const quote = await lede.selectEntry(lede.items('quote').first());
  await lede.keys('x');
  await expect(lede.item(quote)).toHaveAttribute('data-status', 'rejected');
  await expect(lede.mark(quote)).toHaveCount(0);
  await page.getByTestId('show-rejected').check();
  await expect(lede.mark(quote)).toHaveAttribute('data-status', 'rejected');

  // Claim: move its end one word left (shift+←): edited.
  const claim = await lede.selectEntry(lede.items('claim').first());
  const before = await lede.mark(claim).textContent();
  await lede.keys('Shift+ArrowLeft');
  await expect(lede.item(claim)).toHaveAttribute('data-status', 'edited');
  expect((await lede.mark(claim).textContent())!.length).toBeLessThan(before!.length);
  await expect(lede.progress).toHaveText(`3 of ${total} reviewed`);

  await page.reload();
  await expect(lede.article).toBeVisible();
  await expect(lede.item(figure)).toHaveAttribute('data-status', 'accepted');
  await expect(lede.item(quote)).toHaveAttribute('data-status', 'rejected');
  await expect(lede.item(claim)).toHaveAttribute('data-status', 'edited');
  await expect(lede.progress).toHaveText(`3 of ${total} reviewed`);

  // Undo across the reload (u), then redo (ctrl+shift+z).
  await lede.focusArticle();
  await lede.keys('u');
  await expect(lede.item(claim)).toHaveAttribute('data-status', 'suggested');
  await page.reload();
  await expect(lede.item(claim)).toHaveAttribute('data-status', 'suggested');
  await lede.focusArticle();
  await lede.keys('Control+Shift+Z');
  await expect(lede.item(claim)).toHaveAttribute('data-status', 'edited');
  expect(lede.errors).toEqual([]);
});

test('correct by mouse: buttons retype and edit', async ({ page }) => {
  const figure = await lede.selectEntry(lede.items('figure').first());
  await lede.button('accept').click();
  await expect(lede.item(figure)).toHaveAttribute('data-status', 'accepted');

  // Retype a claim as a quote with the button.
  const claim = await lede.selectEntry(lede.items('claim').last());
  await lede.button('retype-quote').click();
  await expect(lede.mark(claim)).toHaveAttribute('data-kind', 'quote');

  // Edit the speaker of a quote.
  const quote = await lede.selectEntry(lede.items('quote').first());
  await lede.button('edit').click();
  await lede.editor.getByTestId('edit-speaker').fill('Jane Example');
  await lede.editor.getByTestId('edit-save').click();
  await expect(lede.item(quote)).toHaveAttribute('data-status', 'edited');
  await expect(lede.sidePanel.locator('[data-speaker="Jane Example"]').first()).toBeVisible();

  await page.reload();
  await expect(lede.sidePanel.locator('[data-speaker="Jane Example"]').first()).toBeVisible();
  await expect(lede.mark(claim)).toHaveAttribute('data-kind', 'quote');
  expect(lede.errors).toEqual([]);
});

test('add an annotation from a text selection, by key and by button', async ({ page }) => {
  await lede.selectText('staff reporter');
  await lede.keys('1');
  const added = lede.article.locator('mark[data-status=added]');
  await expect(added).toHaveCount(1);
  await expect(added).toHaveText('staff reporter');
  await expect(added).toHaveAttribute('data-kind', 'quote');

  await lede.selectText('town hall');
  await lede.button('add-claim').click();
  await expect(lede.article.locator('mark[data-status=added]')).toHaveCount(2);

  await page.reload();
  await expect(lede.article.locator('mark[data-status=added]')).toHaveCount(2);
  // Deleting one of ours removes it.
  const id = (await lede.article.locator('mark[data-status=added][data-kind=quote]').getAttribute('data-id'))!;
  await lede.selectEntry(lede.item(id));
  await lede.keys('Delete');
  await expect(lede.article.locator('mark[data-status=added]')).toHaveCount(1);
  expect(lede.errors).toEqual([]);
});

test('a full storage shows a message and keeps working in memory', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('lede.doc.')) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await page.reload();
  const figure = await lede.selectEntry(lede.items('figure').first());
  await lede.focusArticle();
  await lede.keys('a');
  await expect(lede.notice('storage')).toContainText('Storage is full');
  await expect(lede.item(figure)).toHaveAttribute('data-status', 'accepted');
  await lede.keys('u');
  await expect(lede.item(figure)).toHaveAttribute('data-status', 'suggested');
  await lede.keys('Control+y');
  await expect(lede.item(figure)).toHaveAttribute('data-status', 'accepted');
});

test('a corrupt entry is kept aside with a message; the rest opens', async ({ page }) => {
  const figure = await lede.selectEntry(lede.items('figure').first());
  await lede.focusArticle();
  await lede.keys('a');
  await expect(lede.item(figure)).toHaveAttribute('data-status', 'accepted');
  // Saving happens once the change is painted.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('lede.last'))).toMatch(/^lede\.doc\.[0-9a-f]{64}$/);
  const key = await page.evaluate(() => localStorage.getItem('lede.last'));
  await page.evaluate((k) => localStorage.setItem(k!, '{"format":"lede.document","version":99,"text":"x"}'), key);
  await page.reload();
  await expect(lede.notice('storage')).toContainText('could not be opened');
  await expect(lede.notice('storage')).toContainText('kept aside');
  await expect(lede.article).toContainText('Harbour city pledges');
  const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('lede.aside.')));
  expect(aside).toHaveLength(1);
  expect(await page.evaluate((k) => localStorage.getItem(k), aside[0])).toContain('"version":99');
});

test('two tabs: a change in one shows in the other', async ({ context }) => {
  const figure = await lede.selectEntry(lede.items('figure').first());
  await lede.focusArticle();
  await lede.keys('a');
  const other = new ReviewPage(await context.newPage());
  await other.goto();
  await expect(other.item(figure)).toHaveAttribute('data-status', 'accepted');
  // A change here reaches the other tab through the storage event.
  await lede.keys('x');
  await expect(other.item(figure)).toHaveAttribute('data-status', 'rejected');
  await expect(other.notice('sync')).toContainText('another tab');
});

test('the documents list reopens, renames and deletes', async ({ page }) => {
  await lede.focusArticle();
  await lede.keys('j', 'a');
  await lede.paste({ text: 'A second story: the council hired 14 new nurses on Friday.' });
  await lede.focusArticle();
  await lede.keys('j', 'a');
  await page.getByTestId('documents-button').click();
  await expect(lede.documents.getByTestId('document')).toHaveCount(2);
  await expect(lede.documents.getByTestId('storage-used')).toContainText('KB');
  const sample = lede.documents.locator('[data-testid=document][data-title^="Harbour"]');
  await sample.getByTestId('document-title').fill('Flood story');
  await sample.getByTestId('document-title').press('Enter');
  const renamed = lede.documents.locator('[data-testid=document][data-title="Flood story"]');
  await renamed.getByTestId('document-open').click();
  await expect(lede.article).toContainText('Harbour city pledges');
  await expect(lede.title).toHaveValue('Flood story');
  await page.getByTestId('documents-button').click();
  const second = lede.documents.locator('[data-testid=document][data-title^="A second"]');
  await second.getByTestId('document-delete').click();
  await expect(lede.documents.getByTestId('document')).toHaveCount(1);
});

test('a correction still waiting to be saved when a new text arrives is saved with its own text', async ({ page }) => {
  // Accept an item and paste a new text in one browser task, so no frame (and
  // so no save) runs in between: the save still pending belongs to the sample.
  const second = 'A second story: the council hired 14 new nurses on Friday.';
  const status = await lede.article.evaluate(async (article, text) => {
    const settle = async (done: () => boolean) => {
      for (let i = 0; i < 1000 && !done(); i++) await Promise.resolve();
      return done();
    };
    article.focus();
    for (const key of ['j', 'a']) {
      article.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    }
    const accepted = await settle(() => article.querySelector('mark[data-status=accepted]') !== null);
    const input = document.querySelector('[data-testid=input]') as HTMLTextAreaElement;
    input.focus();
    input.select();
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    return { accepted };
  }, second);
  expect(status.accepted).toBe(true);
  await expect(lede.article).toContainText('14 new nurses');
  await page.getByTestId('documents-button').click();
  // Only the sample has a correction; the new text, untouched, is saved too.
  const sample = lede.documents.locator('[data-testid=document][data-title^="Harbour"]');
  await expect(sample.getByTestId('document-corrections')).toHaveText('1 correction');
  await sample.getByTestId('document-open').click();
  await expect(lede.article).toContainText('Harbour city pledges');
  await expect(lede.article.locator('mark[data-status=accepted]')).toHaveCount(1);
});

test('a correction whose text is gone is shown as orphaned, not dropped', async ({ page }) => {
  await lede.selectText('staff reporter');
  await lede.keys('1');
  await expect(lede.article.locator('mark[data-status=added]')).toHaveText('staff reporter');
  const text = await lede.input.inputValue();
  await lede.setText(text.replace('By a staff reporter\n', ''));
  await expect(lede.article).not.toContainText('staff reporter');
  const orphans = page.getByTestId('orphans');
  await expect(orphans).toContainText('1 correction(s) could not be placed');
  await orphans.locator('summary').click();
  await expect(orphans.getByTestId('orphan')).toContainText('add “staff reporter”');
  // It survives a reload.
  await page.reload();
  await expect(page.getByTestId('orphans')).toContainText('1 correction(s)');
});

test('every attribute can be edited by mouse, and the edits survive a reload', async ({ page }) => {
  // Quote: speaker, cue and style.
  const quote = await lede.selectEntry(lede.items('quote').first());
  await lede.edit({ speaker: 'Ada Example', cue: 'insisted', 'quote-style': 'partial' });
  await expect(lede.item(quote)).toHaveAttribute('data-status', 'edited');
  await expect(await lede.detail('speaker')).toHaveText('Ada Example');
  await expect(await lede.detail('cue')).toHaveText('insisted');
  await expect(await lede.detail('style')).toHaveText('partial');

  // Figure: value, unit, qualifier and type.
  const figure = await lede.selectEntry(lede.items('figure').first());
  await lede.edit({ value: '1234.5', unit: 'ferries', qualifier: 'at_least', 'figure-kind': 'measure' });
  await expect(lede.item(figure)).toHaveAttribute('data-status', 'edited');
  await expect(await lede.detail('value')).toHaveText('1234.5');
  await expect(await lede.detail('unit')).toHaveText('ferries');
  await expect(await lede.detail('qualifier')).toHaveText('at least');
  await expect(await lede.detail('type')).toHaveText('measure');

  // Claim: type.
  const claim = await lede.selectEntry(lede.items('claim').first());
  await lede.edit({ 'claim-kind': 'prediction' });
  await expect(await lede.detail('type')).toHaveText('prediction');

  // The editor starts from the current values.
  await lede.selectEntry(lede.item(figure));
  await lede.button('edit').click();
  await expect(lede.editor.getByTestId('edit-qualifier')).toHaveValue('at_least');
  await expect(lede.editor.getByTestId('edit-figure-kind')).toHaveValue('measure');
  await lede.keys('Escape');

  await page.reload();
  await lede.selectEntry(lede.item(quote));
  await expect(await lede.detail('style')).toHaveText('partial');
  await expect(await lede.detail('speaker')).toHaveText('Ada Example');
  await lede.selectEntry(lede.item(figure));
  await expect(await lede.detail('qualifier')).toHaveText('at least');
  await expect(await lede.detail('type')).toHaveText('measure');
  await expect(await lede.detail('unit')).toHaveText('ferries');
  await lede.selectEntry(lede.item(claim));
  await expect(await lede.detail('type')).toHaveText('prediction');
  expect(lede.errors).toEqual([]);
});

test('move the start of an annotation by keyboard and by button', async () => {
  const claim = await lede.selectEntry(lede.items('claim').first());
  const before = (await lede.mark(claim).textContent())!;
  await lede.focusArticle();
  await lede.keys('Alt+Shift+ArrowRight');
  await expect(lede.item(claim)).toHaveAttribute('data-status', 'edited');
  const moved = (await lede.mark(claim).textContent())!;
  expect(moved.length).toBeLessThan(before.length);
  expect(before.endsWith(moved)).toBe(true);
  // The button moves it back a word.
  await lede.button('start-left').click();
  await expect(lede.mark(claim)).toHaveText(before);
  await lede.button('start-right').click();
  await expect(lede.mark(claim)).toHaveText(moved);
  // Undo all three: the machine's span again.
  await lede.focusArticle();
  await lede.keys('u', 'u', 'u');
  await expect(lede.item(claim)).toHaveAttribute('data-status', 'suggested');
  await expect(lede.mark(claim)).toHaveText(before);
  expect(lede.errors).toEqual([]);
});

test('storage disabled: a message, and corrections still work in memory', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('storage is disabled', 'SecurityError');
      },
    });
  });
  await page.reload();
  await expect(lede.notice('storage')).toContainText('Storage is disabled');
  const figure = await lede.selectEntry(lede.items('figure').first());
  await lede.focusArticle();
  await lede.keys('a');
  await expect(lede.item(figure)).toHaveAttribute('data-status', 'accepted');
  await lede.keys('u');
  await expect(lede.item(figure)).toHaveAttribute('data-status', 'suggested');
  await lede.keys('Control+Shift+Z');
  await expect(lede.item(figure)).toHaveAttribute('data-status', 'accepted');
  await expect(lede.notice('storage')).toContainText('Export');
});
