import { defineConfig } from 'vitest/config';

// Two tiers run by Vitest; the third (browser) is Playwright's, see playwright.config.ts.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // Type tests (`*.test-d.ts`) pin the library's overloads, including calls that must not compile.
          typecheck: { enabled: true, include: ['test/unit/**/*.test-d.ts'], tsconfig: 'test/tsconfig.json' },
        },
      },
      {
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          // Fixture builds run `astro build` in a child process; each can take a few seconds.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
