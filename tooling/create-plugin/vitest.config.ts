import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['*.test.ts', 'lib/**/*.test.ts'],
    // generator.test.ts typechecks and tests a freshly generated plugin on a real database.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
