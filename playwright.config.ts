// Playwright end-to-end tests of the built app (dist/, made by
// `trunk build --release`), served by Python's static server on 127.0.0.1 and
// driven in Debian's Chromium. Browsers are never downloaded.
import { defineConfig } from '@playwright/test';

// scripts/test picks a free port and passes it here, so that runs in
// different checkouts on one machine do not collide.
const port = Number(process.env.LEDE_E2E_PORT ?? 4173);
const chromium = process.env.LEDE_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'target/playwright/results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
        '--no-default-browser-check',
      ],
    },
  },
  webServer: {
    command: `python3 -m http.server ${port} --bind 127.0.0.1 --directory dist`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
