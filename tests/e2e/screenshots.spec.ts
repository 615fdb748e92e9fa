// Generates the screenshots in docs/screenshots/ (light and dark, wide and
// phone width) from the built-in sample with one annotation selected.
import { test } from '@playwright/test';
import { ReaderPage } from './pages/reader-page';

const shots = [
  { name: 'wide-light', width: 1400, height: 900, colorScheme: 'light' },
  { name: 'wide-dark', width: 1400, height: 900, colorScheme: 'dark' },
  { name: 'phone-light', width: 390, height: 844, colorScheme: 'light' },
  { name: 'phone-dark', width: 390, height: 844, colorScheme: 'dark' },
] as const;

for (const shot of shots) {
  test(`screenshot ${shot.name}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: shot.colorScheme, reducedMotion: 'reduce' });
    await page.setViewportSize({ width: shot.width, height: shot.height });
    const lede = new ReaderPage(page);
    await lede.goto();
    await lede.focusArticle();
    await lede.keys('j', 'j', 'j');
    await page.screenshot({ path: `docs/screenshots/${shot.name}.png` });
  });
}
