/**
 * How the browser tier launches Chromium. Playwright's own browser download
 * (`npx playwright install`) is not available here, so every browser test and
 * the site bench launch the distribution's Chromium instead.
 *
 * Set CHROMIUM_PATH to use another binary, e.g.
 * `CHROMIUM_PATH=/opt/chrome/chrome npx playwright test`.
 *
 * This file is imported by playwright.config.ts and by test/bench/site.bench.ts
 * (run by Node's native type stripping), so it uses erasable TypeScript only.
 */

/** The Chromium binary to launch. @default '/usr/bin/chromium' */
export const chromiumExecutablePath: string = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Flags for a headless run that must not touch the network: no sandbox (we run
 * as root in a container), no GPU, and none of Chromium's own background
 * traffic (component updates, sync, QUIC probes), so the "no request leaves
 * localhost" test only sees requests the site itself makes.
 */
export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

/** Options for `chromium.launch()` (Playwright's `LaunchOptions` subset we use). */
export const chromiumLaunchOptions = {
  executablePath: chromiumExecutablePath,
  args: [...chromiumArgs],
  headless: true,
};
