// The __TITLE__ sector, declared only with key-sectors' public contract: one record type, one
// disclosure requirement with its due date, list and detail views, search fields and a chart.
import { barChart, defineChart, defineRecordType, defineSector, type SectorRecord } from '@gongkai/plugin-key-sectors/contracts';
import { noticeSchema, PLUGIN_ID, PLUGIN_TITLE, SECTOR_ID, type Notice } from '../contracts';

/** 综合政务 › 政务公开 (gov.cn topic tree); choose the leaf that fits the sector. */
const TOPIC = '0201';

const notice = defineRecordType({
  id: 'notice',
  label: '公示公告',
  schema: noticeSchema,
  columns: (d) => ({
    title: d.title,
    year: d.year,
    period: d.issuedOn,
    eventDate: d.issuedOn,
    searchKeys: d.docNo ? [d.docNo] : [],
  }),
  searchFields: ['title', 'organization', 'docNo', 'content'],
  catalogue: {
    topicCode: TOPIC,
    summary: (d) => d.content.slice(0, 300),
    body: (d) => d.content,
    docNo: (d) => d.docNo ?? null,
    generatedOn: (d) => d.issuedOn,
    metadata: (d) => ({ organization: d.organization, year: d.year, amount: d.amount ?? null }),
  },
  list: { columns: [{ field: '$title' }, { field: 'organization' }, { field: 'year' }, { field: 'issuedOn' }, { field: 'amount' }] },
  detail: {
    sections: [
      { title: '基本信息', fields: [{ field: 'title' }, { field: 'organization' }, { field: 'docNo' }, { field: 'year' }, { field: 'issuedOn' }] },
      { title: '公示', fields: [{ field: 'publicityFrom' }, { field: 'publicityTo' }, { field: 'amount' }, { field: 'content' }] },
    ],
  },
});

/** Amounts disclosed per year, with the same figures as a table beside the chart. */
export function amountsByYear(records: readonly SectorRecord<Notice>[]) {
  const totals = new Map<number, number>();
  for (const r of records) totals.set(r.data.year, (totals.get(r.data.year) ?? 0) + Math.round((r.data.amount ?? 0) * 100));
  const years = [...totals.keys()].sort((a, b) => a - b);
  return barChart({
    title: `${PLUGIN_TITLE}：各年度公示金额`,
    categoryLabel: '年度',
    unit: '万元',
    categories: years.map(String),
    series: [{ name: '涉及金额', data: years.map((y) => (totals.get(y) ?? 0) / 100) }],
  });
}

export const sector = defineSector({
  id: SECTOR_ID,
  label: PLUGIN_TITLE,
  description: '由 pnpm create-plugin --template sector 生成的重点领域：公示公告及其公示期。',
  topicCode: TOPIC,
  permission: `${PLUGIN_ID}.records.edit`,
  recordTypes: [notice],
  requirements: [
    {
      id: 'annual-notice',
      label: '每个县级政府每年公开本领域公示公告',
      recordType: 'notice',
      levels: ['county'],
      due: { kind: 'byDate', label: '当年 12 月 31 日前', date: (y) => `${y}-12-31` },
      basis: '请填写依据（文件名称及文号）',
    },
  ],
  charts: [
    defineChart<Notice>({ id: 'amounts-by-year', label: '各年度公示金额', recordType: 'notice', build: (records) => amountsByYear(records) }),
  ],
});
