// Sector 3 of the work plan: 保障性住房. Projects under construction, allocation lists with a
// publicity period and objections, exits, and the policies including migrant workers.
import { z } from 'zod';
import { amount, barChart, choice, count, defineChart, defineRecordType, defineSector, endNotBeforeStart, isoDate, longText, optionalText, text, checkPublicity, objectionSchema, yearOf } from '../../../contracts';

const TOPIC = '1002'; // 城乡建设（含住房）
const KINDS = ['公共租赁住房', '廉租住房', '经济适用住房', '限价商品住房', '棚户区改造'] as const;

export const projectSchema = z.object({
  name: text('项目名称', 200),
  kind: choice('保障类型', KINDS),
  address: text('建设地点', 200),
  units: count('建设套数'),
  floorArea: amount('建筑面积（平方米）').optional(),
  investment: amount('总投资（万元）').optional(),
  startedOn: isoDate('开工日期'),
  plannedCompletion: isoDate('计划竣工日期'),
  progress: choice('建设进度', ['未开工', '在建', '主体完工', '竣工', '已交付']),
  builder: optionalText('建设单位', 200),
  year: z.number().int().min(2000).max(2100).describe('计划年度'),
}).strict().superRefine(endNotBeforeStart('startedOn', 'plannedCompletion', '开工日期', '计划竣工日期'));

export const allocationSchema = z.object({
  projectName: text('项目名称', 200),
  batch: text('分配批次', 50),
  publicityStart: isoDate('公示开始日期'),
  publicityEnd: isoDate('公示结束日期'),
  households: z.array(z.object({
    name: text('申请人', 50),
    size: count('家庭人口'),
    mode: choice('保障方式', ['实物配租', '租赁补贴', '配售']),
    unit: optionalText('分配房源', 100),
  }).strict()).min(1, '分配名单至少一户').max(5000, '分配名单不超过 5000 户').describe('分配名单'),
  objectionChannel: text('异议受理渠道（电话、地址）', 200),
  objections: z.array(objectionSchema).max(1000).default([]).describe('异议及处理'),
}).strict().superRefine(checkPublicity);

export const exitSchema = z.object({
  projectName: text('项目名称', 200),
  household: text('退出户', 50),
  reason: choice('退出原因', ['收入超标', '购置其他住房', '违规转租转借', '自愿退出', '其他']),
  exitOn: isoDate('退出日期'),
  note: optionalText('说明', 1000),
}).strict();

export const migrantPolicySchema = z.object({
  title: text('标题', 200),
  docNo: optionalText('文号', 100),
  issuedOn: isoDate('发布日期'),
  content: longText('政策措施和实施情况', 50_000),
  migrantHouseholds: count('已纳入保障的外来务工人员户数').optional(),
}).strict();

type Project = z.output<typeof projectSchema>;

