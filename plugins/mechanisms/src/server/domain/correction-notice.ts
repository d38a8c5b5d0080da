// The deadline of the one-time 补正 notice (条例第三十条): an application whose content is unclear
// must be answered with one notice listing what to supply within 7 working days of receipt. The
// stage is open until the notice is sent, staff record that the application is clear (无需补正), or
// the case moves on (a fee notice, or closing). Pure: working days come from the injected calendar.
import type { CorrectionNoticeState } from '../../contracts/vocabulary';
import type { WorkingCalendar } from './calendar-port';
import type { ClockStep } from './request-clock';
import { ruleSets, type RuleSet } from './rule-sets';

export interface CorrectionNoticeFacts {
  ruleSet: RuleSet;
  receivedOn: string;
  /** Day the 补正 notice was sent. */
  noticeOn: string | null;
  /** Day staff recorded that the application is clear and needs no 补正. */
  notNeededOn: string | null;
  /** Day the case moved on without either (first fee notice, or closing), with what happened. */
  movedOn: { on: string; what: string } | null;
}

export interface CorrectionNoticeClock {
  state: CorrectionNoticeState;
  /** Working days after receipt the notice is due (the rule set's period). */
  workingDays: number;
  dueDate: string;
  provisional: boolean;
  /** The stage ended (by any of the three ways) after the deadline; false while open. */
  late: boolean;
  /** Day the stage ended; null while open. */
  endedOn: string | null;
  steps: ClockStep[];
  calendarExplanation: unknown;
}

/** The 补正 notice deadline and stage of a request; null when its rule set has no such period. */
export async function computeCorrectionNotice(f: CorrectionNoticeFacts, cal: WorkingCalendar): Promise<CorrectionNoticeClock | null> {
  const rs = f.ruleSet;
  if (rs.correctionNoticeDays === null) return null;
  const due = await cal.addWorkingDays(f.receivedOn, rs.correctionNoticeDays);
  const steps: ClockStep[] = [
    { label: '适用规则', detail: rs.citation.correction },
    { label: '收到申请', detail: `${f.receivedOn}（收到申请之日不计入期限，自次日起算）` },
    { label: '告知期限', detail: `${rs.correctionNoticeDays}个工作日` },
    { label: '补正告知截止日', detail: `${f.receivedOn}后第${rs.correctionNoticeDays}个工作日：${due.dueDate}${due.provisional ? '（所涉年度节假日安排尚未公布，日期为暂定）' : ''}` },
  ];
  let state: CorrectionNoticeState = 'open';
  let endedOn: string | null = null;
  let detail = '尚未告知补正，也未确认无需补正';
  // The notice itself decides the stage even if "not needed" was recorded before it.
  if (f.noticeOn !== null) {
    state = 'sent'; endedOn = f.noticeOn; detail = `${f.noticeOn}已告知补正`;
  } else if (f.notNeededOn !== null) {
    state = 'not-needed'; endedOn = f.notNeededOn; detail = `${f.notNeededOn}经审查申请内容明确，无需补正`;
  } else if (f.movedOn !== null) {
    state = 'ended'; endedOn = f.movedOn.on; detail = `${f.movedOn.on}${f.movedOn.what}，不再告知补正`;
  }
  const late = endedOn !== null && endedOn > due.dueDate;
  steps.push({ label: '办理情况', detail: `${detail}${late ? '（超过补正告知期限）' : ''}` });
  return { state, workingDays: rs.correctionNoticeDays, dueDate: due.dueDate, provisional: due.provisional, late, endedOn, steps, calendarExplanation: due.explanation };
}

/** The longest 补正 notice period of any rule set (7 working days). */
const LONGEST_NOTICE_PERIOD = Math.max(...ruleSets.map((r) => r.correctionNoticeDays ?? 0));

/**
 * The division's reminder settings that make sense for the 补正 notice: a reminder k working days
 * before a 7-working-day deadline is only one if k is shorter than the period (otherwise it would
 * fire on the day of receipt, announcing more days than there are).
 */
export function correctionReminderDays(reminderDays: readonly number[]): number[] {
  return [...new Set(reminderDays)].filter((k) => k < LONGEST_NOTICE_PERIOD).sort((a, b) => a - b);
}
