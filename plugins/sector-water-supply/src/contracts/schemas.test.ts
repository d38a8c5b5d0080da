import { describe, expect, it } from 'vitest';
import { outageSchema, qualityReportSchema, tariffSchema } from './schemas';

const problems = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

export const report = (over: Record<string, unknown> = {}) => ({
  supplier: '平房区供水公司', samplePoint: '出厂水', sampledOn: '2026-03-10', standard: 'GB 5749-2006',
  indicators: [
    { name: '浑浊度', unit: 'NTU', value: 0.3, max: 1, qualified: true },
    { name: '游离氯', unit: 'mg/L', value: 0.6, min: 0.3, max: 4, qualified: true },
    { name: '菌落总数', unit: 'CFU/mL', value: 12, max: 100, qualified: true },
  ],
  result: '合格',
  ...over,
});

describe('water quality reports', () => {
  it('accepts a consistent report', () => {
    expect(qualityReportSchema.safeParse(report()).success).toBe(true);
  });
  it('checks every indicator against its limits and the conclusion against the indicators', () => {
    const bad = report({ indicators: [{ name: '浑浊度', unit: 'NTU', value: 1.5, max: 1, qualified: true }, { name: '色度', unit: '度', value: 5, qualified: true }] });
    expect(problems(qualityReportSchema.safeParse(bad))).toEqual([
      'indicators.0.qualified: 检测指标“浑浊度”检测值 1.5NTU超出限值，应判为不合格',
      'indicators.1.max: 检测指标“色度”须填写限值',
    ]);
    const failing = report({ indicators: [{ name: '浑浊度', unit: 'NTU', value: 1.5, max: 1, qualified: false }] });
    expect(problems(qualityReportSchema.safeParse(failing))).toEqual(['result: 有指标不合格，检测结论应为不合格']);
    expect(problems(qualityReportSchema.safeParse(report({ indicators: [{ name: '浑浊度', unit: 'NTU', value: -1, max: 1, qualified: true }] })))[0]).toBe('indicators.0.value: 检测值不能为负数');
  });
});

describe('tariffs', () => {
  it('requires a price hearing before residential prices change', () => {
    const t = { category: '居民生活用水', tier: '第一阶梯', price: 2.4, effectiveFrom: '2026-01-01', docNo: '哈发改价格〔2025〕1号', hearingOn: '2025-11-20' };
    expect(tariffSchema.safeParse(t).success).toBe(true);
    expect(problems(tariffSchema.safeParse({ ...t, hearingOn: undefined }))).toEqual(['hearingOn: 居民生活用水价格调整须先举行价格听证（《价格法》第二十三条）']);
    expect(problems(tariffSchema.safeParse({ ...t, price: -1 }))).toEqual(['price: 供水价格（元/立方米）不能为负数']);
  });
});

describe('outages', () => {
  const o = { area: '平房区友协街道', reason: '计划检修', announcedAt: '2026-11-20T09', startsAt: '2026-11-21T22', endsAt: '2026-11-22T06', contact: '0451-96111' };
  it('requires planned outages to be announced 24 hours ahead and to end after they start', () => {
    expect(outageSchema.safeParse(o).success).toBe(true);
    expect(problems(outageSchema.safeParse({ ...o, announcedAt: '2026-11-21T09' }))).toEqual(['announcedAt: 因工程施工、设备维修停止供水的，须提前 24 小时通知（《城市供水条例》第二十二条）']);
    expect(outageSchema.safeParse({ ...o, reason: '管网抢修', announcedAt: '2026-11-21T21' }).success).toBe(true);
    expect(problems(outageSchema.safeParse({ ...o, endsAt: '2026-11-21T20' }))).toEqual(['endsAt: 预计恢复时间（2026-11-21T20）不能早于停水开始时间（2026-11-21T22）']);
  });
});
