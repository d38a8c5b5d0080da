import { describe, expect, it } from 'vitest';
import { asciiTokens, cjkGrams, indexTokens, jieba, queryTokens } from './segment';

describe('segmentation for catalogue search', () => {
  it('loads the dictionary once', () => {
    expect(jieba()).toBe(jieba());
  });

  it('indexes search-mode words so a shorter word finds a longer one (肇东 → 肇东市)', () => {
    const tokens = indexTokens({ title: '关于肇东市人民政府信息公开工作年度报告' });
    expect(tokens).toEqual(expect.arrayContaining(['肇东', '肇东市', '人民政府', '政府', '年度', '报告']));
  });

  it('indexes CJK unigrams and bigrams of the title and names, but not of the body', () => {
    const tokens = indexTokens({ title: '征地公告', body: '补偿标准详见附件', names: ['富锦市'] });
    expect(tokens).toEqual(expect.arrayContaining(['征', '地', '征地', '地公', '公告', '富', '锦', '富锦', '锦市', '富锦市', '补偿']));
    expect(tokens).not.toContain('偿标');
  });

  it('marks title tokens so a title hit is one more containment test', () => {
    const tokens = indexTokens({ title: '征地公告', body: '补偿标准', names: ['富锦市'] });
    expect(tokens).toEqual(expect.arrayContaining(['§征', '§征地', '§公告', '补偿']));
    expect(tokens).not.toContain('§补偿');
    expect(tokens).not.toContain('§富锦');
    expect(queryTokens('§征地')).toEqual(['征地']);
    // Nobody can type a filter or title token.
    expect(queryTokens('#s:published §市').some((t) => /^[#§]/.test(t))).toBe(false);
  });

  it('keeps ASCII words and numbers lower-cased, with their parts', () => {
    expect(asciiTokens('PM2.5 浓度 2026 年')).toEqual(['pm2.5', 'pm', '2.5', '2026']);
    expect(indexTokens({ title: '２０２６年ＰＭ２．５治理方案' })).toEqual(expect.arrayContaining(['2026', 'pm2.5', 'pm', '治理']));
  });

  it('builds bigrams within CJK runs only', () => {
    expect(cjkGrams('A市B区')).toEqual(['市', '区']);
    expect(cjkGrams('平房区')).toEqual(['平', '平房', '房', '房区', '区']);
  });

  it('uses one- and two-character queries as they are', () => {
    expect(queryTokens('肇')).toEqual(['肇']);
    expect(queryTokens(' 肇东 ')).toEqual(['肇东']);
  });

  it('cuts longer queries with jieba, dropping lone function characters', () => {
    expect(queryTokens('肇东市')).toEqual(['肇东市']);
    expect(queryTokens('征地补偿的公告')).toEqual(['征地', '补偿', '公告']);
    expect(queryTokens('PM2.5治理')).toEqual(['pm2.5', '治理']);
    expect(queryTokens('三公经费，2026')).toEqual(expect.arrayContaining(['2026']));
  });

  it('gives no tokens for an empty or punctuation-only query', () => {
    expect(queryTokens('  ')).toEqual([]);
    expect(queryTokens('，。！？')).toEqual([]);
  });

  it('finds every query token of a title in that title\'s index', () => {
    const title = '黑龙江省人民政府办公厅关于印发公务用车购置及运行费管理办法的通知';
    const index = new Set(indexTokens({ title }));
    for (const q of ['黑龙江', '公务用车', '管理办法', '人民政府办公厅', '运行费']) {
      for (const t of queryTokens(q)) expect(index.has(t), `${q}: ${t}`).toBe(true);
    }
  });
});
