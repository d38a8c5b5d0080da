import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test-setup.ts'],
    globals: true,
    // Typing through user-event is slow when the whole monorepo's tests share two cores.
    testTimeout: 30_000,
  },
});
