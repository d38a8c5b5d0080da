import { describe, expect, it } from 'vitest';
import { countText, totalText } from './result-count';

describe('search totals', () => {
  it('shows exact totals in full', () => {
    expect(countText(31270, false)).toBe('31,270');
    expect(countText(0, false)).toBe('0');
    expect(totalText(3, false)).toEqual({ prefix: '共 ', count: '3', unit: ' 条' });
  });
  it('rounds estimates and marks them 约', () => {
    expect(countText(31270, true)).toBe('3.1万');
    expect(countText(100000, true)).toBe('10万');
    expect(countText(5029, true)).toBe('5,000');
    expect(countText(2345, true)).toBe('2,300');
    expect(totalText(31270, true)).toEqual({ prefix: '共约 ', count: '3.1万', unit: ' 条' });
  });
});
