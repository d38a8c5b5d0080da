// The sweep's notice statements for information requests and their sub-tasks: reminders before the
// reply, 补正-notice and sub-task deadlines, then overdue flags with their alerts (and, for requests,
// timeline entries). Each is one set-based statement through raiseNotices; exactly once per due
// date and threshold (dedupe keys), so a sweep and a check-request job may run together.
import { Prisma } from '@gongkai/db';
import { requestStatuses } from '../../contracts/vocabulary';
import type { Ctx } from '../services/context';
import { raiseNotices, thresholdTable } from './raise-notices';

/** Statuses of open requests, listed so that the (status, due date) indexes serve the sweep. */
export const OPEN = Prisma.join(requestStatuses.filter((s) => s !== 'closed'));

export interface Threshold { division: string; k: number; lastDueDate: string }

/** What one sweep looks at: the day, the enabled divisions and their reminder thresholds, maybe one request. */
export interface SweepScope {
  today: string;
  /** Reply and sub-task reminder thresholds per division; `lastThreshold` is the latest of their dates. */
  thresholds: Threshold[];
  lastThreshold: string;
  /** 补正-notice reminder thresholds (those shorter than its 7-working-day period). */
  correctionThresholds: Threshold[];
  divisions: Prisma.Sql;
  /** `AND r.id = …` / `AND r.request_id = …` for one request, else empty. */
  only: Prisma.Sql;
  onlySub: Prisma.Sql;
}

/**
 * Whether a request's reminder of this kind with threshold c.k or smaller was already raised for
 * due date `due`. For requests the notices themselves are the reminder mark (their dedupe keys name
 * the due date and threshold): a request row is ~2 KB, and writing a mark on tens of thousands of
 * them a day cost more than the notices. A moved due date starts afresh, as its keys are new.
 */
function alreadyReminded(s: SweepScope, kind: 'reminder' | 'correction-reminder', due: Prisma.Sql): Prisma.Sql {
  const ks = [...new Set([...s.thresholds, ...s.correctionThresholds].map((t) => t.k))];
  return Prisma.sql`EXISTS (SELECT 1 FROM unnest(${ks}::int[]) AS k2
    JOIN mechanisms_notice n ON n.dedupe_key = 'request:' || c.id || ${`:${kind}:`} || ${due} || ':' || k2 WHERE k2 <= c.k)`;
}

/** Reply reminders: the smallest threshold reached, unless that or a smaller one was raised for the due date. */
export async function replyReminders(ctx: Ctx, s: SweepScope): Promise<number> {
  if (s.thresholds.length === 0) return 0;
  return (await raiseNotices(ctx, {
    subjectType: 'request', kind: 'reminder',
    hit: Prisma.sql`
      SELECT c.id, c.division_code, c.organization_id, c.due_date, 'request:' || c.id || ':reminder:' || c.due_date || ':' || c.k AS dedupe_key,
             '申请' || c.number || '距答复期限还有' || c.k || '个工作日（' || to_char(c.due_date, 'YYYY-MM-DD') || '）' AS message
      FROM (
        SELECT r.id, r.division_code, r.organization_id, r.number, r.due_date, MIN(t.k) AS k
        FROM mechanisms_request r JOIN (${thresholdTable(s.thresholds)}) t ON t.division_code = r.division_code
        WHERE r.status IN (${OPEN}) AND NOT r.paused AND r.due_date >= ${s.today}::date AND r.due_date <= t.threshold
          AND r.due_date <= ${s.lastThreshold}::date ${s.only}
        GROUP BY r.id
      ) c
      WHERE NOT ${alreadyReminded(s, 'reminder', Prisma.sql`c.due_date`)}`,
  })).raised;
}

/** 补正-notice reminders while the stage is open (neither sent nor recorded as not needed). */
export async function correctionReminders(ctx: Ctx, s: SweepScope): Promise<number> {
  if (s.correctionThresholds.length === 0) return 0;
  return (await raiseNotices(ctx, {
    subjectType: 'request', kind: 'reminder',
    hit: Prisma.sql`
      SELECT c.id, c.division_code, c.organization_id, c.due AS due_date, 'request:' || c.id || ':correction-reminder:' || c.due || ':' || c.k AS dedupe_key,
             '申请' || c.number || '距补正告知期限还有' || c.k || '个工作日（' || to_char(c.due, 'YYYY-MM-DD') || '）：申请内容不明确的须在此前一次性告知补正，明确的请登记“无需补正”' AS message
      FROM (
        SELECT r.id, r.division_code, r.organization_id, r.number, r.correction_notice_due AS due, MIN(t.k) AS k
        FROM mechanisms_request r JOIN (${thresholdTable(s.correctionThresholds)}) t ON t.division_code = r.division_code
        WHERE r.correction_notice_state = 'open' AND r.status <> 'closed' AND r.correction_notice_due >= ${s.today}::date AND r.correction_notice_due <= t.threshold ${s.only}
        GROUP BY r.id
      ) c
      WHERE NOT ${alreadyReminded(s, 'correction-reminder', Prisma.sql`c.due`)}`,
  })).raised;
}

