import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ once for the tests of the shipped package, bin and browser bundle.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
  },
});
