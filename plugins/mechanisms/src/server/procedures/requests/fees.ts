// Information processing fees (国办函〔2020〕109号): a quote, the fee notice with its payment
// deadline, payment. Non-payment by the deadline closes the case in the sweep (其他处理).
import { fail } from '@gongkai/kernel';
import { z } from 'zod';
import { feeInput, feePaidInput } from '../../../contracts/requests';
import { recordId } from '../../../contracts/common';
import { ruleSetById } from '../../domain/rule-sets';
import { p } from '../../procedure';
import { fromDb, toDb, workingCalendar } from '../../services/calendar';
import { PLUGIN_ID, syncClock } from '../../services/clock-sync';
import { quote } from '../../services/fees';
import { baseValues, cnDate, issueLetter, resolveTemplate } from '../../services/letters';
import { orgsById } from '../../services/organizations';
import { loadRequest, requireOpen } from '../../services/requests';
import { addEvent } from '../../services/timeline';
import { checkActionDate } from './guards';

export const feeQuote = p.can('requests.handle')
  .input(z.object({ id: recordId, method: z.enum(['by-item', 'by-volume']), units: z.number().int().min(1).max(100_000) }).strict())
  .query(async ({ ctx, input }) => {
    const r = await loadRequest(ctx.plugin, ctx.guard, input.id);
    return quote(ctx.plugin, r, input.method, input.units);
  });

export const feeNotice = p.can('requests.handle').input(feeInput).mutation(async ({ ctx, input }) => {
  const r = await loadRequest(ctx.plugin, ctx.guard, input.id, { lock: true });
  requireOpen(r);
  checkActionDate(ctx.plugin, r, input.noticeOn, 'noticeOn');
  if (!ruleSetById(r.ruleSet).allowsFees) throw fail.precondition('该申请适用的规则不允许收取信息处理费');
  if (r.status !== 'processing') throw fail.precondition('当前状态不能发出收费通知');
  if (await ctx.plugin.db.mechanismsFee.count({ where: { requestId: r.id } })) throw fail.precondition('本申请已发出收费通知；每件申请只能适用一种收费标准，不得重复计收');
  const q = await quote(ctx.plugin, r, input.method, input.units);
  if (q.amount === 0) throw fail.badRequest(`按该标准无需收费：${q.explanation}`, 'units');
  const days = r.settings.requests.feePaymentDays;
  const payBy = (await (await workingCalendar(ctx.plugin)).addWorkingDays(input.noticeOn, days)).dueDate;
  const fee = await ctx.plugin.db.mechanismsFee.create({
    data: { requestId: r.id, divisionCode: r.divisionCode, method: input.method, units: input.units, earlierUnits: q.earlierUnits, amount: q.amount, explanation: q.explanation, noticeOn: toDb(input.noticeOn), payBy: toDb(payBy) },
  });
  await ctx.plugin.db.mechanismsRequest.update({ where: { id: r.id }, data: { status: 'awaiting-fee', ...(input.method === 'by-item' ? { itemCount: input.units } : {}) } });
  await ctx.plugin.calendar.registerDeadline(ctx.plugin.tx, { pluginId: PLUGIN_ID, divisionCode: r.divisionCode, subjectType: 'fee', subjectId: fee.id, kind: 'payment', startDate: input.noticeOn, workingDays: days });
  await addEvent(ctx.plugin, { requestId: r.id, divisionCode: r.divisionCode, kind: 'fee-notice', on: input.noticeOn, actorId: ctx.principal.userId, actorName: ctx.principal.displayName, public: true, note: `${q.amount}元，${payBy}前缴纳`, data: { feeId: fee.id } });
  await syncClock(ctx.plugin, r.id);
  const org = (await orgsById(ctx.plugin, [r.organizationId])).get(r.organizationId);
  const t = await resolveTemplate(ctx.plugin, r.divisionCode, r.organizationId, 'fee');
  const letter = await issueLetter(ctx.plugin, { requestId: r.id, divisionCode: r.divisionCode, kind: 'fee', template: t, issuedOn: input.noticeOn, actorId: ctx.principal.userId,
    values: { ...baseValues(r, org?.name ?? '', input.noticeOn), 收费金额: String(q.amount), 收费说明: q.explanation, 缴费期限: cnDate(payBy) } });
  ctx.audit.target('mechanisms.request', r.id, r.divisionCode);
  return { feeId: fee.id, amount: q.amount, payBy, explanation: q.explanation, letterId: letter.id };
});

export const feePaid = p.can('requests.handle').input(feePaidInput).mutation(async ({ ctx, input }) => {
  const r = await loadRequest(ctx.plugin, ctx.guard, input.id, { lock: true });
  requireOpen(r);
  checkActionDate(ctx.plugin, r, input.paidOn, 'paidOn');
  const fee = await ctx.plugin.db.mechanismsFee.findFirst({ where: { requestId: r.id, status: 'unpaid' } });
  if (!fee) throw fail.precondition('没有待缴纳的信息处理费');
  if (input.paidOn < fromDb(fee.noticeOn)) throw fail.badRequest('缴费日期不能早于收费通知日期', 'paidOn');
  if (input.paidOn > fromDb(fee.payBy)) throw fail.badRequest(`缴费日期晚于缴费期限（${fromDb(fee.payBy)}），申请已视为放弃`, 'paidOn');
  await ctx.plugin.db.mechanismsFee.update({ where: { id: fee.id }, data: { status: 'paid', paidOn: toDb(input.paidOn) } });
  await ctx.plugin.db.mechanismsRequest.update({ where: { id: r.id }, data: { status: 'processing' } });
  await ctx.plugin.calendar.closeDeadline(ctx.plugin.tx, { pluginId: PLUGIN_ID, subjectType: 'fee', subjectId: fee.id, kind: 'payment' }, 'met');
  await addEvent(ctx.plugin, { requestId: r.id, divisionCode: r.divisionCode, kind: 'fee-paid', on: input.paidOn, actorId: ctx.principal.userId, actorName: ctx.principal.displayName, public: true });
  const state = await syncClock(ctx.plugin, r.id);
  ctx.audit.target('mechanisms.request', r.id, r.divisionCode);
  return { dueDate: state?.dueDate ?? null };
});
