// Sector 7 of the work plan: 价格和收费. The government pricing catalogue and the administrative
// fee catalogue (provincial and local), and price and fee supervision in education, transport,
// farmers' burden, medical care, housing and tourism.
import { z } from 'zod';
import { barChart, choice, creditCode, defineChart, defineRecordType, defineSector, isoDate, longText, optionalText, text, yearOf } from '../../../contracts';

const TOPIC = '0304'; // 国民经济管理、国有资产监管 › 物价
const CATALOGUE_LEVELS = ['省级', '市级', '县级'] as const;
export const FIELDS = ['教育', '交通运输', '农民负担', '医疗', '房地产市场', '旅游市场'] as const;

export const pricingCatalogueSchema = z.object({
  title: text('目录名称', 200),
  level: choice('目录层级', CATALOGUE_LEVELS),
  docNo: optionalText('文号', 100),
  issuedOn: isoDate('发布日期'),
  items: z.array(z.object({
    code: optionalText('序号', 20),
    name: text('定价项目', 200),
    content: text('定价内容', 1000),
    authority: text('定价部门', 100),
    form: choice('定价形式', ['政府定价', '政府指导价']),
    remark: optionalText('备注', 500),
  }).strict()).min(1, '定价目录至少一项').max(2000).describe('定价项目'),
}).strict();

export const feeCatalogueSchema = z.object({
  title: text('目录名称', 200),
  level: choice('目录层级', CATALOGUE_LEVELS),
  department: text('主管部门', 100),
  docNo: optionalText('文号', 100),
  issuedOn: isoDate('发布日期'),
  items: z.array(z.object({
    name: text('收费项目', 200),
    standard: text('收费标准', 1000),
    basis: text('政策依据', 500),
    funds: choice('资金管理方式', ['缴入国库', '财政专户', '其他']).optional(),
  }).strict()).min(1, '收费目录至少一项').max(2000).describe('收费项目'),
}).strict();

export const supervisionSchema = z.object({
  field: choice('领域', FIELDS),
  kind: choice('信息类别', ['收费标准公示', '价格检查结果', '违法案件处理', '政策解读']),
  title: text('标题', 200),
  date: isoDate('日期'),
  party: optionalText('涉及单位', 200),
  creditCode: creditCode('涉及单位统一社会信用代码').optional(),
  content: longText('内容', 20_000),
}).strict();

type Supervision = z.output<typeof supervisionSchema>;

const byDate = (label: string, md: string) => ({ kind: 'byDate' as const, label, date: (y: number) => `${y}-${md}` });

export const pricesSector = defineSector({
  id: 'prices',
  label: '价格和收费',
  description: '政府定价目录、行政事业性收费目录；教育、交通运输、农民负担、医疗、房地产市场、旅游市场等民生领域价格和收费监管信息。',
  planItem: 7,
  topicCode: TOPIC,
  permission: 'key-sectors.prices.edit',
  recordTypes: [
    defineRecordType({
      id: 'pricing-catalogue', label: '政府定价目录', schema: pricingCatalogueSchema,
      columns: (d) => ({ title: d.title, year: yearOf(d.issuedOn), period: d.issuedOn, category: d.level, eventDate: d.issuedOn, searchKeys: d.docNo ? [d.docNo] : [] }),
      searchFields: ['title', 'docNo', 'items'],
      catalogue: { topicCode: TOPIC, summary: (d) => `${d.level}政府定价目录，共 ${d.items.length} 项：${d.items.slice(0, 10).map((i) => i.name).join('、')}`, docNo: (d) => d.docNo ?? null, generatedOn: (d) => d.issuedOn, metadata: (d) => ({ level: d.level, items: d.items.length }) },
      list: { columns: [{ field: 'title' }, { field: 'level' }, { field: 'issuedOn' }, { field: 'docNo' }] },
    }),
    defineRecordType({
      id: 'fee-catalogue', label: '行政事业性收费目录', schema: feeCatalogueSchema,
      columns: (d) => ({ title: d.title, year: yearOf(d.issuedOn), period: d.issuedOn, category: d.level, subjectKey: d.department, eventDate: d.issuedOn, searchKeys: d.docNo ? [d.docNo] : [] }),
      searchFields: ['title', 'department', 'docNo', 'items'],
      catalogue: { topicCode: TOPIC, summary: (d) => `${d.department}行政事业性收费目录（${d.level}），共 ${d.items.length} 项：${d.items.slice(0, 10).map((i) => i.name).join('、')}`, docNo: (d) => d.docNo ?? null, generatedOn: (d) => d.issuedOn, metadata: (d) => ({ level: d.level, department: d.department, items: d.items.length }) },
      list: { columns: [{ field: 'title' }, { field: 'department' }, { field: 'level' }, { field: 'issuedOn' }] },
    }),
    defineRecordType({
      id: 'supervision', label: '价格和收费监管信息', schema: supervisionSchema,
      columns: (d) => ({ title: d.title, year: yearOf(d.date), period: d.date, category: d.field, subjectKey: d.creditCode ?? d.party ?? null, searchKeys: d.creditCode ? [d.creditCode] : [] }),
      searchFields: ['title', 'party', 'creditCode', 'content'],
      catalogue: { topicCode: TOPIC, summary: (d) => `【${d.field}·${d.kind}】${d.content.slice(0, 300)}`, generatedOn: (d) => d.date, metadata: (d) => ({ field: d.field, kind: d.kind }) },
      list: { columns: [{ field: 'title' }, { field: 'field' }, { field: 'kind' }, { field: 'date' }] },
    }),
  ],
  requirements: [
    { id: 'pricing-catalogue', label: '公开本地政府定价目录', recordType: 'pricing-catalogue', levels: ['province', 'prefecture', 'county'], due: byDate('每年 6 月 30 日前', '06-30'), basis: '黑政办综〔2014〕4号第7项：督促地方政府全面公开本地政府定价目录和行政事业性收费目录' },
    { id: 'fee-catalogue', label: '公开行政事业性收费目录', recordType: 'fee-catalogue', levels: ['province', 'prefecture', 'county'], due: byDate('每年 6 月 30 日前', '06-30'), basis: '黑政办综〔2014〕4号第7项：加强全省性及省直各部门行政事业性收费项目目录公开' },
    { id: 'supervision', label: '公开民生领域价格和收费监管信息', recordType: 'supervision', levels: ['prefecture', 'county'], due: byDate('每年 12 月 31 日前', '12-31'), basis: '黑政办综〔2014〕4号第7项：重点做好涉及教育、交通运输、农民负担、医疗、房地产市场、旅游市场等民生领域价格和收费监管信息的公开工作' },
  ],
  charts: [
    defineChart<Supervision>({
      id: 'supervision-by-field', label: '各领域价格和收费监管信息', recordType: 'supervision',
      build: (records, { query }) => barChart({
        title: `${query.year ? `${query.year}年` : ''}价格和收费监管信息公开条数（按领域）`, categoryLabel: '领域', unit: '条', categories: [...FIELDS],
        series: [{ name: '公开条数', data: FIELDS.map((f) => records.filter((r) => r.data.field === f).length) }],
      }),
    }),
  ],
});
