// Clock actions: the one-time 补正 notice (the period restarts on receipt), one approved
// extension, the Art. 35 delayed period.
import { fail } from '@gongkai/kernel';
import { correctionInput, correctionReceivedInput, delayInput, extensionInput, noCorrectionInput } from '../../../contracts/requests';
import { ruleSetById } from '../../domain/rule-sets';
import { p } from '../../procedure';
import { fromDb, fromDbOrNull, workingCalendar } from '../../services/calendar';
import { PLUGIN_ID, syncClock } from '../../services/clock-sync';
import { resolveTemplate, baseValues, issueLetter, cnDate } from '../../services/letters';
import { orgsById } from '../../services/organizations';
import { loadRequest, requireOpen } from '../../services/requests';
import { addEvent } from '../../services/timeline';
import { actor, checkActionDate } from './guards';

export const requestCorrection = p.can('requests.handle').input(correctionInput).mutation(async ({ ctx, input }) => {
  const r = await loadRequest(ctx.plugin, ctx.guard, input.id, { lock: true });
  requireOpen(r);
  checkActionDate(ctx.plugin, r, input.noticeOn, 'noticeOn');
  const done = await ctx.plugin.db.mechanismsRequestEvent.count({ where: { requestId: r.id, kind: 'correction-requested' } });
  if (done > 0) throw fail.precondition('补正告知只能一次性作出（条例第三十条）');
  if (r.status !== 'processing') throw fail.precondition('当前状态不能告知补正');
  const rs = ruleSetById(r.ruleSet);
  const cal = await workingCalendar(ctx.plugin);
  const noticeDue = rs.correctionNoticeDays === null ? null : (await cal.addWorkingDays(fromDb(r.receivedOn), rs.correctionNoticeDays)).dueDate;
  const responseDue = (await cal.addWorkingDays(input.noticeOn, r.settings.requests.correctionResponseDays)).dueDate;
  const late = noticeDue !== null && input.noticeOn > noticeDue;
  await addEvent(ctx.plugin, { requestId: r.id, divisionCode: r.divisionCode, kind: 'correction-requested', on: input.noticeOn, ...actorOf(ctx.principal), public: true, note: input.items, data: { dueOn: responseDue, noticeDue, late } });
  await ctx.plugin.db.mechanismsRequest.update({ where: { id: r.id }, data: { status: 'awaiting-correction' } });
  await ctx.plugin.calendar.registerDeadline(ctx.plugin.tx, { pluginId: PLUGIN_ID, divisionCode: r.divisionCode, subjectType: 'request', subjectId: r.id, kind: 'correction-response', startDate: input.noticeOn, workingDays: r.settings.requests.correctionResponseDays });
  // Ends the 补正 notice stage (and closes its kernel deadline: met, or cancelled when late).
  await syncClock(ctx.plugin, r.id);
  const org = (await orgsById(ctx.plugin, [r.organizationId])).get(r.organizationId);
  const t = await resolveTemplate(ctx.plugin, r.divisionCode, r.organizationId, 'correction');
  const letter = await issueLetter(ctx.plugin, { requestId: r.id, divisionCode: r.divisionCode, kind: 'correction', template: t, issuedOn: input.noticeOn, actorId: ctx.principal.userId,
    values: { ...baseValues(r, org?.name ?? '', input.noticeOn), 补正事项: input.items, 补正期限: cnDate(responseDue) } });
  ctx.audit.target('mechanisms.request', r.id, r.divisionCode);
  return { correctionDue: responseDue, late, letterId: letter.id };
});

/**
 * Staff record that the application is clear and needs no 补正: the 补正 notice stage ends, so its
 * reminders and overdue alert stop. A 补正 notice can still be sent later if it turns out needed.
 */
export const confirmNoCorrection = p.can('requests.handle').input(noCorrectionInput).mutation(async ({ ctx, input }) => {
  const r = await loadRequest(ctx.plugin, ctx.guard, input.id, { lock: true });
  requireOpen(r);
  checkActionDate(ctx.plugin, r, input.checkedOn, 'checkedOn');
  if (ruleSetById(r.ruleSet).correctionNoticeDays === null) throw fail.precondition('该申请适用的规定没有补正告知期限');
  // (A request from before the stage was tracked has no state yet; its status still tells.)
  if (r.status !== 'processing' || (r.correctionNoticeState !== null && r.correctionNoticeState !== 'open')) {
    throw fail.precondition('补正告知阶段已结束（已告知补正、已确认无需补正或已进入后续办理）');
  }
  await addEvent(ctx.plugin, { requestId: r.id, divisionCode: r.divisionCode, kind: 'correction-not-needed', on: input.checkedOn, ...actorOf(ctx.principal), public: true, note: input.note });
  await syncClock(ctx.plugin, r.id);
  const row = await ctx.plugin.db.mechanismsRequest.findUniqueOrThrow({ where: { id: r.id }, select: { correctionNoticeState: true, correctionNoticeDue: true } });
  ctx.audit.target('mechanisms.request', r.id, r.divisionCode);
  return { state: row.correctionNoticeState, correctionNoticeDue: fromDbOrNull(row.correctionNoticeDue), late: row.correctionNoticeDue !== null && input.checkedOn > fromDb(row.correctionNoticeDue) };
});