export const housingSector = defineSector({
  id: 'housing',
  label: '保障性住房',
  description: '保障性安居工程建设、分配和退出信息；外来务工人员纳入住房保障范围的政策措施和实施情况。',
  planItem: 3,
  topicCode: TOPIC,
  permission: 'key-sectors.housing.edit',
  recordTypes: [
    defineRecordType({
      id: 'project', label: '保障性安居工程项目', schema: projectSchema,
      columns: (d) => ({ title: `${d.name}（${d.kind}）`, year: d.year, period: String(d.year), category: d.kind, subjectKey: d.name }),
      searchFields: ['name', 'address', 'builder'],
      catalogue: { topicCode: TOPIC, summary: (d) => `${d.year}年${d.kind}项目“${d.name}”，位于${d.address}，建设 ${d.units} 套，${d.startedOn}开工，计划${d.plannedCompletion}竣工，目前${d.progress}。`, metadata: (d) => ({ kind: d.kind, units: d.units, progress: d.progress }) },
      list: { columns: [{ field: 'name' }, { field: 'kind' }, { field: 'units' }, { field: 'progress' }, { field: 'plannedCompletion' }] },
    }),
    defineRecordType({
      id: 'allocation', label: '分配公示', schema: allocationSchema,
      columns: (d) => ({ title: `${d.projectName}${d.batch}分配结果公示`, year: yearOf(d.publicityStart), period: d.publicityStart, category: '分配', subjectKey: d.projectName, naturalKey: `${d.projectName}@${d.batch}`, eventDate: d.publicityStart }),
      searchFields: ['projectName', 'batch', 'households'],
      catalogue: { topicCode: TOPIC, summary: (d) => `${d.projectName}${d.batch}分配对象 ${d.households.length} 户，公示期 ${d.publicityStart} 至 ${d.publicityEnd}。对公示有异议的，请于公示期内向${d.objectionChannel}反映。`, generatedOn: (d) => d.publicityStart, metadata: (d) => ({ publicityStart: d.publicityStart, publicityEnd: d.publicityEnd, households: d.households.length }) },
      list: { columns: [{ field: 'projectName' }, { field: 'batch' }, { field: 'publicityStart' }, { field: 'publicityEnd' }] },
    }),
    defineRecordType({
      id: 'exit', label: '退出信息', schema: exitSchema,
      columns: (d) => ({ title: `${d.projectName} ${d.household} 退出（${d.reason}）`, year: yearOf(d.exitOn), period: d.exitOn, category: d.reason }),
      searchFields: ['projectName', 'household'],
      catalogue: { topicCode: TOPIC, summary: (d) => `${d.household}因${d.reason}于${d.exitOn}退出${d.projectName}。${d.note ?? ''}`, generatedOn: (d) => d.exitOn },
      list: { columns: [{ field: 'projectName' }, { field: 'household' }, { field: 'reason' }, { field: 'exitOn' }] },
    }),
    defineRecordType({
      id: 'migrant-policy', label: '外来务工人员住房保障政策', schema: migrantPolicySchema,
      columns: (d) => ({ title: d.title, year: yearOf(d.issuedOn), period: d.issuedOn, eventDate: d.issuedOn, searchKeys: d.docNo ? [d.docNo] : [] }),
      searchFields: ['title', 'docNo', 'content'],
      catalogue: { topicCode: TOPIC, summary: (d) => d.content.slice(0, 300), body: (d) => d.content, docNo: (d) => d.docNo ?? null, generatedOn: (d) => d.issuedOn },
      list: { columns: [{ field: 'title' }, { field: 'docNo' }, { field: 'issuedOn' }] },
    }),
  ],
  requirements: [
    { id: 'projects', label: '公开保障性安居工程建设信息', recordType: 'project', levels: ['prefecture', 'county'], due: { kind: 'byDate', label: '每年 6 月 30 日前', date: (y) => `${y}-06-30` }, basis: '黑政办综〔2014〕4号第3项：所有市、县政府都要按要求公开保障性安居工程建设、分配和退出信息' },
    { id: 'allocations', label: '公开保障性住房分配信息', recordType: 'allocation', levels: ['prefecture', 'county'], due: { kind: 'byDate', label: '每年 12 月 31 日前', date: (y) => `${y}-12-31` }, basis: '黑政办综〔2014〕4号第3项' },
    { id: 'exits', label: '公开保障性住房退出信息', recordType: 'exit', levels: ['prefecture', 'county'], due: { kind: 'byDate', label: '每年 12 月 31 日前', date: (y) => `${y}-12-31` }, basis: '黑政办综〔2014〕4号第3项' },
    { id: 'migrant-policies', label: '公开外来务工人员纳入住房保障的政策措施和实施情况', recordType: 'migrant-policy', levels: ['prefecture'], due: { kind: 'byDate', label: '每年 12 月 31 日前', date: (y) => `${y}-12-31` }, basis: '黑政办综〔2014〕4号第3项：各市地要及时公开外来务工人员纳入当地住房保障范围的政策措施和实施情况' },
  ],
  charts: [
    defineChart<Project>({
      id: 'units-by-kind', label: '各类保障性住房建设套数', recordType: 'project',
      build: (records, { query }) => {
        const byKind = new Map<string, number>(KINDS.map((k) => [k, 0]));
        for (const r of records) byKind.set(r.data.kind, (byKind.get(r.data.kind) ?? 0) + r.data.units);
        return barChart({ title: `${query.year ? `${query.year}年` : ''}保障性安居工程建设套数（按保障类型）`, categoryLabel: '保障类型', unit: '套', categories: [...byKind.keys()], series: [{ name: '建设套数', data: [...byKind.values()] }] });
      },
    }),
  ],
});
