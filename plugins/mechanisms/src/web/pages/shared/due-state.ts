// How urgent a case or item is, from its due date, the platform's today and the "due soon" horizon
// (the date N working days from today, computed by the kernel calendar). Pure.

export type DueState = 'closed' | 'overdue' | 'due-soon' | 'paused' | 'waiting' | 'on-track';

export interface DueFacts {
  status: string;
  dueDate: string | null;
  overdue: boolean;
  paused?: boolean;
}

/** Working days ahead within which a deadline counts as "due soon" (the middle reminder). */
export const DUE_SOON_WORKING_DAYS = 3;

export function dueState(r: DueFacts, today: string | null, soonLimit: string | null): DueState {
  if (r.status === 'closed' || r.status === 'published' || r.status === 'cancelled') return 'closed';
  // The sweep sets `overdue`; a date already past counts even before the next sweep.
  if (r.overdue || (r.dueDate !== null && today !== null && r.dueDate < today)) return 'overdue';
  if (r.dueDate === null) return r.paused ? 'paused' : 'waiting';
  if (soonLimit !== null && r.dueDate <= soonLimit) return 'due-soon';
  if (r.paused) return 'paused';
  return 'on-track';
}

export const dueStateLabels: Record<DueState, string> = {
  closed: '已办结',
  overdue: '已逾期',
  'due-soon': '即将到期',
  paused: '期限暂停',
  waiting: '期限未起算',
  'on-track': '期限内',
};

const rank: Record<DueState, number> = { overdue: 0, 'due-soon': 1, 'on-track': 2, paused: 3, waiting: 4, closed: 5 };

/** The 补正 notice deadline of a request, as the queue and case page carry it. */
export interface CorrectionNoticeFacts { state: string; dueDate: string; overdue: boolean }

export interface QueueFacts extends DueFacts { receivedOn: string; number: string; correctionNotice?: CorrectionNoticeFacts | null }

/** The state of a 补正 notice deadline on its own (only an open stage has one that runs). */
export function correctionNoticeDueState(cn: CorrectionNoticeFacts, status: string, today: string | null, soonLimit: string | null): DueState {
  if (cn.state !== 'open') return 'closed';
  return dueState({ status, dueDate: cn.dueDate, overdue: cn.overdue }, today, soonLimit);
}

/**
 * What a case is judged by in queues: its nearest running deadline, i.e. the reply deadline or, while
 * the office has yet to send or rule out a 补正 notice, the earlier 补正 notice deadline; overdue if
 * either is.
 */
export function caseDeadline(r: DueFacts & { correctionNotice?: CorrectionNoticeFacts | null }): DueFacts {
  const cn = r.correctionNotice;
  if (!cn || cn.state !== 'open') return { status: r.status, dueDate: r.dueDate, overdue: r.overdue, paused: r.paused };
  const dueDate = r.dueDate === null || cn.dueDate < r.dueDate ? cn.dueDate : r.dueDate;
  return { status: r.status, dueDate, overdue: r.overdue || cn.overdue, paused: r.paused && dueDate === r.dueDate };
}

/**
 * Queue order by each case's nearest deadline (caseDeadline): overdue first, then the soonest due
 * date; cases without a running clock (waiting for a 补正 or a fee) after those with one; ties by
 * receipt date, then number. Stable for equal keys.
 */
export function orderByDeadline<T extends QueueFacts>(rows: readonly T[], today: string | null, soonLimit: string | null): T[] {
  const keyed = rows.map((row, i) => {
    const d = caseDeadline(row);
    return { row, i, due: d.dueDate, state: dueState(d, today, soonLimit) };
  });
  keyed.sort((a, b) => {
    const overdueA = a.state === 'overdue' ? 0 : 1, overdueB = b.state === 'overdue' ? 0 : 1;
    if (overdueA !== overdueB) return overdueA - overdueB;
    const da = a.due, db = b.due;
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      return da < db ? -1 : 1;
    }
    if (rank[a.state] !== rank[b.state]) return rank[a.state] - rank[b.state];
    if (a.row.receivedOn !== b.row.receivedOn) return a.row.receivedOn < b.row.receivedOn ? -1 : 1;
    if (a.row.number !== b.row.number) return a.row.number < b.row.number ? -1 : 1;
    return a.i - b.i;
  });
  return keyed.map((k) => k.row);
}
