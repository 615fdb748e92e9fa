// Page object for the reading experience (issue 8): the tooling page object
// plus the side panel, legend, tooltip, help, messages, and ways of getting
// text in (paste, drop, open). Only data-testid and the mark classes are used.
import { expect, type Locator, type Page } from '@playwright/test';
import { LedePage, type MarkKind } from './lede-page';

export class ReaderPage extends LedePage {
  readonly title: Locator;
  readonly sidePanel: Locator;
  readonly tooltip: Locator;
  readonly help: Locator;
  readonly details: Locator;
  readonly chart: Locator;
  readonly chartRows: Locator;
  readonly fileInput: Locator;

  constructor(page: Page) {
    super(page);
    this.title = page.getByTestId('title');
    this.sidePanel = page.getByTestId('side-panel');
    this.tooltip = page.getByTestId('tooltip');
    this.help = page.getByTestId('help');
    this.details = page.getByTestId('details');
    this.chart = page.getByTestId('chart');
    this.chartRows = page.getByTestId('chart-row');
    this.fileInput = page.getByTestId('file-input');
  }

  /** A toggle of the legend. */
  toggle(kind: MarkKind): Locator {
    return this.page.getByTestId(`toggle-${kind}`);
  }

  /** Side-panel entries (of one kind). */
  items(kind?: MarkKind): Locator {
    const all = this.sidePanel.getByTestId('item');
    return kind ? all.and(this.page.locator(`[data-kind=${kind}]`)) : all;
  }

  /** The side-panel entry of an annotation. */
  item(id: string): Locator {
    return this.sidePanel.locator(`[data-testid=item][data-id="${id}"]`);
  }

  /** The (first fragment of the) highlight of an annotation. */
  mark(id: string): Locator {
    return this.article.locator(`mark[data-id="${id}"][data-first]`);
  }

  /** The selected highlight. */
  selectedMark(): Locator {
    return this.article.locator('mark.lede-selected[data-first]');
  }

  /** A message banner. */
  notice(key: 'input' | 'storage' | 'sync' | 'import'): Locator {
    return this.page.getByTestId(`notice-${key}`);
  }

  /** Pastes into the input over its whole content, as the clipboard would. */
  async paste(data: { text?: string; html?: string }): Promise<void> {
    await this.input.evaluate((el: HTMLTextAreaElement, d) => {
      el.focus();
      el.select();
      const dt = new DataTransfer();
      if (d.html !== undefined) dt.setData('text/html', d.html);
      if (d.text !== undefined) dt.setData('text/plain', d.text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, data);
  }

  /** Drops a file (built from `content`) onto the article. */
  async dropFile(name: string, content: string | number[], type = 'text/plain'): Promise<void> {
    await this.article.evaluate(
      (el, f) => {
        const body = typeof f.content === 'string' ? f.content : new Uint8Array(f.content);
        const dt = new DataTransfer();
        dt.items.add(new File([body], f.name, { type: f.type }));
        el.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
        el.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      },
      { name, content, type },
    );
  }

  /** Opens a file through the "Open file…" control. */
  async openFile(name: string, content: string | Buffer, mimeType = 'text/plain'): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
  }

  /** Waits until the article shows `text` (paragraphs joined by nothing). */
  async expectArticleText(text: string | RegExp): Promise<void> {
    await expect(this.article).toHaveText(text);
  }

  /** Presses keys on the page body (not in a text field). */
  async keys(...keys: string[]): Promise<void> {
    for (const k of keys) await this.page.keyboard.press(k);
  }

  /** Moves the focus out of text fields so shortcuts apply. */
  async focusArticle(): Promise<void> {
    await this.article.focus();
  }
}
