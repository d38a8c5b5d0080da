// The 政府信息公开目录: staff drafting, publishing and withdrawing; the public search, facets,
// item page and topic tree (also served as REST under /api/v1 through trpc-to-openapi).
import { z } from 'zod';
import type { CatalogueItem, Prisma, Tx } from '@gongkai/db';
import { topicTree } from '../contracts';
import { loadPublicItem } from '../catalogue/public-item';
import { facetsSchema, publicItemSchema, searchPageSchema, topicsSchema } from '../catalogue/public-schemas';
import { draftInput, draftPatch, filterQuery, recordId, searchQuery, withdrawReason } from '../catalogue/schemas';
import { MAX_BASE64_CHARS } from '../files/files-service';
import { can } from '../identity/principal';
import { router } from '../trpc/init';
import { fail } from '../trpc/errors';
import { kernelProcedure, publicProcedure, type Guard } from '../trpc/procedures';
import { divisionCode } from './divisions';

/** What staff see of an item (everything but the search tokens). */
function staffView<T extends CatalogueItem>(item: T): Omit<T, 'searchTokens'> {
  const { searchTokens: _tokens, ...rest } = item;
  return rest;
}

/** Loads an item and checks the caller's reach over its division and organisation (else NOT_FOUND). */
async function guarded(ctx: { db: Tx; guard: Guard }, id: string): Promise<CatalogueItem> {
  const item = await ctx.db.catalogueItem.findUnique({ where: { id } });
  if (!item) throw fail.notFound('目录信息');
  ctx.guard.division(item.divisionCode, item.organizationId);
  return item;
}

const staffListInput = z.object({
  q: z.string().trim().max(100).default(''),
  status: z.enum(['draft', 'published', 'withdrawn']).optional(),
  divisionCode: divisionCode.optional(),
  organizationId: recordId.optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
}).strict();

