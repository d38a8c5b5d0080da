// Publicity periods (公示期) with objections, shared by sectors that publish lists for objection
// (affordable housing allocation, university admissions).
import { z } from 'zod';
import { choice, isoDate, optionalIsoDate, text } from './fields';

export const objectionSchema = z.object({
  receivedOn: isoDate('异议提出日期'),
  summary: text('异议内容', 1000),
  result: choice('处理结果', ['成立', '不成立', '处理中']),
  repliedOn: optionalIsoDate('答复日期'),
}).strict();

export type Objection = z.output<typeof objectionSchema>;

/**
 * A publicity period (公示期) with objections: the end may not precede the start, objections must
 * be raised within the period, and a reply may not precede its objection.
 */
export function checkPublicity(d: { publicityStart: string; publicityEnd: string; objections?: readonly Objection[] | undefined }, ctx: z.RefinementCtx): void {
  if (d.publicityEnd < d.publicityStart) {
    ctx.addIssue({ code: 'custom', path: ['publicityEnd'], message: `公示结束日期（${d.publicityEnd}）不能早于公示开始日期（${d.publicityStart}）` });
    return;
  }
  (d.objections ?? []).forEach((o, i) => {
    if (o.receivedOn < d.publicityStart || o.receivedOn > d.publicityEnd) {
      ctx.addIssue({ code: 'custom', path: ['objections', i, 'receivedOn'], message: `异议提出日期（${o.receivedOn}）须在公示期（${d.publicityStart} 至 ${d.publicityEnd}）内` });
    }
    if (o.repliedOn && o.repliedOn < o.receivedOn) {
      ctx.addIssue({ code: 'custom', path: ['objections', i, 'repliedOn'], message: `答复日期（${o.repliedOn}）不能早于异议提出日期（${o.receivedOn}）` });
    }
  });
}


