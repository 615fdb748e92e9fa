// Page object for corrections (issue 6): the review bar, statuses, storage.
import { expect, type Locator, type Page } from '@playwright/test';
import { ReaderPage } from './reader-page';

export class ReviewPage extends ReaderPage {
  readonly progress: Locator;
  readonly editor: Locator;
  readonly documents: Locator;

  constructor(page: Page) {
    super(page);
    this.progress = page.getByTestId('progress');
    this.editor = page.getByTestId('editor');
    this.documents = page.getByTestId('documents');
  }

  /** A review-bar button by its test id (accept, reject, retype-figure, undo…). */
  button(id: string): Locator {
    return this.page.getByTestId(id);
  }

  /** Selects the annotation through its side-panel entry and returns its id. */
  async selectEntry(entry: Locator): Promise<string> {
    const id = (await entry.getAttribute('data-id'))!;
    await entry.click();
    await expect(this.mark(id)).toHaveClass(/lede-selected/);
    return id;
  }

  /** Selects `text` (its first occurrence in the article) as a user would with the mouse. */
  async selectText(text: string): Promise<void> {
    await this.article.evaluate((article, t) => {
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent!.indexOf(t);
        if (i >= 0) {
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + t.length);
          const sel = window.getSelection()!;
          sel.removeAllRanges();
          sel.addRange(range);
          return;
        }
      }
      throw new Error(`text not found: ${t}`);
    }, text);
  }

  /** Opens the attribute editor of the selected annotation, applies `fields`
   *  (test id suffix -> text for inputs, option value for selects) and saves. */
  async edit(fields: Record<string, string>): Promise<void> {
    await this.button('edit').click();
    await expect(this.editor).toBeVisible();
    for (const [name, value] of Object.entries(fields)) {
      const field = this.editor.getByTestId(`edit-${name}`);
      if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
      else await field.fill(value);
    }
    await this.editor.getByTestId('edit-save').click();
    await expect(this.editor).toHaveCount(0);
  }

  /** A field of the details sheet of the selected annotation (opened with Enter). */
  async detail(field: string): Promise<Locator> {
    if (!(await this.details.isVisible())) {
      await this.focusArticle();
      await this.keys('Enter');
    }
    return this.details.locator(`dd[data-field="${field}"]`);
  }

  /** The status of an annotation as its list entry shows it. */
  status(id: string): Locator {
    return this.item(id);
  }
}
