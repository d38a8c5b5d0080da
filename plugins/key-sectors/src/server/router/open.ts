// Public REST endpoints (OpenAPI, /api/v1): sector records by type and division, the
// food-and-drug blacklist search and the land-acquisition query (征地信息查询). AQI per station
// and hour is in aqi.ts. Flat inputs, no booleans (query strings), typed outputs.
import { fail, router } from '@gongkai/kernel';
import { isCreditCode } from '../../contracts';
import { publicList } from '../records/public-list';
import type { RecordDto } from '../records/service';
import { sectorCatalog } from '../sector-catalog';
import { procedureStatus } from '../sectors/land/status';
import type { Acquisition } from '../sectors/land/schema';
import type { BlacklistEntry } from '../sectors/food-drug';
import { divisionCode, recordTypeId, sectorId, z } from './inputs';
import { p } from './procedures';

const paging = {
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100, '每页不超过 100 条').default(20),
};
const q = z.string().trim().max(100, '检索词不超过 100 个字符');

const recordOut = z.object({
  id: z.string(),
  divisionCode: z.string(),
  organizationId: z.string().nullable(),
  sector: z.string(),
  recordType: z.string(),
  title: z.string(),
  year: z.number().nullable(),
  period: z.string().nullable(),
  category: z.string().nullable(),
  subjectKey: z.string().nullable(),
  eventDate: z.string().nullable(),
  publishedAt: z.string().nullable(),
  catalogueItemId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()).nullable(),
});

function recordView(r: RecordDto): z.output<typeof recordOut> {
  return {
    id: r.id, divisionCode: r.divisionCode, organizationId: r.organizationId, sector: r.sector, recordType: r.recordType,
    title: r.title, year: r.year, period: r.period, category: r.category, subjectKey: r.subjectKey, eventDate: r.eventDate,
    publishedAt: r.publishedAt?.toISOString() ?? null, catalogueItemId: r.catalogueItemId, data: (r.data as Record<string, unknown> | null) ?? null,
  };
}

const pageOut = <T extends z.ZodType>(item: T) => z.object({ total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), items: z.array(item) });

const blacklistOut = z.object({
  id: z.string(), divisionCode: z.string(), enterprise: z.string(), creditCode: z.string(), reason: z.string(), basis: z.string().nullable(),
  listedOn: z.string(), removedOn: z.string().nullable(), removalReason: z.string().nullable(), authority: z.string(), status: z.enum(['在列', '已移出']),
});

const stepOut = z.object({
  step: z.string(), label: z.string(), optional: z.boolean(), done: z.boolean(), date: z.string().nullable(), endDate: z.string().nullable(),
  document: z.string().nullable(), documentNo: z.string().nullable(), basis: z.string().nullable(),
  periods: z.array(z.object({ text: z.string(), deadline: z.string().nullable(), met: z.boolean().nullable(), provisional: z.boolean() })),
});

const landOut = z.object({
  id: z.string(), divisionCode: z.string(), title: z.string(), law: z.string(), projectName: z.string(), approvalNo: z.string().nullable(),
  approvalAuthority: z.string().nullable(), approvedOn: z.string().nullable(), place: z.string(), owners: z.string(), area: z.number(),
  purpose: z.string(), compensationStandard: z.string(), resettlement: z.string(), catalogueItemId: z.string().nullable(), procedure: z.array(stepOut),
});

