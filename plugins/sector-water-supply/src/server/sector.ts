// The 城市供水 sector, declared only with key-sectors' public contract: water quality reports,
// tariffs and outage notices, with disclosure requirements, views and a chart.
import { barChart, defineChart, defineRecordType, defineSector, yearOf, type SectorRecord } from '@gongkai/plugin-key-sectors/contracts';
import { outageSchema, qualityReportSchema, SECTOR_ID, tariffSchema, type QualityReport } from '../contracts';

const TOPIC = '0503'; // 国土资源、能源 › 水资源

/** Monthly number of reports and the share that passed, with the same figures as a table. */
export function passRateByMonth(records: readonly SectorRecord<QualityReport>[], year?: number) {
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const of = (m: number) => records.filter((r) => Number(r.data.sampledOn.slice(5, 7)) === m && (!year || yearOf(r.data.sampledOn) === year));
  return barChart({
    title: `${year ? `${year}年` : ''}供水水质检测合格情况（按月）`,
    categoryLabel: '月份',
    categories: months.map((m) => `${m}月`),
    series: [
      { name: '检测报告（份）', data: months.map((m) => of(m).length) },
      { name: '合格率（%）', data: months.map((m) => { const rs = of(m); return rs.length ? Math.round((rs.filter((r) => r.data.result === '合格').length / rs.length) * 1000) / 10 : null; }) },
    ],
  });
}

export const waterSupplySector = defineSector({
  id: SECTOR_ID,
  label: '城市供水',
  description: '供水水质检测报告、供水价格和停水通知。',
  topicCode: TOPIC,
  permission: 'sector-water-supply.records.edit',
  recordTypes: [
    defineRecordType({
      id: 'quality-report', label: '供水水质检测报告', schema: qualityReportSchema,
      columns: (d) => ({ title: `${d.supplier}${d.samplePoint}水质检测报告（${d.sampledOn}）`, year: yearOf(d.sampledOn), period: d.sampledOn, category: d.result, subjectKey: d.supplier, naturalKey: `${d.supplier}@${d.samplePoint}@${d.site ?? ''}@${d.sampledOn}`, eventDate: d.sampledOn }),
      searchFields: ['supplier', 'site', 'standard'],
      catalogue: {
        topicCode: TOPIC,
        summary: (d) => `${d.supplier}${d.sampledOn}${d.samplePoint}${d.site ? `（${d.site}）` : ''}按${d.standard}检测 ${d.indicators.length} 项指标，结论：${d.result}。${d.indicators.filter((i) => !i.qualified).map((i) => `${i.name}超标（${i.value}${i.unit}）`).join('；')}`,
        generatedOn: (d) => d.sampledOn,
        metadata: (d) => ({ supplier: d.supplier, samplePoint: d.samplePoint, result: d.result }),
      },
      list: { columns: [{ field: 'supplier' }, { field: 'samplePoint' }, { field: 'sampledOn' }, { field: 'result' }] },
      detail: { sections: [{ title: '基本信息', fields: [{ field: 'supplier' }, { field: 'samplePoint' }, { field: 'site' }, { field: 'sampledOn' }, { field: 'standard' }, { field: 'result' }] }, { title: '检测指标', fields: [{ field: 'indicators' }] }] },
    }),
    defineRecordType({
      id: 'tariff', label: '供水价格', schema: tariffSchema,
      columns: (d) => ({ title: `${d.category}${d.tier === '不分阶梯' ? '' : d.tier}水价（${d.effectiveFrom}起）`, year: yearOf(d.effectiveFrom), period: d.effectiveFrom, category: d.category, naturalKey: `${d.category}@${d.tier}@${d.effectiveFrom}`, eventDate: d.effectiveFrom, searchKeys: [d.docNo] }),
      searchFields: ['category', 'docNo'],
      catalogue: { topicCode: TOPIC, summary: (d) => `自${d.effectiveFrom}起，${d.category}${d.tier === '不分阶梯' ? '' : d.tier}供水价格 ${d.price} 元/立方米${d.sewageFee !== undefined ? `，污水处理费 ${d.sewageFee} 元/立方米` : ''}（${d.docNo}）。`, docNo: (d) => d.docNo, generatedOn: (d) => d.effectiveFrom },
      list: { columns: [{ field: 'category' }, { field: 'tier' }, { field: 'price' }, { field: 'effectiveFrom' }, { field: 'docNo' }] },
    }),
    defineRecordType({
      id: 'outage', label: '停水通知', schema: outageSchema,
      columns: (d) => ({ title: `停水通知：${d.area.slice(0, 60)}（${d.startsAt.replace('T', ' ')}时起）`, year: yearOf(d.startsAt), period: d.startsAt, category: d.reason, eventDate: d.startsAt.slice(0, 10) }),
      searchFields: ['area', 'reason'],
      catalogue: { topicCode: TOPIC, summary: (d) => `因${d.reason}，${d.startsAt.replace('T', ' ')}时至${d.endsAt.replace('T', ' ')}时${d.area}停止供水，咨询电话 ${d.contact}。`, generatedOn: (d) => d.announcedAt.slice(0, 10) },
      list: { columns: [{ field: 'area' }, { field: 'reason' }, { field: 'startsAt' }, { field: 'endsAt' }] },
    }),
  ],
  requirements: [
    { id: 'quality-reports', label: '每季度公开供水水质检测报告', recordType: 'quality-report', levels: ['prefecture', 'county'], due: { kind: 'byDate', label: '每年 4 月 15 日前公开一季度报告', date: (y) => `${y}-04-15` }, basis: '《生活饮用水卫生标准》GB 5749；城市供水水质信息公开（地方规定，可调整）' },
    { id: 'tariffs', label: '公开现行供水价格', recordType: 'tariff', levels: ['prefecture'], due: { kind: 'byDate', label: '每年 3 月 31 日前', date: (y) => `${y}-03-31` }, basis: '黑政办综〔2014〕4号第7项：督促地方政府全面公开本地政府定价目录' },
  ],
  charts: [defineChart<QualityReport>({ id: 'pass-rate-by-month', label: '水质检测合格率（按月）', recordType: 'quality-report', build: (records, { query }) => passRateByMonth(records, query.year) })],
});
