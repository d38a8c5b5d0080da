// The record of one land acquisition: its law version, the approval, and the steps taken so far
// (each with its date, document and, for announcements, the end of the announcement period).
// The order of steps and calendar-day periods are checked here; working-day periods need the
// kernel calendar and are checked in status.ts.
import { z } from 'zod';
import { choice, isoDate, isIsoDate, optionalIsoDate, optionalText, text, addDays } from '../../../contracts';
import { PROCEDURES, stepDef, type LawVersion } from './procedure';

export const LAW_CHOICES = ['2004年土地管理法', '2019年修正土地管理法'] as const;
export const lawOf = (v: (typeof LAW_CHOICES)[number]): LawVersion => (v === '2004年土地管理法' ? 'LAW_2004' : 'LAW_2019');

export const stepSchema = z.object({
  step: z.string().trim().min(1, '程序步骤不能为空').max(40).describe('程序步骤'),
  date: isoDate('日期'),
  endDate: optionalIsoDate('公告（公示）截止日期'),
  document: text('文件名称', 200),
  documentNo: optionalText('文号', 100),
  note: optionalText('说明', 1000),
}).strict();

export const acquisitionSchema = z.object({
  law: choice('适用程序', LAW_CHOICES),
  projectName: text('项目名称', 200),
  approvalNo: optionalText('批准文号', 100),
  approvalAuthority: optionalText('批准机关', 100),
  approvedOn: optionalIsoDate('批准日期'),
  place: text('位置（乡镇、村、组）', 200),
  owners: text('被征地集体经济组织', 200),
  area: z.number({ error: '面积须为数字' }).gt(0, '面积须大于 0').max(100_000, '面积过大，请核对').describe('面积（公顷）'),
  landClass: optionalText('地类', 100),
  purpose: text('用途', 200),
  compensationStandard: text('补偿标准', 2000),
  resettlement: text('安置途径', 2000),
  steps: z.array(stepSchema).max(30).default([]).describe('程序步骤'),
}).strict().superRefine((d, ctx) => {
  const law = lawOf(d.law);
  const order = PROCEDURES[law].map((s) => s.id);
  const seen = new Map<string, number>();
  d.steps.forEach((s, i) => {
    const def = stepDef(law, s.step);
    if (!def) {
      ctx.addIssue({ code: 'custom', path: ['steps', i, 'step'], message: `“${s.step}”不是${d.law}征地程序的步骤；可选：${order.join('、')}` });
      return;
    }
    if (seen.has(s.step)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'step'], message: `步骤“${def.label}”重复（第 ${seen.get(s.step)! + 1} 项已有）` });
    seen.set(s.step, i);
    if (s.endDate && s.endDate < s.date) ctx.addIssue({ code: 'custom', path: ['steps', i, 'endDate'], message: `“${def.label}”截止日期（${s.endDate}）不能早于开始日期（${s.date}）` });
    if (def.spans && !s.endDate) ctx.addIssue({ code: 'custom', path: ['steps', i, 'endDate'], message: `“${def.label}”须填写公告（公示）截止日期` });
  });
  // Order: a step may not be dated before a step that precedes it in the procedure.
  const recorded = d.steps.map((s, i) => ({ s, i, pos: order.indexOf(s.step) })).filter((x) => x.pos >= 0 && isIsoDate(x.s.date));
  for (const x of recorded) {
    const earlier = recorded.filter((y) => y.pos < x.pos && y.s.date > x.s.date);
    if (earlier.length) {
      const y = earlier[0]!;
      ctx.addIssue({ code: 'custom', path: ['steps', x.i, 'date'], message: `“${stepDef(law, x.s.step)!.label}”（${x.s.date}）不能早于程序中在先的“${stepDef(law, y.s.step)!.label}”（${y.s.date}）` });
    }
  }
  const approval = d.steps.find((s) => s.step === 'approval');
  if (approval && d.approvedOn && approval.date !== d.approvedOn) {
    ctx.addIssue({ code: 'custom', path: ['approvedOn'], message: `批准日期（${d.approvedOn}）与程序步骤“征地批准”的日期（${approval.date}）不一致` });
  }
  if (d.approvedOn && !d.approvalNo) ctx.addIssue({ code: 'custom', path: ['approvalNo'], message: '已批准的须填写批准文号' });
  // Calendar-day periods.
  for (const x of recorded) {
    for (const p of stepDef(law, x.s.step)!.periods ?? []) {
      if (p.unit !== 'calendar') continue;
      if (p.kind === 'atLeast' && x.s.endDate && x.s.endDate < addDays(x.s.date, p.days)) {
        ctx.addIssue({ code: 'custom', path: ['steps', x.i, 'endDate'], message: `${p.text}：${x.s.date} 至 ${x.s.endDate} 不足 ${p.days} 日` });
      }
      if (p.kind === 'within') {
        const base = d.steps.find((s) => s.step === p.after);
        if (base && isIsoDate(base.date) && x.s.date > addDays(base.date, p.days)) {
          ctx.addIssue({ code: 'custom', path: ['steps', x.i, 'date'], message: `${p.text}：应不晚于 ${addDays(base.date, p.days)}，实际 ${x.s.date}` });
        }
      }
    }
  }
});

export type Acquisition = z.output<typeof acquisitionSchema>;
