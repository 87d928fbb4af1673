import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './test/helpers/chromium.ts';

/**
 * The browser tier: Playwright against `astro preview` of the built site in
 * dist/. `npm run test:e2e` builds first; run `npx astro build` yourself
 * before `npx playwright test`.
 *
 * The port is fixed because Playwright's webServer needs to know the URL up
 * front (Starlight's `__e2e__/test-utils.ts` previews on port 0 instead, which
 * only works when each test file starts its own server). Override with
 * E2E_PORT if 4329 is taken. The browser is /usr/bin/chromium, or CHROMIUM_PATH
 * (see test/helpers/chromium.ts).
 */
const port = Number(process.env['E2E_PORT'] ?? 4329);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  workers: 2,
  retries: 0,
  // 'list' ends with a "  N passed" line that scripts and readers can grep.
  reporter: 'list',
  use: {
    baseURL,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions,
      },
    },
  ],
  webServer: {
    // --ignore-lock: Astro 7 refuses to start a second preview of the same project
    // (it keeps a lock file for `astro preview stop`); the tests' server runs
    // alongside a developer's own preview and is stopped by Playwright instead.
    command: `npx astro preview --port ${port} --ignore-lock`,
    url: baseURL,
    // Locally, reuse a preview you already have running; in CI always start a fresh one.
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
