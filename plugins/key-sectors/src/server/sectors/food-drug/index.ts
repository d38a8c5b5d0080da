// Sector 4 of the work plan: 食品药品安全. Hot-issue releases with measures and progress,
// inspections and cases, and the blacklist of violating enterprises (entry and exit dates and
// reasons), searchable by name and unified social credit code.
import { z } from 'zod';
import { amount, choice, creditCode, defineRecordType, defineSector, isoDate, longText, optionalIsoDate, optionalText, text, yearOf } from '../../../contracts';

const TOPIC = '0904'; // 市场监管、安全生产监管 › 食品药品监管

export const hotIssueSchema = z.object({
  title: text('标题', 200),
  occurredOn: isoDate('发生日期'),
  description: longText('事件情况', 10_000),
  measures: z.array(z.object({ takenOn: isoDate('日期'), measure: text('处理措施', 2000) }).strict()).min(1, '须同步公布已经采取的处理措施').max(200).describe('处理措施'),
  progress: z.array(z.object({ on: isoDate('日期'), update: text('进展情况', 2000) }).strict()).max(200).default([]).describe('进展情况'),
  status: choice('办理状态', ['处理中', '已办结']),
}).strict().superRefine((d, ctx) => {
  d.measures.forEach((m, i) => { if (m.takenOn < d.occurredOn) ctx.addIssue({ code: 'custom', path: ['measures', i, 'takenOn'], message: `处理措施日期（${m.takenOn}）不能早于发生日期（${d.occurredOn}）` }); });
  d.progress.forEach((m, i) => { if (m.on < d.occurredOn) ctx.addIssue({ code: 'custom', path: ['progress', i, 'on'], message: `进展日期（${m.on}）不能早于发生日期（${d.occurredOn}）` }); });
});

export const inspectionSchema = z.object({
  subject: text('被检查单位', 200),
  creditCode: creditCode().optional(),
  inspectedOn: isoDate('检查日期'),
  kind: choice('检查类型', ['日常检查', '专项检查', '飞行检查', '抽样检验']),
  result: choice('检查结果', ['合格', '不合格', '责令整改']),
  findings: longText('检查情况', 5000),
}).strict();

/** 行政处罚 as published under 双公示 (cn-domain-facts.md §1.3). */
export const caseSchema = z.object({
  decisionNo: text('处罚决定书文号', 100),
  party: text('当事人', 200),
  creditCode: creditCode('当事人统一社会信用代码').optional(),
  facts: longText('主要违法事实', 5000),
  basis: text('处罚依据', 1000),
  penalty: text('处罚结果', 1000),
  fine: amount('罚没款金额（元）').optional(),
  decidedOn: isoDate('处罚决定日期'),
  authority: text('处罚机关', 100),
}).strict();

export const blacklistSchema = z.object({
  enterprise: text('企业名称', 200),
  creditCode: creditCode(),
  legalRepresentative: optionalText('法定代表人（负责人）', 50),
  address: optionalText('地址', 200),
  reason: text('列入原因', 1000),
  basis: optionalText('列入依据', 500),
  listedOn: isoDate('列入日期'),
  removedOn: optionalIsoDate('移出日期'),
  removalReason: optionalText('移出原因', 500),
  authority: text('认定机关', 100),
}).strict().superRefine((d, ctx) => {
  if (d.removedOn && d.removedOn < d.listedOn) ctx.addIssue({ code: 'custom', path: ['removedOn'], message: `移出日期（${d.removedOn}）不能早于列入日期（${d.listedOn}）` });
  if (d.removedOn && !d.removalReason) ctx.addIssue({ code: 'custom', path: ['removalReason'], message: '已移出的须写明移出原因' });
  if (!d.removedOn && d.removalReason) ctx.addIssue({ code: 'custom', path: ['removedOn'], message: '写明移出原因的须填写移出日期' });
});

export type BlacklistEntry = z.output<typeof blacklistSchema>;