export const openRouter = router({
  records: p.public()
    .meta({ openapi: { method: 'GET', path: '/key-sectors/records', tags: ['key-sectors'], summary: '重点领域记录', description: '某地区（含下级地区）已公开的重点领域记录，可按记录类型、年度和关键词筛选。记录数据按该领域的数据模式校验后返回。' } })
    .input(z.object({ divisionCode, sector: sectorId, recordType: recordTypeId.optional(), q: q.optional(), year: z.number().int().min(1949).max(2200).optional(), scope: z.enum(['subtree', 'division']).default('subtree'), ...paging }).strict())
    .output(pageOut(recordOut))
    .query(async ({ ctx, input }) => {
      const catalog = sectorCatalog(ctx.kernel.registry);
      const sector = catalog.sector(input.sector);
      const rt = input.recordType ? catalog.recordType(sector, input.recordType) : undefined;
      const r = await publicList(ctx.plugin, ctx.db, { divisionCode: input.divisionCode, sector, recordType: rt, subtree: input.scope === 'subtree', q: input.q, year: input.year, page: input.page, pageSize: input.pageSize });
      return { total: r.total, page: input.page, pageSize: input.pageSize, items: r.items.map(recordView) };
    }),

  blacklist: p.public()
    .meta({ openapi: { method: 'GET', path: '/key-sectors/food-drug/blacklist', tags: ['key-sectors'], summary: '食品药品违法违规企业“黑名单”查询', description: '按企业名称（包含）或统一社会信用代码（18 位，校验位须正确）查询某地区及其下级地区公开的“黑名单”企业，含列入、移出日期和原因。' } })
    .input(z.object({
      divisionCode,
      name: q.optional(),
      creditCode: z.string().trim().toUpperCase().max(18).optional(),
      status: z.enum(['all', 'listed', 'removed']).default('all'),
      ...paging,
    }).strict())
    .output(pageOut(blacklistOut))
    .query(async ({ ctx, input }) => {
      if (input.creditCode && !isCreditCode(input.creditCode)) throw fail.badRequest('统一社会信用代码须为 18 位且校验位正确', 'creditCode');
      const catalog = sectorCatalog(ctx.kernel.registry);
      const sector = catalog.sector('food-drug');
      const r = await publicList(ctx.plugin, ctx.db, {
        divisionCode: input.divisionCode, sector, recordType: catalog.recordType(sector, 'blacklist'), subtree: true,
        page: input.page, pageSize: input.pageSize,
        where: {
          // The record title is “企业名称（统一社会信用代码）”: search the name only.
          ...(input.name ? { title: { contains: input.name, mode: 'insensitive' as const } } : {}),
          ...(input.creditCode ? { searchKeys: { has: input.creditCode } } : {}),
          ...(input.status === 'listed' ? { category: '在列' } : input.status === 'removed' ? { category: '已移出' } : {}),
        },
        orderBy: [{ period: 'desc' }, { id: 'asc' }],
      });
      return {
        total: r.total, page: input.page, pageSize: input.pageSize,
        items: r.items.flatMap((x) => {
          const d = x.data as BlacklistEntry | null;
          if (!d) return [];
          return [{ id: x.id, divisionCode: x.divisionCode, enterprise: d.enterprise, creditCode: d.creditCode, reason: d.reason, basis: d.basis ?? null, listedOn: d.listedOn, removedOn: d.removedOn ?? null, removalReason: d.removalReason ?? null, authority: d.authority, status: d.removedOn ? '已移出' as const : '在列' as const }];
        }),
      };
    }),

  land: p.public()
    .meta({ openapi: { method: 'GET', path: '/key-sectors/land/acquisitions', tags: ['key-sectors'], summary: '征地信息查询', description: '按位置（乡镇、村、组）、项目名称或批准文号查询征地批复、范围、补偿、安置信息，并给出适用程序每一步的办理日期和法定期限（工作日按官方节假日安排计算）。' } })
    .input(z.object({ divisionCode, q: q.optional(), approvalNo: z.string().trim().max(100).optional(), ...paging }).strict())
    .output(pageOut(landOut))
    .query(async ({ ctx, input }) => {
      const catalog = sectorCatalog(ctx.kernel.registry);
      const sector = catalog.sector('land');
      const [r, cal] = await Promise.all([
        publicList(ctx.plugin, ctx.db, {
          divisionCode: input.divisionCode, sector, recordType: catalog.recordType(sector, 'acquisition'), subtree: true, q: input.q,
          page: input.page, pageSize: input.pageSize, where: input.approvalNo ? { searchKeys: { has: input.approvalNo } } : undefined,
          orderBy: [{ period: 'desc' }, { id: 'asc' }],
        }),
        ctx.kernel.calendar.snapshot(ctx.db),
      ]);
      const today = ctx.kernel.calendar.today();
      return {
        total: r.total, page: input.page, pageSize: input.pageSize,
        items: r.items.flatMap((x) => {
          const d = x.data as Acquisition | null;
          if (!d) return [];
          return [{
            id: x.id, divisionCode: x.divisionCode, title: x.title, law: d.law, projectName: d.projectName, approvalNo: d.approvalNo ?? null,
            approvalAuthority: d.approvalAuthority ?? null, approvedOn: d.approvedOn ?? null, place: d.place, owners: d.owners, area: d.area,
            purpose: d.purpose, compensationStandard: d.compensationStandard, resettlement: d.resettlement, catalogueItemId: x.catalogueItemId,
            procedure: procedureStatus(d, cal, today),
          }];
        }),
      };
    }),
});
