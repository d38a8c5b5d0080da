// Sector 1 of the work plan: 行政审批. Changes to approval items (cancelled, delegated,
// implementing body changed) and approval process and results (行政许可 decisions, 双公示).
import { z } from 'zod';
import { choice, creditCode, defineRecordType, defineSector, endNotBeforeStart, isoDate, longText, optionalIsoDate, optionalText, text, yearOf } from '../../../contracts';

const TOPIC = '0201'; // 综合政务 › 政务公开

export const itemChangeSchema = z.object({
  itemName: text('审批事项名称', 200),
  itemCode: optionalText('事项编码', 50),
  changeType: choice('调整类型', ['取消', '下放', '实施机关变更', '新增', '合并']),
  formerBody: optionalText('原实施机关', 100),
  newBody: optionalText('调整后实施机关', 100),
  delegatedTo: choice('下放至', ['市级', '县级', '乡镇（街道）']).optional(),
  basis: text('调整依据', 500),
  docNo: optionalText('文号', 100),
  decidedOn: isoDate('决定日期'),
  effectiveOn: isoDate('生效日期'),
}).strict().superRefine((d, ctx) => {
  if (d.changeType === '下放' && !d.delegatedTo) ctx.addIssue({ code: 'custom', path: ['delegatedTo'], message: '下放的事项须写明下放至哪一级' });
  if (d.changeType === '实施机关变更') {
    if (!d.formerBody) ctx.addIssue({ code: 'custom', path: ['formerBody'], message: '实施机关变更须写明原实施机关' });
    if (!d.newBody) ctx.addIssue({ code: 'custom', path: ['newBody'], message: '实施机关变更须写明调整后实施机关' });
  }
  endNotBeforeStart<typeof d>('decidedOn', 'effectiveOn', '决定日期', '生效日期')(d, ctx);
});

/** 行政许可 decisions as published under 双公示 (cn-domain-facts.md §1.3). */
export const decisionSchema = z.object({
  decisionNo: text('决定书文号', 100),
  itemName: text('项目名称', 200),
  category: choice('审批类别', ['普通', '特许', '认可', '核准', '登记', '其他']),
  content: longText('许可内容', 2000),
  applicant: text('行政相对人名称', 200),
  applicantCode: creditCode('行政相对人代码').optional(),
  authority: text('许可机关', 100),
  decidedOn: isoDate('许可决定日期'),
  validFrom: optionalIsoDate('有效期自'),
  validTo: optionalIsoDate('有效期至'),
  status: choice('当前状态', ['有效', '撤销', '注销', '过期']),
  process: optionalText('审批过程（受理、审查、决定各环节）', 2000),
}).strict().superRefine(endNotBeforeStart('validFrom', 'validTo', '有效期起始日期', '有效期截止日期'));

type ItemChange = z.output<typeof itemChangeSchema>;

function changeText(d: ItemChange): string {
  switch (d.changeType) {
    case '下放': return `下放至${d.delegatedTo}`;
    case '实施机关变更': return `实施机关由${d.formerBody}变更为${d.newBody}`;
    default: return d.changeType;
  }
}

export const approvalSector = defineSector({
  id: 'approval',
  label: '行政审批',
  description: '取消、下放以及实施机关变更的行政审批项目信息；审批过程和结果（行政许可决定）。',
  planItem: 1,
  topicCode: TOPIC,
  permission: 'key-sectors.approval.edit',
  recordTypes: [
    defineRecordType({
      id: 'item-change',
      label: '审批事项调整',
      schema: itemChangeSchema,
      columns: (d) => ({ title: `“${d.itemName}”${changeText(d)}`, year: yearOf(d.decidedOn), period: d.decidedOn, category: d.changeType, eventDate: d.decidedOn, searchKeys: [d.itemCode, d.docNo].filter((x): x is string => !!x) }),
      searchFields: ['itemName', 'itemCode', 'docNo', 'formerBody', 'newBody'],
      catalogue: { topicCode: TOPIC, summary: (d) => `行政审批事项“${d.itemName}”${changeText(d)}，自${d.effectiveOn}起施行。依据：${d.basis}`, docNo: (d) => d.docNo ?? null, generatedOn: (d) => d.decidedOn, metadata: (d) => ({ changeType: d.changeType, effectiveOn: d.effectiveOn }) },
      list: { columns: [{ field: 'itemName' }, { field: 'changeType' }, { field: 'effectiveOn' }, { field: 'docNo' }] },
    }),
    defineRecordType({
      id: 'decision',
      label: '行政许可决定',
      schema: decisionSchema,
      columns: (d) => ({ title: `${d.applicant}：${d.itemName}（${d.decisionNo}）`, year: yearOf(d.decidedOn), period: d.decidedOn, category: d.status, subjectKey: d.applicantCode ?? d.applicant, naturalKey: d.decisionNo, eventDate: d.decidedOn, searchKeys: [d.decisionNo, ...(d.applicantCode ? [d.applicantCode] : [])] }),
      searchFields: ['decisionNo', 'itemName', 'applicant', 'applicantCode'],
      catalogue: { topicCode: TOPIC, summary: (d) => `${d.authority}于${d.decidedOn}作出行政许可决定（${d.decisionNo}），准予${d.applicant}${d.itemName}：${d.content.slice(0, 200)}`, docNo: (d) => d.decisionNo, generatedOn: (d) => d.decidedOn, metadata: (d) => ({ decisionNo: d.decisionNo, applicantCode: d.applicantCode ?? null, category: d.category, status: d.status }) },
      list: { columns: [{ field: 'decisionNo' }, { field: 'itemName' }, { field: 'applicant' }, { field: 'decidedOn' }, { field: 'status' }] },
    }),
  ],
  requirements: [
    {
      id: 'item-changes', label: '公开审批事项取消、下放和实施机关变更', recordType: 'item-change', levels: ['province', 'prefecture', 'county'], each: true,
      appliesWhen: { categories: ['取消', '下放', '实施机关变更', '新增', '合并'] },
      due: { kind: 'afterEvent', days: 20, unit: 'working', eventLabel: '调整决定', latestEvent: (y) => `${y}-12-31` },
      basis: '黑政办综〔2014〕4号第1项：及时公开取消、下放以及实施机关变更的行政审批项目信息（“及时”按 20 个工作日计，可调整）',
    },
    {
      id: 'decisions-7-working-days', label: '行政许可决定 7 个工作日内公开', recordType: 'decision', levels: ['province', 'prefecture', 'county'], each: true,
      appliesWhen: { categories: ['有效', '撤销', '注销', '过期'] },
      due: { kind: 'afterEvent', days: 7, unit: 'working', eventLabel: '作出许可决定', latestEvent: (y) => `${y}-12-31` },
      basis: '“双公示”：自作出行政决定之日起 7 个工作日内上网公开（国发〔2015〕51号；晚于 2014 年要点，作为可选规则）',
    },
  ],
});
