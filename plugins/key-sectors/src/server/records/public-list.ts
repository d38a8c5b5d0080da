// The public listing of published records of a sector in a division's subtree, hiding divisions
// where the sector's plugins are switched off. Shared by the portal procedures and the REST API.
import type { Prisma, Tx } from '@gongkai/db';
import type { RecordTypeDefinition } from '../../contracts';
import { assertSectorEnabled } from '../authz';
import { disabledInSubtree } from '../divisions';
import type { ResolvedSector } from '../sector-catalog';
import { toDto, type KsContext, type RecordDto } from './service';

export interface PublicListQuery {
  divisionCode: string;
  sector: ResolvedSector;
  recordType?: RecordTypeDefinition<unknown>;
  subtree: boolean;
  q?: string;
  year?: number;
  subjectKey?: string;
  /** Extra conditions (category, exact search key). */
  where?: Prisma.KeySectorsRecordWhereInput;
  page: number;
  pageSize: number;
  orderBy?: Prisma.KeySectorsRecordOrderByWithRelationInput[];
}

export function textWhere(q: string | undefined): Prisma.KeySectorsRecordWhereInput {
  if (!q) return {};
  return { OR: [{ title: { contains: q, mode: 'insensitive' } }, { searchText: { contains: q.toLowerCase() } }, { searchKeys: { has: q.toUpperCase() } }, { searchKeys: { has: q } }] };
}

export async function publicList(ctx: KsContext, db: Tx, q: PublicListQuery): Promise<{ total: number; items: RecordDto[] }> {
  await assertSectorEnabled(ctx.kernel, db, q.sector, q.divisionCode);
  const hidden = q.subtree ? await disabledInSubtree(db, q.divisionCode, [...new Set(['key-sectors', q.sector.pluginId])]) : [];
  const where: Prisma.KeySectorsRecordWhereInput = {
    AND: [
      {
        sector: q.sector.def.id,
        ...(q.recordType ? { recordType: q.recordType.id } : {}),
        status: 'published',
        divisionCode: q.subtree ? { startsWith: q.divisionCode, ...(hidden.length ? { notIn: hidden } : {}) } : q.divisionCode,
        ...(q.year ? { year: q.year } : {}),
        ...(q.subjectKey ? { subjectKey: q.subjectKey } : {}),
      },
      textWhere(q.q),
      q.where ?? {},
    ],
  };
  const [total, rows] = await Promise.all([
    ctx.db.keySectorsRecord.count({ where }),
    ctx.db.keySectorsRecord.findMany({ where, orderBy: q.orderBy ?? [{ publishedAt: 'desc' }, { id: 'asc' }], skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
  ]);
  const types = new Map(q.sector.def.recordTypes.map((r) => [r.id, r as RecordTypeDefinition<unknown>]));
  return { total, items: rows.map((r) => toDto(types.get(r.recordType), r)) };
}