export const correctionReceived = p.can('requests.handle').input(correctionReceivedInput).mutation(async ({ ctx, input }) => {
  const r = await loadRequest(ctx.plugin, ctx.guard, input.id, { lock: true });
  if (r.status !== 'awaiting-correction') throw fail.precondition('该申请不在待补正状态');
  checkActionDate(ctx.plugin, r, input.receivedOn, 'receivedOn');
  await addEvent(ctx.plugin, { requestId: r.id, divisionCode: r.divisionCode, kind: 'correction-received', on: input.receivedOn, ...actorOf(ctx.principal), public: true, note: input.note });
  await ctx.plugin.db.mechanismsRequest.update({ where: { id: r.id }, data: { status: 'processing' } });
  await ctx.plugin.calendar.closeDeadline(ctx.plugin.tx, { pluginId: PLUGIN_ID, subjectType: 'request', subjectId: r.id, kind: 'correction-response' }, 'met');
  const state = await syncClock(ctx.plugin, r.id);
  await ctx.plugin.enqueue('check-request', { divisionCode: r.divisionCode, requestId: r.id });
  ctx.audit.target('mechanisms.request', r.id, r.divisionCode);
  return { dueDate: state?.dueDate ?? null, startDate: state?.startDate ?? null };
});

/** One extension, approved by the head of the OGI work body (the caller, named on the record). */
export const extend = p.can('requests.extend').input(extensionInput).mutation(async ({ ctx, input }) => {
  const r = await loadRequest(ctx.plugin, ctx.guard, input.id, { lock: true });
  requireOpen(r);
  checkActionDate(ctx.plugin, r, input.approvedOn, 'approvedOn');
  const rs = ruleSetById(r.ruleSet);
  if (input.days > rs.extensionMaxDays) throw fail.badRequest(`延长期限最长不超过${rs.extensionMaxDays}个工作日`, 'days');
  if (await ctx.plugin.db.mechanismsRequestEvent.count({ where: { requestId: r.id, kind: 'extension-approved' } })) throw fail.precondition('答复期限只能延长一次');
  if (r.status === 'awaiting-correction') throw fail.precondition('待补正期间答复期限尚未起算，不能延长');
  const due = fromDbOrNull(r.dueDate);
  if (due && input.approvedOn > due) throw fail.badRequest(`须在答复期限（${due}）届满前批准延长`, 'approvedOn');
  await addEvent(ctx.plugin, { requestId: r.id, divisionCode: r.divisionCode, kind: 'extension-approved', on: input.approvedOn, ...actorOf(ctx.principal), public: true,
    note: `延长${input.days}个工作日`, data: { days: input.days, reason: input.reason, approverId: ctx.principal.userId, approverName: ctx.principal.displayName } });
  const state = await syncClock(ctx.plugin, r.id);
  const org = (await orgsById(ctx.plugin, [r.organizationId])).get(r.organizationId);
  const t = await resolveTemplate(ctx.plugin, r.divisionCode, r.organizationId, 'extension');
  const letter = await issueLetter(ctx.plugin, { requestId: r.id, divisionCode: r.divisionCode, kind: 'extension', template: t, issuedOn: input.approvedOn, actorId: ctx.principal.userId,
    values: { ...baseValues(r, org?.name ?? '', input.approvedOn), 理由: input.reason, 延长天数: String(input.days), 新答复期限: state?.dueDate ? cnDate(state.dueDate) : '', 批准人: ctx.principal.displayName } });
  await ctx.plugin.enqueue('check-request', { divisionCode: r.divisionCode, requestId: r.id });
  ctx.audit.target('mechanisms.request', r.id, r.divisionCode);
  ctx.audit.detail({ days: input.days, approver: ctx.principal.displayName });
  return { dueDate: state?.dueDate ?? null, letterId: letter.id };
});

/** Art. 35: a reasonable delayed period for clearly excessive applications with reasonable grounds. */
export const delay = p.can('requests.handle').input(delayInput).mutation(async ({ ctx, input }) => {
  const r = await loadRequest(ctx.plugin, ctx.guard, input.id, { lock: true });
  requireOpen(r);
  checkActionDate(ctx.plugin, r, input.setOn, 'setOn');
  if (!ruleSetById(r.ruleSet).allowsDelayedPeriod) throw fail.precondition('该申请适用2007年条例，没有延迟答复的规定');
  if (await ctx.plugin.db.mechanismsRequestEvent.count({ where: { requestId: r.id, kind: 'delay-set' } })) throw fail.precondition('已确定过延迟答复期限');
  await addEvent(ctx.plugin, { requestId: r.id, divisionCode: r.divisionCode, kind: 'delay-set', on: input.setOn, ...actorOf(ctx.principal), public: true, note: `延迟${input.days}个工作日`, data: { days: input.days, reason: input.reason } });
  const state = await syncClock(ctx.plugin, r.id);
  const org = (await orgsById(ctx.plugin, [r.organizationId])).get(r.organizationId);
  const t = await resolveTemplate(ctx.plugin, r.divisionCode, r.organizationId, 'delay');
  const letter = await issueLetter(ctx.plugin, { requestId: r.id, divisionCode: r.divisionCode, kind: 'delay', template: t, issuedOn: input.setOn, actorId: ctx.principal.userId,
    values: { ...baseValues(r, org?.name ?? '', input.setOn), 延迟天数: String(input.days), 新答复期限: state?.dueDate ? cnDate(state.dueDate) : '' } });
  ctx.audit.target('mechanisms.request', r.id, r.divisionCode);
  return { dueDate: state?.dueDate ?? null, letterId: letter.id };
});

function actorOf(p: { userId: string; displayName: string }) { const a = actor(p); return { actorId: a.id, actorName: a.name }; }