export const catalogueRouter = router({
  // ---- public -----------------------------------------------------------------------------------
  search: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/catalogue/search', tags: ['catalogue'], summary: '检索政府信息公开目录', description: '中文分词检索已发布的目录信息；名称命中优先，其次按发布时间倒序。可按地区、机构、主题、信息类型和年份筛选。' } })
    .input(searchQuery)
    .output(searchPageSchema)
    .query(({ ctx, input }) => ctx.kernel.catalogue.search(ctx.db, input)),

  facets: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/catalogue/facets', tags: ['catalogue'], summary: '检索结果分面统计', description: '按地区（市、县两级）、发布机构、主题（一级）、信息类型和年份统计检索结果条数。' } })
    .input(filterQuery)
    .output(facetsSchema)
    .query(({ ctx, input }) => ctx.kernel.catalogue.facets(ctx.db, input)),

  item: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/catalogue/items/{id}', tags: ['catalogue'], summary: '目录信息详情', description: '已发布信息的元数据、正文和附件；依申请公开的信息只提供元数据。' } })
    .input(z.object({ id: recordId }).strict())
    .output(publicItemSchema)
    .query(async ({ ctx, input }) => {
      const item = await loadPublicItem(ctx.kernel.sql, ctx.kernel.catalogue, ctx.kernel.config.publicUrl, input.id);
      if (!item) throw fail.notFound('目录信息');
      return item;
    }),

  topics: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/catalogue/topics', tags: ['catalogue'], summary: '主题分类表', description: '政府信息公开目录使用的主题分类（一级、二级）；信息须归入末级类目。' } })
    .input(z.object({}).strict().optional())
    .output(topicsSchema)
    .query(() => ({
      topics: topicTree.map((t) => ({
        code: t.code, name: t.name, path: t.path, leaf: !t.children?.length,
        children: (t.children ?? []).map((c) => ({ code: c.code, name: c.name, path: c.path, leaf: true })),
      })),
    })),

  /** Item types with their labels and metadata field labels (for facets and forms). */
  itemTypes: publicProcedure
    .input(z.object({}).strict().optional())
    .query(({ ctx }) => ctx.kernel.catalogue.itemTypes().map((t) => ({
      type: t.type, label: t.label, pluginId: t.pluginId, fieldLabels: t.fieldLabels ?? {},
      metadataSchema: z.toJSONSchema(t.metadata, { unrepresentable: 'any', io: 'input' }),
    }))),

  // ---- staff ------------------------------------------------------------------------------------
  /** Items in the caller's reach, any status, newest change first. */
  list: kernelProcedure('kernel.catalogue.read')
    .input(staffListInput)
    .query(async ({ ctx, input }) => {
      const reach = ctx.guard.reach();
      if (input.divisionCode) ctx.guard.division(input.divisionCode, input.organizationId);
      const scope: Prisma.CatalogueItemWhereInput = {
        OR: [
          ...reach.divisions.map((d) => ({ divisionCode: { startsWith: d } })),
          ...(reach.organizations.length ? [{ organizationId: { in: reach.organizations.map((o) => o.id) } }] : []),
        ],
      };
      const where: Prisma.CatalogueItemWhereInput = {
        AND: [
          scope,
          input.status ? { status: input.status } : {},
          input.divisionCode ? { divisionCode: { startsWith: input.divisionCode } } : {},
          input.organizationId ? { organizationId: input.organizationId } : {},
          input.q ? { OR: [{ title: { contains: input.q } }, { indexNo: { contains: input.q } }, { docNo: { contains: input.q } }] } : {},
        ],
      };
      const [total, rows] = await Promise.all([
        ctx.db.catalogueItem.count({ where }),
        ctx.db.catalogueItem.findMany({
          where, orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }], skip: (input.page - 1) * input.pageSize, take: input.pageSize,
          select: {
            id: true, title: true, status: true, indexNo: true, itemType: true, divisionCode: true, organizationId: true,
            topicCode: true, generatedOn: true, publishedAt: true, withdrawnAt: true, updatedAt: true, sourcePlugin: true,
          },
        }),
      ]);
      return { total, page: input.page, pageSize: input.pageSize, items: rows };
    }),

  get: kernelProcedure('kernel.catalogue.read')
    .input(z.object({ id: recordId }).strict())
    .query(async ({ ctx, input }) => {
      const base = await guarded(ctx, input.id);
      const item = (await ctx.kernel.catalogue.get(ctx.db, base.id))!;
      return { ...staffView(item), url: ctx.kernel.catalogue.url(item.id) };
    }),

  createDraft: kernelProcedure('kernel.catalogue.edit')
    .input(draftInput)
    .mutation(async ({ ctx, input }) => {
      ctx.guard.division(input.divisionCode, input.organizationId);
      const item = await ctx.kernel.catalogue.createDraft(ctx.db, input, { createdById: ctx.principal.userId });
      ctx.audit.target('catalogue.item', item.id, item.divisionCode);
      return staffView(item);
    }),

  updateDraft: kernelProcedure('kernel.catalogue.edit')
    .input(z.object({ id: recordId, patch: draftPatch }).strict())
    .mutation(async ({ ctx, input }) => {
      const existing = await guarded(ctx, input.id);
      if (input.patch.organizationId) ctx.guard.division(existing.divisionCode, input.patch.organizationId);
      const item = await ctx.kernel.catalogue.updateDraft(ctx.db, existing.id, input.patch);
      ctx.audit.target('catalogue.item', item.id, item.divisionCode);
      return staffView(item);
    }),

  publish: kernelProcedure('kernel.catalogue.publish')
    .input(z.object({ id: recordId }).strict())
    .mutation(async ({ ctx, input }) => {
      const existing = await guarded(ctx, input.id);
      const r = await ctx.kernel.catalogue.publish(ctx.db, existing.id);
      ctx.audit.target('catalogue.item', r.id, r.item.divisionCode);
      ctx.audit.detail({ indexNo: r.indexNo });
      return { id: r.id, indexNo: r.indexNo, url: r.url, status: r.item.status };
    }),

  withdraw: kernelProcedure('kernel.catalogue.publish')
    .input(z.object({ id: recordId, reason: withdrawReason }).strict())
    .mutation(async ({ ctx, input }) => {
      const existing = await guarded(ctx, input.id);
      const item = await ctx.kernel.catalogue.withdraw(ctx.db, existing.id, input.reason);
      ctx.audit.target('catalogue.item', item.id, item.divisionCode);
      ctx.audit.detail({ reason: input.reason });
      return { id: item.id, status: item.status, withdrawnAt: item.withdrawnAt };
    }),

  /** Uploads a file (base64, at most 20 MB) and attaches it to an item. */
  attach: kernelProcedure('kernel.catalogue.edit')
    .input(z.object({
      itemId: recordId,
      title: z.string().trim().min(1).max(200),
      fileName: z.string().trim().min(1).max(255),
      mime: z.string().trim().min(1).max(150),
      contentBase64: z.string().max(MAX_BASE64_CHARS + 100, '文件超过 20 MB'),
    }).strict())
    .mutation(async ({ ctx, input }) => {
      const item = await guarded(ctx, input.itemId);
      if (!can(ctx.principal, 'kernel.files.upload', item.divisionCode, item.organizationId)) throw fail.forbidden('没有上传附件的权限');
      if (item.status === 'withdrawn') throw fail.precondition('已撤回的信息不能添加附件');
      const file = await ctx.kernel.files.putBase64(ctx.db, {
        fileName: input.fileName, mime: input.mime, contentBase64: input.contentBase64,
        divisionCode: item.divisionCode, createdById: ctx.principal.userId,
      });
      const a = await ctx.db.catalogueAttachment.create({ data: { itemId: item.id, fileId: file.id, title: input.title } });
      ctx.audit.target('catalogue.item', item.id, item.divisionCode);
      ctx.audit.detail({ attachmentId: a.id, fileId: file.id, sha256: file.sha256, size: file.size });
      return { id: a.id, fileId: file.id, title: a.title, fileName: file.fileName, mime: file.mime, size: file.size };
    }),

  detach: kernelProcedure('kernel.catalogue.edit')
    .input(z.object({ attachmentId: recordId }).strict())
    .mutation(async ({ ctx, input }) => {
      const a = await ctx.db.catalogueAttachment.findUnique({ where: { id: input.attachmentId } });
      if (!a) throw fail.notFound('附件');
      const item = await guarded(ctx, a.itemId);
      await ctx.db.catalogueAttachment.delete({ where: { id: a.id } });
      ctx.audit.target('catalogue.item', item.id, item.divisionCode);
      ctx.audit.detail({ detachedAttachmentId: a.id, fileId: a.fileId });
      return { id: a.id };
    }),
});
