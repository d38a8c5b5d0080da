// What the public side (the portal, the REST API at /api/v1/divisions) shows of a division: the
// GB/T 2260 tree is public reference data; internal columns (creation time) stay inside.
import { z } from 'zod';

export const divisionLevels = ['province', 'prefecture', 'county', 'township'] as const;

export const divisionSummarySchema = z.object({
  code: z.string().describe('GB/T 2260 行政区划代码'),
  name: z.string().describe('名称'),
  level: z.enum(divisionLevels).describe('层级：province 省级、prefecture 地级、county 县级、township 乡级'),
  parentCode: z.string().nullable().describe('上级行政区划代码（省级为 null）'),
  pilot: z.boolean().describe('政务公开试点单位（工作要点第 17 项）'),
  statisticalOnly: z.boolean().describe('国家统计局统计用区划中的非行政单位（农场、林场、开发区等），不属于 GB/T 2260'),
});

export const divisionListItemSchema = divisionSummarySchema.extend({
  childCount: z.number().int().describe('下级行政区划数（用于逐级展开）'),
});

export const divisionPageSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(divisionListItemSchema),
});

export const divisionDetailSchema = divisionSummarySchema.extend({
  parentName: z.string().nullable().describe('上级行政区划名称'),
  active: z.boolean().describe('是否仍在使用（已撤销的区划为 false）'),
});

/** Prisma `select` for the summary fields. */
export const summarySelect = { code: true, name: true, level: true, parentCode: true, pilot: true, statisticalOnly: true } as const;
