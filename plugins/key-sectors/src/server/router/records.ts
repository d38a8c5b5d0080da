// Record entry, publication and reading. Public reads see published records only; staff see
// drafts where their sector permission reaches; every write validates with the sector's schema.
import type { Prisma } from '@gongkai/db';
import { fail, router } from '@gongkai/kernel';
import { assertCanEdit, assertCanRead, assertSectorEnabled, readReach } from '../authz';
import { publicList, textWhere } from '../records/public-list';
import { createRecord, loadRecord, publishRecord, toDto, toValidDto, updateRecord, withdrawRecord } from '../records/service';
import { sectorCatalog } from '../sector-catalog';
import { divisionCode, organizationId, page, recordData, recordId, recordTypeId, searchText, sectorId, z } from './inputs';
import { p } from './procedures';

const listInput = z.object({
  divisionCode,
  sector: sectorId,
  recordType: recordTypeId.optional(),
  q: searchText.optional(),
  year: z.number().int().min(1949).max(2200).optional(),
  subjectKey: z.string().trim().max(200).optional(),
  /** Include the records of the division's whole subtree (a city and its counties). */
  subtree: z.boolean().default(true),
  /** Newest publication first (default) or latest period first (readings, reports). */
  sort: z.enum(['published', 'period']).default('published'),
  ...page,
}).strict();

