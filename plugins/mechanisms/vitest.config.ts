import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      // Server: unit tests and integration tests against the real PostgreSQL and Redis.
      { extends: true, test: { name: 'server', include: ['src/**/*.test.ts'] } },
      // Web module: React pages in jsdom with Testing Library.
      { extends: true, test: { name: 'web', include: ['src/web/**/*.test.tsx'], environment: 'jsdom', setupFiles: ['./src/web/pages/shared/test-setup.ts'] } },
    ],
  },
});