export type Hit = { id: string; division_code: string };

/**
 * Overdue requests: the reply deadline, then the 补正-notice deadline (one after the other: both
 * flag request rows). Flag, timeline entry, alert.
 */
export async function requestOverdue(ctx: Ctx, s: SweepScope): Promise<{ overdue: Hit[]; correctionOverdue: Hit[] }> {
  const overdue = (await raiseNotices(ctx, {
    subjectType: 'request', kind: 'overdue', returnHits: true, event: { kind: 'overdue', on: s.today },
    hit: Prisma.sql`
      UPDATE mechanisms_request r SET overdue = true
      WHERE r.status IN (${OPEN}) AND NOT r.paused AND NOT r.overdue AND r.due_date < ${s.today}::date AND r.division_code IN (${s.divisions}) ${s.only}
      RETURNING r.id, r.division_code, r.organization_id, r.due_date, 'request:' || r.id || ':overdue:' || r.due_date AS dedupe_key,
        '申请' || r.number || '已超过答复期限（' || to_char(r.due_date, 'YYYY-MM-DD') || '）' AS message,
        '已超过答复期限' || to_char(r.due_date, 'YYYY-MM-DD') AS event_note`,
  })).hits;
  // The 补正 notice deadline passed with the stage still open.
  const correctionOverdue = (await raiseNotices(ctx, {
    subjectType: 'request', kind: 'overdue', returnHits: true, event: { kind: 'correction-notice-overdue', on: s.today },
    hit: Prisma.sql`
      UPDATE mechanisms_request r SET correction_notice_overdue = true
      WHERE r.correction_notice_state = 'open' AND r.status <> 'closed' AND NOT r.correction_notice_overdue AND r.correction_notice_due < ${s.today}::date
        AND r.division_code IN (${s.divisions}) ${s.only}
      RETURNING r.id, r.division_code, r.organization_id, r.correction_notice_due AS due_date,
        'request:' || r.id || ':correction-overdue:' || r.correction_notice_due AS dedupe_key,
        '申请' || r.number || '已超过补正告知期限（' || to_char(r.correction_notice_due, 'YYYY-MM-DD') || '），既未告知补正，也未登记无需补正' AS message,
        '补正告知期限' || to_char(r.correction_notice_due, 'YYYY-MM-DD') || '已过，既未告知补正，也未登记无需补正' AS event_note`,
  })).hits;
  return { overdue, correctionOverdue };
}

/** Sub-tasks (narrow rows, so they keep a reminder mark): reminders, then overdue flags with alerts. */
export async function subtaskNotices(ctx: Ctx, s: SweepScope): Promise<{ reminders: number; overdue: number }> {
  const reminders = s.thresholds.length === 0 ? 0 : (await raiseNotices(ctx, {
    subjectType: 'subtask', kind: 'reminder',
    hit: Prisma.sql`
      SELECT c.id, c.division_code, c.target_organization_id AS organization_id, c.due_date, c.k,
             'subtask:' || c.id || ':reminder:' || c.due_date || ':' || c.k AS dedupe_key,
             '协办或征求意见事项距回复期限还有' || c.k || '个工作日（' || to_char(c.due_date, 'YYYY-MM-DD') || '）' AS message
      FROM (
        SELECT r.id, r.division_code, r.target_organization_id, r.due_date, MIN(t.k) AS k
        FROM mechanisms_subtask r JOIN (${thresholdTable(s.thresholds)}) t ON t.division_code = r.division_code
        WHERE r.status = 'open' AND r.due_date >= ${s.today}::date AND r.due_date <= t.threshold AND r.due_date <= ${s.lastThreshold}::date
          AND (r.reminded_at IS NULL OR r.reminded_at > t.k) ${s.onlySub}
        GROUP BY r.id
      ) c`,
    mark: Prisma.sql`UPDATE mechanisms_subtask r SET reminded_at = hit.k FROM hit WHERE r.id = hit.id`,
  })).raised;
  const overdue = (await raiseNotices(ctx, {
    subjectType: 'subtask', kind: 'overdue', returnHits: true,
    hit: Prisma.sql`
      UPDATE mechanisms_subtask r SET overdue = true
      WHERE r.status = 'open' AND NOT r.overdue AND r.due_date < ${s.today}::date AND r.division_code IN (${s.divisions}) ${s.onlySub}
      RETURNING r.id, r.division_code, r.target_organization_id AS organization_id, r.due_date, 'subtask:' || r.id || ':overdue:' || r.due_date AS dedupe_key,
        '协办或征求意见事项已超过回复期限（' || to_char(r.due_date, 'YYYY-MM-DD') || '）' AS message`,
  })).hits.length;
  return { reminders, overdue };
}
