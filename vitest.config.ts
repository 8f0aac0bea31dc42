import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    // End-to-end tests start Chromium; on a shared 2-core machine they need room.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