export const foodDrugSector = defineSector({
  id: 'food-drug',
  label: '食品药品安全',
  description: '食品药品安全热点问题及处理措施和进展；行政审批、执法检查、案件处理信息；违法违规企业“黑名单”。',
  planItem: 4,
  topicCode: TOPIC,
  permission: 'key-sectors.food-drug.edit',
  recordTypes: [
    defineRecordType({
      id: 'hot-issue', label: '热点问题发布', schema: hotIssueSchema,
      columns: (d) => ({ title: d.title, year: yearOf(d.occurredOn), period: d.occurredOn, category: d.status, eventDate: d.occurredOn }),
      searchFields: ['title', 'description'],
      catalogue: { topicCode: TOPIC, summary: (d) => `${d.description.slice(0, 200)}已采取措施：${d.measures.map((m) => m.measure).join('；').slice(0, 300)}`, generatedOn: (d) => d.measures[0]?.takenOn ?? d.occurredOn, metadata: (d) => ({ status: d.status, occurredOn: d.occurredOn }) },
      list: { columns: [{ field: 'title' }, { field: 'occurredOn' }, { field: 'status' }] },
    }),
    defineRecordType({
      id: 'inspection', label: '执法检查', schema: inspectionSchema,
      columns: (d) => ({ title: `${d.subject}${d.kind}（${d.inspectedOn}）`, year: yearOf(d.inspectedOn), period: d.inspectedOn, category: d.result, subjectKey: d.creditCode ?? d.subject, searchKeys: d.creditCode ? [d.creditCode] : [] }),
      searchFields: ['subject', 'creditCode', 'findings'],
      catalogue: { topicCode: TOPIC, summary: (d) => `${d.inspectedOn}对${d.subject}开展${d.kind}，结果：${d.result}。${d.findings.slice(0, 200)}`, generatedOn: (d) => d.inspectedOn, metadata: (d) => ({ result: d.result, kind: d.kind }) },
      list: { columns: [{ field: 'subject' }, { field: 'kind' }, { field: 'inspectedOn' }, { field: 'result' }] },
    }),
    defineRecordType({
      id: 'case', label: '案件处理（行政处罚）', schema: caseSchema,
      columns: (d) => ({ title: `${d.party}行政处罚（${d.decisionNo}）`, year: yearOf(d.decidedOn), period: d.decidedOn, category: '处罚', subjectKey: d.creditCode ?? d.party, naturalKey: d.decisionNo, eventDate: d.decidedOn, searchKeys: [d.decisionNo, ...(d.creditCode ? [d.creditCode] : [])] }),
      searchFields: ['party', 'creditCode', 'decisionNo', 'facts'],
      catalogue: { topicCode: TOPIC, summary: (d) => `${d.authority}于${d.decidedOn}对${d.party}作出行政处罚（${d.decisionNo}）：${d.penalty}`, docNo: (d) => d.decisionNo, generatedOn: (d) => d.decidedOn, metadata: (d) => ({ decisionNo: d.decisionNo, creditCode: d.creditCode ?? null }) },
      list: { columns: [{ field: 'decisionNo' }, { field: 'party' }, { field: 'decidedOn' }, { field: 'penalty' }] },
    }),
    defineRecordType({
      id: 'blacklist', label: '违法违规企业“黑名单”', schema: blacklistSchema,
      columns: (d) => ({ title: `${d.enterprise}（${d.creditCode}）`, year: yearOf(d.listedOn), period: d.listedOn, category: d.removedOn ? '已移出' : '在列', subjectKey: d.creditCode, naturalKey: `${d.creditCode}@${d.listedOn}`, eventDate: d.listedOn, searchKeys: [d.creditCode] }),
      searchFields: ['enterprise', 'creditCode', 'legalRepresentative', 'address', 'reason'],
      catalogue: { topicCode: TOPIC, summary: (d) => `${d.enterprise}（统一社会信用代码 ${d.creditCode}）因${d.reason}于${d.listedOn}被${d.authority}列入食品药品违法违规企业“黑名单”${d.removedOn ? `，${d.removedOn}因${d.removalReason}移出` : ''}。`, generatedOn: (d) => d.removedOn ?? d.listedOn, metadata: (d) => ({ creditCode: d.creditCode, listedOn: d.listedOn, removedOn: d.removedOn ?? null }) },
      list: { columns: [{ field: 'enterprise' }, { field: 'creditCode' }, { field: 'listedOn' }, { field: 'removedOn' }, { field: 'reason' }] },
    }),
  ],
  requirements: [
    { id: 'blacklist', label: '公开违法违规企业“黑名单”', recordType: 'blacklist', levels: ['province', 'prefecture'], due: { kind: 'byDate', label: '每年 12 月 31 日前', date: (y) => `${y}-12-31` }, basis: '黑政办综〔2014〕4号第4项：建立食品药品违法违规企业“黑名单”公开制度' },
    { id: 'inspections', label: '公开执法检查信息', recordType: 'inspection', levels: ['prefecture', 'county'], due: { kind: 'byDate', label: '每年 12 月 31 日前', date: (y) => `${y}-12-31` }, basis: '黑政办综〔2014〕4号第4项：加大执法检查、案件处理等政府信息公开力度' },
    {
      id: 'cases-7-working-days', label: '行政处罚决定 7 个工作日内公开', recordType: 'case', levels: ['province', 'prefecture', 'county'], each: true, appliesWhen: { categories: ['处罚'] },
      due: { kind: 'afterEvent', days: 7, unit: 'working', eventLabel: '作出处罚决定', latestEvent: (y) => `${y}-12-31` },
      basis: '“双公示”：自作出行政决定之日起 7 个工作日内上网公开（国发〔2015〕51号；晚于 2014 年要点，作为可选规则）',
    },
  ],
});
