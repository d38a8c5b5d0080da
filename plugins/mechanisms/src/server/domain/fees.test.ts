import { describe, expect, it } from 'vitest';
import { itemPrice, monthRange, pagePrice, quoteByItem, quoteByVolume } from './fees';

describe('fees by item (国办函〔2020〕109号 第四条)', () => {
  it('prices each tier boundary', () => {
    expect([10, 11, 30, 31, 40, 41, 50, 51].map(itemPrice)).toEqual([0, 100, 100, 200, 200, 300, 300, 400]);
  });
  it('counts per applicant per month across applications', () => {
    expect(quoteByItem(0, 10).amount).toBe(0);
    expect(quoteByItem(10, 1).amount).toBe(100);
    expect(quoteByItem(9, 3).amount).toBe(200); // items 10 (free), 11 and 12
    expect(quoteByItem(28, 4).amount).toBe(100 + 100 + 200 + 200); // 29, 30, 31, 32
    const q = quoteByItem(0, 41);
    expect(q.amount).toBe(20 * 100 + 10 * 200 + 1 * 300);
    expect(q.lines.map((l) => [l.from, l.to, l.unitPrice])).toEqual([[1, 10, 0], [11, 30, 100], [31, 40, 200], [41, 41, 300]]);
    expect(q.explanation).toContain('合计4300元');
  });
  it('rejects non-integer counts', () => {
    expect(() => quoteByItem(0, 0)).toThrow(RangeError);
    expect(() => quoteByItem(-1, 2)).toThrow(RangeError);
  });
});

describe('fees by volume (第五条)', () => {
  it('prices each tier boundary', () => {
    expect([30, 31, 100, 101, 200, 201].map(pagePrice)).toEqual([0, 10, 10, 20, 20, 40]);
    expect(quoteByVolume(30).amount).toBe(0);
    expect(quoteByVolume(31).amount).toBe(10);
    expect(quoteByVolume(100).amount).toBe(700);
    expect(quoteByVolume(101).amount).toBe(720);
    expect(quoteByVolume(200).amount).toBe(2700);
    expect(quoteByVolume(201).amount).toBe(2740);
  });
});

describe('monthRange', () => {
  it('gives the natural month, across a year end', () => {
    expect(monthRange('2026-12-15')).toEqual({ from: '2026-12-01', to: '2027-01-01' });
    expect(monthRange('2026-02-03')).toEqual({ from: '2026-02-01', to: '2026-03-01' });
  });
});
