// Record schemas of the urban water supply sector (城市供水), built with key-sectors' field
// builders so every field carries its Chinese label and messages name the field.
import { z } from 'zod';
import { amount, choice, hourKey, isoDate, optionalIsoDate, optionalText, text } from '@gongkai/plugin-key-sectors/contracts';

export const SAMPLE_POINTS = ['水源水', '出厂水', '管网水', '末梢水'] as const;

const measured = z.number({ error: '检测值须为数字' }).finite().min(0, '检测值不能为负数').describe('检测值');

/** One indicator against its limit (GB 5749 限值: a maximum, and for disinfectant residuals a minimum too). */
export const indicatorSchema = z.object({
  name: text('检测指标', 50),
  unit: text('单位', 20),
  value: measured,
  max: z.number({ error: '限值须为数字' }).min(0).optional().describe('限值（上限）'),
  min: z.number({ error: '限值须为数字' }).min(0).optional().describe('限值（下限）'),
  qualified: z.boolean({ error: '是否合格须为“是”或“否”' }).describe('是否合格'),
}).strict();

export const qualityReportSchema = z.object({
  supplier: text('供水单位', 200),
  samplePoint: choice('采样点类型', SAMPLE_POINTS),
  site: optionalText('采样地点', 200),
  sampledOn: isoDate('采样日期'),
  standard: text('执行标准', 100),
  indicators: z.array(indicatorSchema).min(1, '检测指标至少一项').max(200, '检测指标不超过 200 项').describe('检测指标'),
  result: choice('检测结论', ['合格', '不合格']),
}).strict().superRefine((d, ctx) => {
  d.indicators.forEach((ind, i) => {
    const within = (ind.max === undefined || ind.value <= ind.max) && (ind.min === undefined || ind.value >= ind.min);
    if (ind.max === undefined && ind.min === undefined) {
      ctx.addIssue({ code: 'custom', path: ['indicators', i, 'max'], message: `检测指标“${ind.name}”须填写限值` });
    } else if (within !== ind.qualified) {
      ctx.addIssue({ code: 'custom', path: ['indicators', i, 'qualified'], message: `检测指标“${ind.name}”检测值 ${ind.value}${ind.unit}${within ? '在限值内，应判为合格' : '超出限值，应判为不合格'}` });
    }
  });
  const allQualified = d.indicators.every((i) => i.qualified);
  if (allQualified !== (d.result === '合格')) {
    ctx.addIssue({ code: 'custom', path: ['result'], message: allQualified ? '各项指标均合格，检测结论应为合格' : '有指标不合格，检测结论应为不合格' });
  }
});

export const tariffSchema = z.object({
  category: choice('用水类别', ['居民生活用水', '非居民用水', '特种行业用水']),
  tier: choice('阶梯', ['不分阶梯', '第一阶梯', '第二阶梯', '第三阶梯']),
  price: amount('供水价格（元/立方米）'),
  sewageFee: amount('污水处理费（元/立方米）').optional(),
  effectiveFrom: isoDate('执行日期'),
  docNo: text('价格批复文号', 100),
  hearingOn: optionalIsoDate('价格听证日期'),
}).strict().superRefine((d, ctx) => {
  if (d.category === '居民生活用水' && !d.hearingOn) ctx.addIssue({ code: 'custom', path: ['hearingOn'], message: '居民生活用水价格调整须先举行价格听证（《价格法》第二十三条）' });
  if (d.hearingOn && d.hearingOn > d.effectiveFrom) ctx.addIssue({ code: 'custom', path: ['hearingOn'], message: `价格听证日期（${d.hearingOn}）不能晚于执行日期（${d.effectiveFrom}）` });
});

/** A supply interruption; a planned one must be announced at least 24 hours before it starts. */
export const outageSchema = z.object({
  area: text('停水区域', 500),
  reason: choice('停水原因', ['计划检修', '工程施工', '管网抢修', '水质事件', '其他']),
  announcedAt: hourKey('通知发布时间'),
  startsAt: hourKey('停水开始时间'),
  endsAt: hourKey('预计恢复时间'),
  contact: text('咨询电话', 50),
}).strict().superRefine((d, ctx) => {
  if (d.endsAt < d.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: `预计恢复时间（${d.endsAt}）不能早于停水开始时间（${d.startsAt}）` });
  if ((d.reason === '计划检修' || d.reason === '工程施工') && hoursBetween(d.announcedAt, d.startsAt) < 24) {
    ctx.addIssue({ code: 'custom', path: ['announcedAt'], message: '因工程施工、设备维修停止供水的，须提前 24 小时通知（《城市供水条例》第二十二条）' });
  }
});

function hoursBetween(a: string, b: string): number {
  const h = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)), Number(s.slice(11, 13))) / 3_600_000;
  return h(b) - h(a);
}

export type QualityReport = z.output<typeof qualityReportSchema>;
export type Tariff = z.output<typeof tariffSchema>;
export type Outage = z.output<typeof outageSchema>;
