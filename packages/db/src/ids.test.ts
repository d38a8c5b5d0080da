import { describe, expect, it } from 'vitest';
import { newId } from './ids';

describe('newId', () => {
  it('is 25 lower-case base-36 characters starting with c, as the ids Prisma generates', () => {
    for (let i = 0; i < 1000; i++) expect(newId()).toMatch(/^c[0-9a-z]{24}$/);
  });
  it('sorts by creation time across milliseconds and does not repeat', () => {
    expect(newId(1_800_000_000_000) < newId(1_800_000_000_001)).toBe(true);
    const many = new Set(Array.from({ length: 100_000 }, () => newId(1_800_000_000_000)));
    expect(many.size).toBe(100_000);
  });
});
