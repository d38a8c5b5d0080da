// Recomputes a request's statutory clock from its ledger (events, consultations, fees) and the
// stage of its 补正 notice, stores the copy on the request for queues and the sweep, and keeps the
// kernel deadlines ('reply', 'correction-notice') registered so that a calendar change recomputes
// them (kernel.calendar.deadline-changed → this again).
import { computeCorrectionNotice, type CorrectionNoticeClock } from '../domain/correction-notice';
import { computeClock, type ClockExclusion, type ClockState, type ClockStep } from '../domain/request-clock';
import { ruleSetById } from '../domain/rule-sets';
import { fromDb, fromDbOrNull, today, toDb, workingCalendar } from './calendar';
import type { Ctx } from './context';
import { CLOCK_KINDS } from './timeline';
import { loadFull } from './load';

export const PLUGIN_ID = 'mechanisms';
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

interface StoredClock {
  id: string; divisionCode: string; receivedOn: string; status: string; dueDate: Date | null; remindedAt: number | null; overdue: boolean;
  correctionNoticeDue: Date | null; correctionNoticeState: string | null; correctionNoticeOverdue: boolean;
}

/** The calendar's own account of a computation ("工作日计算"), when it gives one. */
function calendarStep(explanation: unknown): ClockStep[] {
  const text = (explanation as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? [{ label: '工作日计算', detail: text }] : [];
}

export async function loadClockState(ctx: Ctx, requestId: string): Promise<{ state: ClockState; correctionNotice: CorrectionNoticeClock | null; request: StoredClock } | null> {
  const r = await loadFull(ctx, requestId, { eventKinds: CLOCK_KINDS });
  if (!r) return null;
  const ev = (k: string) => r.events.filter((e) => e.kind === k);
  const corrReq = ev('correction-requested')[0];
  const corrRec = ev('correction-received')[0];
  const notNeeded = ev('correction-not-needed')[0];
  const ext = ev('extension-approved')[0];
  const delay = ev('delay-set')[0];
  const exclusions: ClockExclusion[] = [];
  for (const s of r.subtasks) {
    if (s.kind !== 'organ' && s.kind !== 'third-party') continue;
    if (s.status === 'cancelled' && !s.answeredOn) continue;
    exclusions.push({ kind: s.kind, from: fromDb(s.sentOn), to: s.status === 'open' ? null : fromDbOrNull(s.answeredOn) ?? fromDb(s.sentOn), label: s.thirdPartyName ?? '征求其他机关意见' });
  }
  for (const f of r.fees) {
    if (f.status === 'waived') continue;
    exclusions.push({ kind: 'fee', from: fromDb(f.noticeOn), to: f.status === 'unpaid' ? null : fromDbOrNull(f.paidOn) ?? fromDb(f.payBy), label: `信息处理费${f.amount}元` });
  }
  const cal = await workingCalendar(ctx);
  const state = await computeClock({
    ruleSet: ruleSetById(r.ruleSet),
    receivedOn: fromDb(r.receivedOn),
    correction: corrReq ? { noticeOn: fromDb(corrReq.on), receivedOn: corrRec ? fromDb(corrRec.on) : null } : null,
    exclusions,
    extension: ext ? { days: num((ext.data as Record<string, unknown>).days), approvedOn: fromDb(ext.on), approver: str((ext.data as Record<string, unknown>).approverName) } : null,
    delay: delay ? { days: num((delay.data as Record<string, unknown>).days), setOn: fromDb(delay.on) } : null,
    asOf: today(ctx),
  }, cal);
  state.steps.push(...calendarStep(state.calendarExplanation));
  const firstFee = r.fees[0];
  const correctionNotice = await computeCorrectionNotice({
    ruleSet: ruleSetById(r.ruleSet),
    receivedOn: fromDb(r.receivedOn),
    noticeOn: corrReq ? fromDb(corrReq.on) : null,
    notNeededOn: notNeeded ? fromDb(notNeeded.on) : null,
    movedOn: r.status === 'closed' && r.closedOn ? { on: fromDb(r.closedOn), what: '已办结' } : firstFee ? { on: fromDb(firstFee.noticeOn), what: '已发出收费通知' } : null,
  }, cal);
  correctionNotice?.steps.push(...calendarStep(correctionNotice.calendarExplanation));
  return {
    state, correctionNotice,
    request: {
      id: r.id, divisionCode: r.divisionCode, receivedOn: fromDb(r.receivedOn), status: r.status, dueDate: r.dueDate, remindedAt: r.remindedAt, overdue: r.overdue,
      correctionNoticeDue: r.correctionNoticeDue, correctionNoticeState: r.correctionNoticeState, correctionNoticeOverdue: r.correctionNoticeOverdue,
    },
  };
}

/**
 * Recomputes and stores the clock of a request and the 补正 notice stage; returns the reply clock
 * (null if the request is closed: then only the 补正 notice stage is brought up to date).
 * Overdue flags are only ever raised by the sweep, together with their alert and timeline entry, so
 * that no deadline passes silently; here they are kept while still true and cleared otherwise.
 */
export async function syncClock(ctx: Ctx, requestId: string): Promise<ClockState | null> {
  const loaded = await loadClockState(ctx, requestId);
  if (!loaded) return null;
  const { state, correctionNotice: cn, request } = loaded;
  const day = today(ctx);
  const cnDueChanged = fromDbOrNull(request.correctionNoticeDue) !== (cn?.dueDate ?? null);
  const correctionData = {
    correctionNoticeDue: cn ? toDb(cn.dueDate) : null, correctionNoticeProvisional: cn?.provisional ?? false,
    correctionNoticeState: cn?.state ?? null, correctionNoticeSteps: (cn?.steps ?? []) as unknown as object,
    ...(cnDueChanged ? { correctionRemindedAt: null } : {}),
    correctionNoticeOverdue: request.correctionNoticeOverdue && cn?.state === 'open' && cn.dueDate < day,
  };
  if (request.status === 'closed') {
    // Closing ends the 补正 notice stage; the reply clock of a closed case is left as it was.
    await ctx.db.mechanismsRequest.update({ where: { id: requestId }, data: correctionData });
    await syncCorrectionNoticeDeadline(ctx, request, cn);
    return null;
  }
  const due = state.dueDate;
  const dueChanged = fromDbOrNull(request.dueDate) !== due;
  await ctx.db.mechanismsRequest.update({
    where: { id: requestId },
    data: {
      clockStart: toDb(state.startDate), dueDate: due ? toDb(due) : null, provisional: state.provisional,
      paused: state.phase === 'paused', extensionDays: state.extensionDays, delayDays: state.delayDays, excludedDays: state.excludedDays,
      clockSteps: state.steps as unknown as object,
      ...(dueChanged ? { remindedAt: null } : {}),
      overdue: request.overdue && due !== null && state.phase === 'running' && due < day,
      ...correctionData,
    },
  });
  await syncCorrectionNoticeDeadline(ctx, request, cn);
  const key = { pluginId: PLUGIN_ID, subjectType: 'request', subjectId: requestId, kind: 'reply' };
  if (state.phase === 'awaiting-correction') {
    await ctx.calendar.closeDeadline(ctx.tx, key, 'cancelled');
  } else {
    await ctx.calendar.registerDeadline(ctx.tx, {
      ...key, divisionCode: request.divisionCode, startDate: state.startDate,
      workingDays: state.baseDays + state.extensionDays + state.delayDays, pausedDays: state.excludedDays,
    });
  }
  return state;
}

/**
 * Keeps the kernel deadline 'correction-notice' in step: registered while the stage is open (the
 * kernel recomputes it when a year's schedule is entered), closed once when the stage ends, as met
 * if it ended by the deadline and cancelled if later.
 */
async function syncCorrectionNoticeDeadline(ctx: Ctx, before: StoredClock, cn: CorrectionNoticeClock | null): Promise<void> {
  if (cn === null) return;
  const key = { pluginId: PLUGIN_ID, subjectType: 'request', subjectId: before.id, kind: 'correction-notice' };
  const wasOpen = before.correctionNoticeState === null || before.correctionNoticeState === 'open';
  if (cn.state === 'open') {
    if (before.correctionNoticeState !== 'open' || fromDbOrNull(before.correctionNoticeDue) !== cn.dueDate) {
      await ctx.calendar.registerDeadline(ctx.tx, { ...key, divisionCode: before.divisionCode, startDate: before.receivedOn, workingDays: cn.workingDays });
    }
  } else if (wasOpen) {
    await ctx.calendar.closeDeadline(ctx.tx, key, cn.late ? 'cancelled' : 'met');
  }
}
