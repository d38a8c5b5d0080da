// The one statement by which the deadline sweeps raise staff notices: the subjects a query selects
// (`hit`) get their notice exactly once (the dedupe key is unique; a conflicting key is skipped),
// optionally with a mark or flag written on the subject and a timeline entry, all in one statement
// so that a notice is never raised without its flag nor a flag without its notice.
import { Prisma } from '@gongkai/db';
import type { Ctx } from '../services/context';

export interface NoticeStatement {
  /**
   * The subjects due a notice, with the columns id, division_code, organization_id, due_date
   * (date), dedupe_key and message (and event_note when `event` is given): a SELECT, or for overdue
   * flags the UPDATE that raises them, RETURNING those columns. An UPDATE whose WHERE includes
   * "not yet flagged" is its own guard against a concurrent sweep: PostgreSQL re-checks the
   * condition on a row another transaction changed meanwhile, so each flag, and so each timeline
   * entry, is written once, without first locking the rows.
   */
  hit: Prisma.Sql;
  subjectType: 'request' | 'subtask' | 'release';
  kind: 'reminder' | 'overdue';
  /** An UPDATE … FROM hit of the subjects a SELECT `hit` found (a reminder mark on narrow rows). */
  mark?: Prisma.Sql;
  /** A timeline entry of this kind on each request hit (note: the hit's event_note), dated `on`. */
  event?: { kind: string; on: string };
  /** Return the hit subjects (for outbox events); otherwise only the count of notices raised. */
  returnHits?: boolean;
}

export interface RaisedNotices {
  /** Notices inserted (subjects whose notice already existed are not counted). */
  raised: number;
  /** The subjects hit, when `returnHits`. */
  hits: { id: string; division_code: string }[];
}

/** Runs one notice statement (autocommit, or in the caller's transaction when ctx.db is one). */
export async function raiseNotices(ctx: Ctx, s: NoticeStatement): Promise<RaisedNotices> {
  const now = ctx.clock.now();
  const mark = s.mark ? Prisma.sql`upd AS (${s.mark} RETURNING 1),` : Prisma.empty;
  const event = s.event
    ? Prisma.sql`ev AS (
        INSERT INTO mechanisms_request_event (id, request_id, division_code, kind, "on", at, public, note, data)
        SELECT gen_random_uuid()::text, hit.id, hit.division_code, ${s.event.kind}, ${s.event.on}::date, ${now}, false, hit.event_note, '{}'::jsonb FROM hit RETURNING 1
      ),`
    : Prisma.empty;
  const statement = Prisma.sql`
    WITH hit AS (${s.hit}),
    ${mark}
    ${event}
    ins AS (
      INSERT INTO mechanisms_notice (id, division_code, organization_id, subject_type, subject_id, kind, dedupe_key, message, due_date, created_at)
      SELECT gen_random_uuid()::text, hit.division_code, hit.organization_id, ${s.subjectType}, hit.id, ${s.kind}, hit.dedupe_key, hit.message, hit.due_date, ${now}
      FROM hit ON CONFLICT (dedupe_key) DO NOTHING RETURNING 1
    )`;
  if (s.returnHits) {
    const rows = await ctx.db.$queryRaw<{ id: string; division_code: string; raised: number }[]>`${statement}
      SELECT hit.id, hit.division_code, (SELECT count(*) FROM ins)::int AS raised FROM hit`;
    return { raised: rows[0]?.raised ?? 0, hits: rows.map(({ id, division_code }) => ({ id, division_code })) };
  }
  const rows = await ctx.db.$queryRaw<{ raised: number }[]>`${statement} SELECT (SELECT count(*) FROM ins)::int AS raised`;
  return { raised: rows[0]?.raised ?? 0, hits: [] };
}

/**
 * Reminder thresholds as a relation t(division_code, k, threshold): deadlines of the division on or
 * before `threshold` are within k working days. Three array parameters, whatever the number of divisions.
 */
export function thresholdTable(rows: readonly { division: string; k: number; lastDueDate: string }[]): Prisma.Sql {
  return Prisma.sql`SELECT * FROM unnest(${rows.map((r) => r.division)}::text[], ${rows.map((r) => r.k)}::int[], ${rows.map((r) => r.lastDueDate)}::date[]) AS t(division_code, k, threshold)`;
}
