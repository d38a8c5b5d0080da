// The statutory clock of one information request, as a ledger with legal semantics:
// receipt (date by channel), a one-time 补正 that RESETS the period, excluded consultation
// segments (third parties, other organs, fee notices), one approved extension, and the Art. 35
// delayed period. Pure: all working-day arithmetic goes through the injected calendar.
import type { WorkingCalendar } from './calendar-port';
import type { RuleSet } from './rule-sets';

export type ExclusionKind = 'third-party' | 'organ' | 'fee';

export interface ClockExclusion {
  kind: ExclusionKind;
  /** Day the consultation (or fee notice) was sent. */
  from: string;
  /** Day the answer (or payment) arrived; null while still open (the clock is paused). */
  to: string | null;
  label: string;
}

export interface ClockFacts {
  ruleSet: RuleSet;
  receivedOn: string;
  correction: { noticeOn: string; receivedOn: string | null } | null;
  exclusions: readonly ClockExclusion[];
  extension: { days: number; approvedOn: string; approver: string } | null;
  delay: { days: number; setOn: string } | null;
  /** Today (Asia/Shanghai), for open pauses. */
  asOf: string;
}

export interface ClockStep { label: string; detail: string }

export interface ClockState {
  phase: 'running' | 'paused' | 'awaiting-correction';
  /** Day the current period counts from (receipt, or receipt of the 补正). */
  startDate: string;
  baseDays: number;
  extensionDays: number;
  delayDays: number;
  excludedDays: number;
  /** base + extension + delay + excluded: the working days after startDate the reply is due. */
  totalDays: number;
  /** Reply due date; null while awaiting the applicant's 补正 (the period will restart). */
  dueDate: string | null;
  provisional: boolean;
  /** Last day for the one-time 补正 notice (null when the rule set has no such period). */
  correctionNoticeDue: string | null;
  steps: ClockStep[];
  calendarExplanation: unknown;
}

const KIND_LABEL: Record<ExclusionKind, string> = { 'third-party': '征求第三方意见', organ: '征求其他机关意见', fee: '收费通知至缴费' };

function excluded(rs: RuleSet, kind: ExclusionKind): boolean {
  if (kind === 'third-party') return rs.excludesThirdPartyConsultation;
  if (kind === 'organ') return rs.excludesOrganConsultation;
  return rs.allowsFees;
}

/** Merges overlapping [from, to] segments (dates as strings sort chronologically). */
export function mergeSegments(segs: readonly { from: string; to: string }[]): { from: string; to: string }[] {
  const sorted = [...segs].filter((s) => s.to > s.from).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const out: { from: string; to: string }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.from <= last.to) { if (s.to > last.to) last.to = s.to; } else out.push({ ...s });
  }
  return out;
}

export async function computeClock(f: ClockFacts, cal: WorkingCalendar): Promise<ClockState> {
  const rs = f.ruleSet;
  const steps: ClockStep[] = [{ label: '适用规则', detail: rs.label }];
  steps.push({ label: '收到申请', detail: `${f.receivedOn}（收到申请之日不计入期限，自次日起算）` });
  const correctionNoticeDue = rs.correctionNoticeDays === null ? null : (await cal.addWorkingDays(f.receivedOn, rs.correctionNoticeDays)).dueDate;
  let startDate = f.receivedOn;
  if (f.correction) {
    steps.push({ label: '补正告知', detail: `${f.correction.noticeOn}（${rs.citation.correction}）` });
    if (f.correction.receivedOn === null) {
      return {
        phase: 'awaiting-correction', startDate, baseDays: rs.replyDays, extensionDays: 0, delayDays: 0, excludedDays: 0,
        totalDays: rs.replyDays, dueDate: null, provisional: false, correctionNoticeDue,
        steps: [...steps, { label: '期限', detail: '等待申请人补正；收到补正后答复期限重新计算' }], calendarExplanation: null,
      };
    }
    if (rs.correctionRestarts) {
      startDate = f.correction.receivedOn;
      steps.push({ label: '收到补正', detail: `${startDate}：答复期限自该日重新起算` });
    }
  }
  steps.push({ label: '答复期限', detail: `${rs.replyDays}个工作日（${rs.citation.reply}）` });

  let extensionDays = 0;
  if (f.extension) {
    extensionDays = Math.min(f.extension.days, rs.extensionMaxDays);
    steps.push({ label: '延长答复期限', detail: `${extensionDays}个工作日，${f.extension.approvedOn}经${f.extension.approver}同意（${rs.citation.extension}）` });
  }
  let delayDays = 0;
  if (f.delay && rs.allowsDelayedPeriod) {
    delayDays = f.delay.days;
    steps.push({ label: '延迟答复', detail: `${delayDays}个工作日，${f.delay.setOn}确定（${rs.citation.delay}）` });
  }

  // Excluded segments after the period's start, merged so overlapping consultations count once.
  let paused = false;
  const segs: { from: string; to: string }[] = [];
  for (const e of f.exclusions) {
    if (!excluded(rs, e.kind)) continue;
    const to = e.to ?? f.asOf;
    if (e.to === null) paused = true;
    const from = e.from < startDate ? startDate : e.from;
    if (to > from) segs.push({ from, to });
    steps.push({ label: KIND_LABEL[e.kind], detail: `${e.label}：${e.from} 至 ${e.to ?? '今（进行中，期限暂停）'}` });
  }
  let excludedDays = 0;
  for (const s of mergeSegments(segs)) excludedDays += await cal.workingDaysBetween(s.from, s.to);
  if (excludedDays > 0 || paused) steps.push({ label: '不计入期限', detail: `${excludedDays}个工作日（${rs.citation.exclusion}）` });

  const totalDays = rs.replyDays + extensionDays + delayDays + excludedDays;
  const due = await cal.addWorkingDays(startDate, totalDays);
  steps.push({ label: '答复截止日', detail: `${startDate}后第${totalDays}个工作日：${due.dueDate}${due.provisional ? '（所涉年度节假日安排尚未公布，日期为暂定）' : ''}${paused ? '（暂停中，随征求意见结束而确定）' : ''}` });
  return {
    phase: paused ? 'paused' : 'running', startDate, baseDays: rs.replyDays, extensionDays, delayDays, excludedDays, totalDays,
    dueDate: due.dueDate, provisional: due.provisional, correctionNoticeDue, steps, calendarExplanation: due.explanation,
  };
}