export const recordsRouter = router({
  /** Published records of a sector in a division (and its subtree). */
  list: p.public()
    .input(listInput)
    .query(async ({ ctx, input }) => {
      const catalog = sectorCatalog(ctx.kernel.registry);
      const sector = catalog.sector(input.sector);
      const rt = input.recordType ? catalog.recordType(sector, input.recordType) : undefined;
      const { sort, ...rest } = input;
      return publicList(ctx.plugin, ctx.db, { ...rest, sector, recordType: rt, orderBy: sort === 'period' ? [{ period: 'desc' }, { id: 'asc' }] : undefined });
    }),

  /** One published record; its data is validated on read. */
  get: p.public()
    .input(z.object({ id: recordId }).strict())
    .query(async ({ ctx, input }) => {
      const { row, sector, rt } = await loadRecord(ctx.plugin, input.id);
      if (row.status !== 'published') throw fail.notFound('记录');
      await ctx.guard.division(row.divisionCode);
      await assertSectorEnabled(ctx.kernel, ctx.db, sector, row.divisionCode);
      return { ...toValidDto(rt, row), sectorLabel: sector.def.label, recordTypeLabel: rt?.label ?? row.recordType };
    }),

  /** Staff: records including drafts and withdrawn ones, where the caller may read them. */
  manageList: p.authed()
    .input(listInput.omit({ sort: true }).extend({ status: z.enum(['draft', 'published', 'withdrawn']).optional() }).strict())
    .query(async ({ ctx, input }) => {
      const catalog = sectorCatalog(ctx.kernel.registry);
      const sector = catalog.sector(input.sector);
      const rt = input.recordType ? catalog.recordType(sector, input.recordType) : undefined;
      const principal = assertCanRead(ctx.principal, sector, input.divisionCode);
      await assertSectorEnabled(ctx.kernel, ctx.db, sector, input.divisionCode);
      const reach = readReach(principal, sector);
      const reachOr: Prisma.KeySectorsRecordWhereInput[] = [
        ...reach.divisions.map((d) => ({ divisionCode: { startsWith: d } })),
        ...reach.organizations.map((o) => ({ divisionCode: o.divisionCode, organizationId: o.id })),
      ];
      const where: Prisma.KeySectorsRecordWhereInput = {
        AND: [
          { sector: sector.def.id, ...(rt ? { recordType: rt.id } : {}) },
          { divisionCode: input.subtree ? { startsWith: input.divisionCode } : input.divisionCode },
          { OR: reachOr },
          input.status ? { status: input.status } : {},
          input.year ? { year: input.year } : {},
          input.subjectKey ? { subjectKey: input.subjectKey } : {},
          textWhere(input.q),
        ],
      };
      const [total, rows] = await Promise.all([
        ctx.plugin.db.keySectorsRecord.count({ where }),
        ctx.plugin.db.keySectorsRecord.findMany({ where, orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }], skip: (input.page - 1) * input.pageSize, take: input.pageSize }),
      ]);
      return { total, items: rows.map((r) => toDto(catalog.find(r.sector)?.def.recordTypes.find((x) => x.id === r.recordType) as never, r)) };
    }),

  manageGet: p.authed()
    .input(z.object({ id: recordId }).strict())
    .query(async ({ ctx, input }) => {
      const { row, sector, rt } = await loadRecord(ctx.plugin, input.id);
      await ctx.guard.division(row.divisionCode);
      assertCanRead(ctx.principal, sector, row.divisionCode, row.organizationId);
      await assertSectorEnabled(ctx.kernel, ctx.db, sector, row.divisionCode);
      return toDto(rt, row);
    }),

  create: p.authed()
    .input(z.object({
      divisionCode,
      sector: sectorId,
      recordType: recordTypeId,
      organizationId: organizationId.nullable().default(null),
      data: recordData,
      publish: z.boolean().default(false),
    }).strict())
    .mutation(async ({ ctx, input }) => {
      const catalog = sectorCatalog(ctx.kernel.registry);
      const sector = catalog.sector(input.sector);
      const rt = catalog.recordType(sector, input.recordType);
      const principal = assertCanEdit(ctx.principal, sector, input.divisionCode, input.organizationId);
      await assertSectorEnabled(ctx.kernel, ctx.db, sector, input.divisionCode);
      const row = await createRecord(ctx.plugin, {
        divisionCode: input.divisionCode, sector, recordType: rt, organizationId: input.organizationId,
        data: input.data, publish: input.publish, actorId: principal.userId,
      });
      ctx.audit.target('key-sectors.record', row.id, row.divisionCode);
      ctx.audit.detail({ sector: sector.def.id, recordType: rt.id, published: row.status === 'published' });
      return toValidDto(rt, row);
    }),

  update: p.authed()
    .input(z.object({ id: recordId, organizationId: organizationId.nullable().optional(), data: recordData }).strict())
    .mutation(async ({ ctx, input }) => {
      const { row, sector, rt } = await loadRecord(ctx.plugin, input.id);
      await ctx.guard.division(row.divisionCode);
      const principal = assertCanEdit(ctx.principal, sector, row.divisionCode, row.organizationId);
      if (input.organizationId) assertCanEdit(principal, sector, row.divisionCode, input.organizationId);
      await assertSectorEnabled(ctx.kernel, ctx.db, sector, row.divisionCode);
      if (!rt) throw fail.precondition(`记录类型“${row.recordType}”已不存在`);
      const updated = await updateRecord(ctx.plugin, row, sector, rt, { data: input.data, organizationId: input.organizationId }, principal.userId);
      ctx.audit.target('key-sectors.record', row.id, row.divisionCode);
      return toValidDto(rt, updated);
    }),

  publish: p.authed()
    .input(z.object({ id: recordId }).strict())
    .mutation(async ({ ctx, input }) => {
      const { row, sector, rt } = await loadRecord(ctx.plugin, input.id);
      await ctx.guard.division(row.divisionCode);
      assertCanEdit(ctx.principal, sector, row.divisionCode, row.organizationId);
      await assertSectorEnabled(ctx.kernel, ctx.db, sector, row.divisionCode);
      if (!rt) throw fail.precondition(`记录类型“${row.recordType}”已不存在`);
      const published = await publishRecord(ctx.plugin, row, sector, rt);
      ctx.audit.target('key-sectors.record', row.id, row.divisionCode);
      return toValidDto(rt, published);
    }),

  withdraw: p.authed()
    .input(z.object({ id: recordId, reason: z.string().trim().min(1, '请填写撤回理由').max(500, '撤回理由不超过 500 个字符') }).strict())
    .mutation(async ({ ctx, input }) => {
      const { row, sector, rt } = await loadRecord(ctx.plugin, input.id);
      await ctx.guard.division(row.divisionCode);
      assertCanEdit(ctx.principal, sector, row.divisionCode, row.organizationId);
      await assertSectorEnabled(ctx.kernel, ctx.db, sector, row.divisionCode);
      const w = await withdrawRecord(ctx.plugin, row, sector, input.reason);
      ctx.audit.target('key-sectors.record', row.id, row.divisionCode);
      ctx.audit.detail({ reason: input.reason });
      return toDto(rt, w);
    }),

  /** Deletes a draft (published records are withdrawn, never deleted). */
  remove: p.authed()
    .input(z.object({ id: recordId }).strict())
    .mutation(async ({ ctx, input }) => {
      const { row, sector } = await loadRecord(ctx.plugin, input.id);
      await ctx.guard.division(row.divisionCode);
      assertCanEdit(ctx.principal, sector, row.divisionCode, row.organizationId);
      if (row.status !== 'draft') throw fail.precondition('只能删除草稿；已发布的记录请撤回');
      await ctx.plugin.db.keySectorsRecord.delete({ where: { id: row.id } });
      ctx.audit.target('key-sectors.record', row.id, row.divisionCode);
      return { id: row.id };
    }),
});
