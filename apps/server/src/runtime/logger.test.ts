import { describe, expect, it } from 'vitest';
import { isoTimestamp } from './logger';

describe('isoTimestamp', () => {
  it('writes what pino\'s isoTime writes, for every millisecond of a second and across second, day and year ends', () => {
    const starts = [Date.UTC(2026, 10, 26, 4, 22, 58), Date.UTC(2026, 11, 31, 23, 59, 59), Date.UTC(2027, 0, 1, 0, 0, 0), Date.UTC(2028, 1, 29, 12, 0, 0)];
    for (const start of starts) {
      for (let ms = 0; ms < 1500; ms++) {
        const now = start + ms;
        expect(isoTimestamp(now)).toBe(`,"time":"${new Date(now).toISOString()}"`);
      }
    }
    // Going back in time (a clock step) is formatted correctly too.
    expect(isoTimestamp(starts[0]! + 5)).toBe(`,"time":"${new Date(starts[0]! + 5).toISOString()}"`);
  });
});
