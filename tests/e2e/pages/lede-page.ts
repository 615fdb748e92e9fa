// Page object for Lede: every spec reaches the page through these locators,
// which use only the data-testid contract and the mark classes.
import { expect, type ConsoleMessage, type Locator, type Page } from '@playwright/test';

export type MarkKind = 'figure' | 'quote' | 'claim';

export class LedePage {
  readonly input: Locator;
  readonly article: Locator;
  /** Console errors and page errors seen since `goto` (CSP violations land here). */
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    this.input = page.getByTestId('input');
    this.article = page.getByTestId('article');
    page.on('console', (msg: ConsoleMessage) => {
      if (msg.type() === 'error') this.errors.push(msg.text());
    });
    page.on('pageerror', (err: Error) => this.errors.push(err.message));
  }

  /** Opens the app and waits until the article view is rendered. */
  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.article).toBeVisible();
    // The side lists are drawn once the article is painted.
    await expect(this.page.locator('[data-testid=side-panel]:not([aria-busy])')).toBeAttached();
  }

  /** The marks of one kind in the article view. */
  marks(kind: MarkKind): Locator {
    return this.article.locator(`mark.lede-${kind}`);
  }

  /** Replaces the input text as a user would (select all, type). */
  async setText(text: string): Promise<void> {
    await this.input.fill(text);
  }
}
