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

  /** The status of an annotation as its list entry shows it. */
  status(id: string): Locator {
    return this.item(id);
  }
}
