import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['*.test.ts', 'lib/**/*.test.ts'],
    // generator.test.ts typechecks, lints and tests freshly generated plugins (about 30 s on an
    // idle two-core machine; generous so a busy machine makes it slow rather than flaky).
    testTimeout: 240_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
