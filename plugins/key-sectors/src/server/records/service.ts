// The generic record store: every sector's records in one table, validated with the record
// type's schema on every write and read; published records become catalogue items.
import type { KeySectorsRecord, Prisma } from '@gongkai/db';
import { fail, type PluginContext } from '@gongkai/kernel';
import { recordItemType, type RecordTypeDefinition } from '../../contracts';
import { chinaDateOf, fromDbDate, toDbDate } from '../dates';
import { sectorCatalog, type ResolvedSector } from '../sector-catalog';
import { renderRecordText } from './render';
import { columnsOf, parseDataOrThrow, searchTextOf, validateData, type DataIssue } from './validate';

export type KsModels = 'keySectorsRecord' | 'keySectorsImport';
export type KsContext = PluginContext<KsModels>;

export interface RecordDto {
  id: string;
  divisionCode: string;
  organizationId: string | null;
  sector: string;
  recordType: string;
  title: string;
  year: number | null;
  period: string | null;
  category: string | null;
  subjectKey: string | null;
  eventDate: string | null;
  status: 'draft' | 'published' | 'withdrawn';
  publishedAt: Date | null;
  catalogueItemId: string | null;
  /** Validated data, or null when the stored data no longer matches the schema (see `invalid`). */
  data: unknown;
  invalid: DataIssue[] | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Validates on read: a stored row that no longer satisfies its schema is reported, not served. */
export function toDto(rt: RecordTypeDefinition<unknown> | undefined, r: KeySectorsRecord): RecordDto {
  const v = rt ? validateData(rt, r.data) : { ok: false as const, issues: [{ path: '', message: `记录类型“${r.recordType}”已不存在` }] };
  return {
    id: r.id, divisionCode: r.divisionCode, organizationId: r.organizationId, sector: r.sector, recordType: r.recordType,
    title: r.title, year: r.year, period: r.period, category: r.category, subjectKey: r.subjectKey,
    eventDate: r.eventDate ? fromDbDate(r.eventDate) : null, status: r.status, publishedAt: r.publishedAt,
    catalogueItemId: r.catalogueItemId,
    data: v.ok ? v.data : null,
    invalid: v.ok ? null : v.issues,
    createdAt: r.createdAt, updatedAt: r.updatedAt,
  };
}

/** Read with validation; a row that fails its schema is a clear PRECONDITION_FAILED naming the field. */
export function toValidDto(rt: RecordTypeDefinition<unknown> | undefined, r: KeySectorsRecord): RecordDto {
  const dto = toDto(rt, r);
  if (dto.invalid) throw fail.precondition(`记录数据与“${rt?.label ?? r.recordType}”的格式不符，请重新编辑：${dto.invalid.map((i) => i.message).join('；')}`);
  return dto;
}

export interface CreateInput {
  divisionCode: string;
  sector: ResolvedSector;
  recordType: RecordTypeDefinition<unknown>;
  organizationId: string | null;
  data: unknown;
  publish: boolean;
  actorId: string | null;
}

/** The row fields derived from validated data (shared by create, update and import). */
export function rowFields(rt: RecordTypeDefinition<unknown>, data: unknown) {
  const c = columnsOf(rt, data);
  return {
    title: c.title, year: c.year, period: c.period, category: c.category, subjectKey: c.subjectKey,
    naturalKey: c.naturalKey, eventDate: c.eventDate ? toDbDate(c.eventDate) : null,
    searchKeys: [...c.searchKeys], searchText: searchTextOf(rt, data),
    data: data as Prisma.InputJsonValue,
  };
}

async function assertUniqueNaturalKey(ctx: KsContext, divisionCode: string, sector: string, recordType: string, naturalKey: string | null, exceptId?: string) {
  if (!naturalKey) return;
  const clash = await ctx.db.keySectorsRecord.findFirst({ where: { divisionCode, sector, recordType, naturalKey, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true, title: true } });
  if (clash) throw fail.conflict(`本地区已有相同的记录：“${clash.title}”（编号 ${clash.id}）`);
}

export async function createRecord(ctx: KsContext, input: CreateInput): Promise<KeySectorsRecord> {
  const data = parseDataOrThrow(input.recordType, input.data);
  const fields = rowFields(input.recordType, data);
  await assertUniqueNaturalKey(ctx, input.divisionCode, input.sector.def.id, input.recordType.id, fields.naturalKey);
  const row = await ctx.db.keySectorsRecord.create({
    data: {
      ...fields, divisionCode: input.divisionCode, organizationId: input.organizationId,
      sector: input.sector.def.id, recordType: input.recordType.id, createdById: input.actorId, updatedById: input.actorId,
    },
  });
  return input.publish ? publishRecord(ctx, row, input.sector, input.recordType) : row;
}

export async function updateRecord(ctx: KsContext, row: KeySectorsRecord, sector: ResolvedSector, rt: RecordTypeDefinition<unknown>, patch: { data: unknown; organizationId?: string | null }, actorId: string | null): Promise<KeySectorsRecord> {
  if (row.status === 'withdrawn') throw fail.precondition('已撤回的记录不能再编辑，请新建记录');
  const data = parseDataOrThrow(rt, patch.data);
  const fields = rowFields(rt, data);
  await assertUniqueNaturalKey(ctx, row.divisionCode, row.sector, row.recordType, fields.naturalKey, row.id);
  const updated = await ctx.db.keySectorsRecord.update({
    where: { id: row.id },
    data: { ...fields, organizationId: patch.organizationId === undefined ? row.organizationId : patch.organizationId, updatedById: actorId },
  });
  // A published record's catalogue item follows its edits (same 索引号).
  return updated.status === 'published' ? publishRecord(ctx, updated, sector, rt) : updated;
}

/** Publishes (or republishes after an edit); catalogue-backed types become catalogue items. */
export async function publishRecord(ctx: KsContext, row: KeySectorsRecord, sector: ResolvedSector, rt: RecordTypeDefinition<unknown>): Promise<KeySectorsRecord> {
  if (row.status === 'withdrawn') throw fail.precondition('已撤回的记录不能重新发布，请新建记录');
  const data = parseDataOrThrow(rt, row.data);
  const now = ctx.clock.now();
  let catalogueItemId = row.catalogueItemId;
  const mapping = rt.catalogue;
  if (mapping) {
    if (!row.organizationId) throw fail.badRequest('发布到政府信息公开目录须指定发布机构', 'organizationId');
    const meta = mapping.metadata?.(data) ?? {};
    const res = await ctx.kernel.catalogue.publishFromPlugin(ctx.tx, {
      pluginId: sector.pluginId,
      sourceRef: row.id,
      divisionCode: row.divisionCode,
      organizationId: row.organizationId,
      itemType: recordItemType(sector.pluginId, sector.def.id, rt.id),
      title: row.title,
      summary: mapping.summary(data).slice(0, 2000),
      body: (mapping.body?.(data) ?? renderRecordText(rt, data)).slice(0, 200_000),
      docNo: mapping.docNo?.(data) ?? null,
      generatedOn: mapping.generatedOn?.(data) ?? chinaDateOf(row.publishedAt ?? now),
      topicCode: mapping.topicCode,
      metadata: {
        ...meta,
        sector: sector.def.id, sectorLabel: sector.def.label, recordType: rt.id, recordTypeLabel: rt.label, recordId: row.id,
      },
    });
    catalogueItemId = res.id;
  }
  if (row.status === 'published' && catalogueItemId === row.catalogueItemId) return row;
  return ctx.db.keySectorsRecord.update({
    where: { id: row.id },
    data: { status: 'published', publishedAt: row.publishedAt ?? now, catalogueItemId },
  });
}

export async function withdrawRecord(ctx: KsContext, row: KeySectorsRecord, sector: ResolvedSector, reason: string): Promise<KeySectorsRecord> {
  if (row.status !== 'published') throw fail.precondition('只有已发布的记录可以撤回');
  if (row.catalogueItemId) {
    await ctx.kernel.catalogue.withdrawFromPlugin(ctx.tx, { pluginId: sector.pluginId, sourceRef: row.id, reason });
  }
  return ctx.db.keySectorsRecord.update({ where: { id: row.id }, data: { status: 'withdrawn', withdrawnAt: ctx.clock.now() } });
}

/** Loads a record with its sector and record type resolved; unknown ids are NOT_FOUND. */
export async function loadRecord(ctx: KsContext, id: string) {
  const row = await ctx.db.keySectorsRecord.findUnique({ where: { id } });
  if (!row) throw fail.notFound('记录');
  const sector = sectorCatalog(ctx.kernel.registry).find(row.sector);
  if (!sector) throw fail.notFound('记录');
  const rt = sector.def.recordTypes.find((r) => r.id === row.recordType) as RecordTypeDefinition<unknown> | undefined;
  return { row, sector, rt };
}
