import { describe, expect, it } from 'vitest';
import { keywordsOf } from './keywords';

describe('keywordsOf', () => {
  it('extracts topic words by TF-IDF and drops numbers, single characters and stop words', () => {
    const k = keywordsOf('道里区供暖温度不达标，居民反映室温只有14度，供热公司敷衍。记者表示目前情况仍在调查');
    expect(k).toEqual(expect.arrayContaining(['道里区', '供暖', '室温']));
    expect(k).not.toContain('14');
    expect(k).not.toContain('记者');
    expect(k.every((w) => [...w].length >= 2)).toBe(true);
    expect(k.length).toBeLessThanOrEqual(8);
  });

  it('returns nothing for empty text and ignores links', () => {
    expect(keywordsOf('   ')).toEqual([]);
    expect(keywordsOf('详见 https://example.org/abc/供暖 链接').join()).not.toContain('example');
  });
});
