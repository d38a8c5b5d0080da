// Loading published records for charts and open data, validated on read: a stored row that no
// longer satisfies its schema is left out and counted, never served.
import type { Prisma } from '@gongkai/db';
import type { RecordTypeDefinition, SectorRecord } from '../../contracts';
import { addCalendarDays } from '../dates';
import { validateData } from './validate';
import type { KsContext } from './service';

export interface PublishedQuery {
  sector: string;
  recordType: RecordTypeDefinition<unknown>;
  divisionCode: string;
  /** Only this division (true) or its whole subtree (false). */
  exactDivision: boolean;
  recordId?: string;
  subjectKey?: string;
  year?: number;
  /** 'YYYY-MM-DD' bounds over the period column, inclusive. */
  from?: string;
  to?: string;
  limit: number;
}

export async function loadPublished(ctx: KsContext, q: PublishedQuery): Promise<{ records: SectorRecord<unknown>[]; skipped: number; truncated: boolean }> {
  const where: Prisma.KeySectorsRecordWhereInput = {
    sector: q.sector,
    recordType: q.recordType.id,
    status: 'published',
    divisionCode: q.exactDivision ? q.divisionCode : { startsWith: q.divisionCode },
    ...(q.recordId ? { id: q.recordId } : {}),
    ...(q.subjectKey ? { subjectKey: q.subjectKey } : {}),
    ...(q.year ? { year: q.year } : {}),
    ...(q.from || q.to ? { period: { ...(q.from ? { gte: q.from } : {}), ...(q.to ? { lt: addCalendarDays(q.to, 1) } : {}) } } : {}),
  };
  const rows = await ctx.db.keySectorsRecord.findMany({ where, orderBy: [{ period: 'asc' }, { id: 'asc' }], take: q.limit + 1 });
  const truncated = rows.length > q.limit;
  const records: SectorRecord<unknown>[] = [];
  let skipped = 0;
  for (const r of rows.slice(0, q.limit)) {
    const v = validateData(q.recordType, r.data);
    if (!v.ok) { skipped++; continue; }
    records.push({
      id: r.id, divisionCode: r.divisionCode, organizationId: r.organizationId, title: r.title, year: r.year,
      period: r.period, category: r.category, subjectKey: r.subjectKey, publishedAt: r.publishedAt, data: v.data,
    });
  }
  return { records, skipped, truncated };
}

/** Whole days from `from` to `to` inclusive ('YYYY-MM-DD'). */
export function daysInRange(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}
