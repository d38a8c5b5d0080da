import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // `pg` takes the user name from USER, which some shells (and CI) leave unset; without one the
    // test harness cannot reach the PostgreSQL server and silently falls back to the embedded database.
    env: { PGUSER: process.env.PGUSER || process.env.USER || os.userInfo().username },
  },
});
