// Sector 6 of the work plan: 安全生产. Accidents by level (特别重大, 重大, 较大, 一般) with their
// investigation reports, and the share of 较大 accidents whose reports are published.
import { z } from 'zod';
import { amount, barChart, choice, count, defineChart, defineRecordType, defineSector, isoDate, longText, optionalText, text, type ChartOutput, type SectorRecord, yearOf } from '../../../contracts';

const TOPIC = '0905'; // 市场监管、安全生产监管 › 安全生产监管
export const LEVELS = ['特别重大', '重大', '较大', '一般'] as const;
export const WITH_REPORT = '已公开报告';
export const WITHOUT_REPORT = '未公开报告';

export const accidentSchema = z.object({
  name: text('事故名称', 200),
  occurredOn: isoDate('发生日期'),
  place: text('发生地点', 200),
  industry: optionalText('行业领域', 50),
  level: choice('事故等级', LEVELS),
  deaths: count('死亡人数'),
  injuries: count('受伤人数'),
  directLoss: amount('直接经济损失（万元）'),
  report: z.object({
    approvedOn: isoDate('调查报告批复日期'),
    investigator: text('事故调查组', 200),
    cause: longText('事故原因', 20_000),
    responsibility: longText('责任认定及处理建议', 20_000),
    measures: longText('整改和防范措施', 20_000),
  }).strict().optional().describe('事故调查报告'),
}).strict().superRefine((d, ctx) => {
  if (d.report && d.report.approvedOn < d.occurredOn) ctx.addIssue({ code: 'custom', path: ['report', 'approvedOn'], message: `调查报告批复日期（${d.report.approvedOn}）不能早于事故发生日期（${d.occurredOn}）` });
});

export type Accident = z.output<typeof accidentSchema>;

/** Per level: accidents, those with a published report, and the share (%). */
export function reportShare(records: readonly SectorRecord<Accident>[]): { level: string; accidents: number; reports: number; share: number | null }[] {
  return LEVELS.map((level) => {
    const of = records.filter((r) => r.data.level === level);
    const reports = of.filter((r) => r.data.report).length;
    return { level, accidents: of.length, reports, share: of.length ? Math.round((reports / of.length) * 1000) / 10 : null };
  });
}

function shareChart(records: readonly SectorRecord<Accident>[], year?: number): ChartOutput {
  const rows = reportShare(records);
  const out = barChart({
    title: `${year ? `${year}年` : ''}生产安全事故调查报告公开情况`, categoryLabel: '事故等级', unit: '起', categories: rows.map((r) => r.level),
    series: [{ name: '事故起数', data: rows.map((r) => r.accidents) }, { name: '已公开调查报告', data: rows.map((r) => r.reports) }],
  });
  return { option: out.option, table: { caption: out.table.caption, columns: ['事故等级', '事故起数', '已公开调查报告', '公开比例（%）'], rows: rows.map((r) => [r.level, r.accidents, r.reports, r.share]) } };
}

const reportRequirement = (id: string, level: (typeof LEVELS)[number], levels: readonly ('province' | 'prefecture' | 'county')[], basis: string) => ({
  id, label: `公开${level}事故调查报告`, recordType: 'accident', levels, each: true,
  categories: [`${level}:${WITH_REPORT}`],
  appliesWhen: { categories: [`${level}:${WITH_REPORT}`, `${level}:${WITHOUT_REPORT}`] },
  due: { kind: 'afterEvent' as const, days: 20, unit: 'working' as const, eventLabel: '调查报告批复', latestEvent: (y: number) => `${y + 1}-03-31` },
  basis,
});

export const workSafetySector = defineSector({
  id: 'work-safety',
  label: '安全生产',
  description: '生产安全事故信息和事故调查报告（特别重大、重大、较大、一般），较大事故调查报告公开比例。',
  planItem: 6,
  topicCode: TOPIC,
  permission: 'key-sectors.work-safety.edit',
  recordTypes: [
    defineRecordType({
      id: 'accident', label: '生产安全事故及调查报告', schema: accidentSchema,
      columns: (d) => ({ title: d.report ? `${d.name}调查报告` : d.name, year: yearOf(d.occurredOn), period: d.occurredOn, category: `${d.level}:${d.report ? WITH_REPORT : WITHOUT_REPORT}`, eventDate: d.report?.approvedOn ?? d.occurredOn }),
      searchFields: ['name', 'place', 'industry'],
      catalogue: {
        topicCode: TOPIC,
        summary: (d) => `${d.occurredOn}，${d.place}发生${d.level}生产安全事故“${d.name}”，造成 ${d.deaths} 人死亡、${d.injuries} 人受伤，直接经济损失 ${d.directLoss} 万元。${d.report ? `事故调查报告于${d.report.approvedOn}批复。事故原因：${d.report.cause.slice(0, 200)}` : ''}`,
        generatedOn: (d) => d.report?.approvedOn ?? d.occurredOn,
        metadata: (d) => ({ level: d.level, deaths: d.deaths, reportApprovedOn: d.report?.approvedOn ?? null }),
      },
      list: { columns: [{ field: 'name' }, { field: 'level' }, { field: 'occurredOn' }, { field: 'deaths' }, { field: 'report', label: '调查报告' }] },
    }),
  ],
  requirements: [
    reportRequirement('serious-accident-reports', '重大', ['province'], '黑政办综〔2014〕4号第6项：重点推进重大事故调查报告公开工作'),
    reportRequirement('major-accident-reports', '较大', ['prefecture'], '黑政办综〔2014〕4号第6项：进一步提高较大事故调查处理结果和调查报告的公开比例'),
    reportRequirement('general-accident-reports', '一般', ['county'], '《生产安全事故报告和调查处理条例》：一般事故由县级人民政府负责调查'),
  ],
  charts: [defineChart<Accident>({ id: 'report-share', label: '事故调查报告公开比例', recordType: 'accident', build: (records, { query }) => shareChart(records, query.year) })],
});
