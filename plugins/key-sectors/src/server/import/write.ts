// Writes a fully validated file in the mutation's transaction: records without catalogue
// publication (hourly readings) go in with createMany in chunks; catalogue records are published
// one by one so each gets its 索引号.
import type { KeySectorsRecord, Prisma } from '@gongkai/db';
import { fail } from '@gongkai/kernel';
import type { RecordTypeDefinition } from '../../contracts';
import { publishRecord, type KsContext } from '../records/service';
import type { ResolvedSector } from '../sector-catalog';
import type { PreparedRecord } from './check';

export const CHUNK = 5_000;
/** Catalogue items are published one at a time; larger files are imported as drafts. */
export const MAX_PUBLISH_WITH_CATALOGUE = 2_000;

export async function storedNaturalKeys(ctx: KsContext, divisionCode: string, sector: string, recordType: string, keys: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < keys.length; i += 10_000) {
    const rows = await ctx.db.keySectorsRecord.findMany({
      where: { divisionCode, sector, recordType, naturalKey: { in: keys.slice(i, i + 10_000) } },
      select: { naturalKey: true, title: true },
    });
    for (const r of rows) if (r.naturalKey) out.set(r.naturalKey, r.title);
  }
  return out;
}

export interface WriteArgs {
  divisionCode: string;
  sector: ResolvedSector;
  recordType: RecordTypeDefinition<unknown>;
  organizationId: string | null;
  publish: boolean;
  actorId: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  rowCount: number;
  prepared: readonly PreparedRecord[];
}

export async function writeImport(ctx: KsContext, a: WriteArgs): Promise<{ importId: string; created: number }> {
  const withCatalogue = a.publish && a.recordType.catalogue !== false;
  if (withCatalogue && a.prepared.length > MAX_PUBLISH_WITH_CATALOGUE) {
    throw fail.badRequest(`一次导入并发布到公开目录的记录不超过 ${MAX_PUBLISH_WITH_CATALOGUE} 条，请先导入为草稿再分批发布`, 'publish');
  }
  if (withCatalogue && !a.organizationId) throw fail.badRequest('发布到政府信息公开目录须指定发布机构', 'organizationId');
  const imp = await ctx.db.keySectorsImport.create({
    data: {
      divisionCode: a.divisionCode, sector: a.sector.def.id, recordType: a.recordType.id, fileName: a.fileName, format: a.format,
      rowCount: a.rowCount, recordCount: a.prepared.length, published: a.publish, createdById: a.actorId,
    },
  });
  const now = ctx.clock.now();
  const base = {
    divisionCode: a.divisionCode, organizationId: a.organizationId, sector: a.sector.def.id, recordType: a.recordType.id,
    importId: imp.id, createdById: a.actorId, updatedById: a.actorId,
  };
  if (!withCatalogue) {
    for (let i = 0; i < a.prepared.length; i += CHUNK) {
      const data: Prisma.KeySectorsRecordCreateManyInput[] = a.prepared.slice(i, i + CHUNK).map((p) => ({
        ...p.fields, ...base, status: a.publish ? 'published' : 'draft', publishedAt: a.publish ? now : null,
      }));
      await ctx.db.keySectorsRecord.createMany({ data });
    }
    return { importId: imp.id, created: a.prepared.length };
  }
  for (const p of a.prepared) {
    const row: KeySectorsRecord = await ctx.db.keySectorsRecord.create({ data: { ...p.fields, ...base } });
    await publishRecord(ctx, row, a.sector, a.recordType);
  }
  return { importId: imp.id, created: a.prepared.length };
}
