import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Integration tests boot a kernel on a fresh PostgreSQL database per file.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
