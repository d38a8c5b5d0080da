import { describe, expect, it } from 'vitest';
import { camelCase, idProblems, KERNEL_ROUTERS, pascalCase, titleProblems } from './names.mjs';

describe('plugin ids', () => {
  it('accepts kebab-case ids and names their tRPC namespace', () => {
    expect(idProblems('water-supply')).toEqual([]);
    expect(idProblems('sector-edu-fees2')).toEqual([]);
    expect(camelCase('sector-edu-fees2')).toBe('sectorEduFees2');
    expect(pascalCase('water-supply')).toBe('WaterSupply');
  });

  it.each(['', 'Water', 'water_supply', 'water--supply', '-water', 'water-', '1water', 'wa ter', 'a'.repeat(41)])('rejects %j', (id) => {
    expect(idProblems(id).length).toBeGreaterThan(0);
  });

  it('rejects ids whose namespace is a kernel router, and reserved words', () => {
    expect(KERNEL_ROUTERS).toContain('apiTokens');
    expect(idProblems('api-tokens')[0]).toContain('apiTokens');
    expect(idProblems('catalogue')[0]).toContain('内核路由');
    expect(idProblems('kernel')[0]).toContain('保留');
  });

  it('rejects an id whose folder exists', () => {
    expect(idProblems('water', { existing: (id) => id === 'water' })).toEqual(['plugins/water 已存在，请换一个标识或先删除该目录']);
  });
});

describe('titles', () => {
  it('accepts a Chinese title and rejects empty, long or code-breaking ones', () => {
    expect(titleProblems('城市供水')).toEqual([]);
    expect(titleProblems('  ')).toHaveLength(1);
    expect(titleProblems('长'.repeat(31))).toHaveLength(1);
    expect(titleProblems('a\nb')).toHaveLength(1);
    expect(titleProblems('${x}')).toHaveLength(1);
  });
});
