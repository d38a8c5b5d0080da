// Writes a fully validated file in the mutation's transaction: records without catalogue
// publication (hourly readings) go in with createMany in chunks; catalogue records are published
// one by one so each gets its 索引号.
import { randomUUID } from 'node:crypto';
import type { KeySectorsRecord } from '@gongkai/db';
import { fail } from '@gongkai/kernel';
import type { RecordTypeDefinition } from '../../contracts';
import { publishRecord, type KsContext } from '../records/service';
import type { ResolvedSector } from '../sector-catalog';
import type { PreparedRecord } from './check';

export const CHUNK = 5_000;
/** Catalogue items are published one at a time; larger files are imported as drafts. */
export const MAX_PUBLISH_WITH_CATALOGUE = 2_000;

/** Stored natural keys among `keys` (one JSON parameter per 50,000 keys: fast for large files). */
export async function storedNaturalKeys(ctx: KsContext, divisionCode: string, sector: string, recordType: string, keys: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < keys.length; i += 50_000) {
    const rows = await ctx.db.$queryRawUnsafe<{ natural_key: string; title: string }[]>(
      'SELECT natural_key, title FROM key_sectors_record WHERE division_code = $1 AND sector = $2 AND record_type = $3 AND natural_key IN (SELECT jsonb_array_elements_text($4::jsonb))',
      divisionCode, sector, recordType, JSON.stringify(keys.slice(i, i + 50_000)),
    );
    for (const r of rows) out.set(r.natural_key, r.title);
  }
  return out;
}

const INSERT_SQL = `INSERT INTO key_sectors_record (id, division_code, organization_id, sector, record_type, status, published_at, import_id,
  created_by_id, updated_by_id, updated_at, title, year, period, category, subject_key, natural_key, event_date, data, search_keys, search_text)
SELECT t.id, $1, $2, $3, $4, $5::key_sectors_record_status, ($6::timestamptz AT TIME ZONE 'UTC'), $7, $8, $8, ($9::timestamptz AT TIME ZONE 'UTC'),
  t.title, t.year, t.period, t.category, t.subject_key, t.natural_key, t.event_date, t.data,
  ARRAY(SELECT jsonb_array_elements_text(t.search_keys)), t.search_text
FROM jsonb_to_recordset($10::jsonb) AS t(id text, title text, year int, period text, category text, subject_key text, natural_key text,
  event_date date, data jsonb, search_keys jsonb, search_text text)`;

interface ChunkBase { divisionCode: string; organizationId: string | null; sector: string; recordType: string; status: 'draft' | 'published'; publishedAt: Date | null; importId: string; actorId: string }

/**
 * The fast path: one INSERT … SELECT FROM jsonb_to_recordset($json) per chunk, the rows travelling
 * as a single JSON parameter (Prisma's createMany binds a parameter per cell and managed only a
 * few hundred rows per second here).
 */
async function insertChunk(ctx: KsContext, base: ChunkBase, chunk: readonly PreparedRecord[]): Promise<void> {
  const rows = chunk.map((p) => ({
    id: randomUUID().replace(/-/g, ''),
    title: p.fields.title, year: p.fields.year, period: p.fields.period, category: p.fields.category,
    subject_key: p.fields.subjectKey, natural_key: p.fields.naturalKey,
    event_date: p.fields.eventDate ? p.fields.eventDate.toISOString().slice(0, 10) : null,
    data: p.fields.data, search_keys: p.fields.searchKeys, search_text: p.fields.searchText,
  }));
  await ctx.db.$executeRawUnsafe(INSERT_SQL,
    base.divisionCode, base.organizationId, base.sector, base.recordType, base.status, base.publishedAt?.toISOString() ?? null,
    base.importId, base.actorId, ctx.clock.now().toISOString(), JSON.stringify(rows));
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
      await insertChunk(ctx, {
        divisionCode: a.divisionCode, organizationId: a.organizationId, sector: a.sector.def.id, recordType: a.recordType.id,
        status: a.publish ? 'published' : 'draft', publishedAt: a.publish ? now : null, importId: imp.id, actorId: a.actorId,
      }, a.prepared.slice(i, i + CHUNK));
    }
    return { importId: imp.id, created: a.prepared.length };
  }
  for (const p of a.prepared) {
    const row: KeySectorsRecord = await ctx.db.keySectorsRecord.create({ data: { ...p.fields, ...base } });
    await publishRecord(ctx, row, a.sector, a.recordType);
  }
  return { importId: imp.id, created: a.prepared.length };
}
