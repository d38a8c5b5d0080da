// Output schemas of the public read side: they document the REST API (/api/v1, OpenAPI) and
// check what leaves the server. Instants are ISO 8601 strings; calendar dates 'YYYY-MM-DD'.
import { z } from 'zod';

export const searchHitSchema = z.object({
  id: z.string(),
  indexNo: z.string().nullable().describe('索引号'),
  title: z.string().describe('名称'),
  summary: z.string().describe('内容概述'),
  docNo: z.string().nullable().describe('发文字号'),
  generatedOn: z.string().describe('生成日期 YYYY-MM-DD'),
  publishedAt: z.string().describe('发布时间 ISO 8601'),
  divisionCode: z.string(),
  divisionName: z.string(),
  organizationId: z.string(),
  organizationName: z.string().describe('发布机构'),
  topicCode: z.string(),
  topicPath: z.string().describe('主题分类'),
  itemType: z.string(),
  itemTypeLabel: z.string(),
  disclosureMode: z.string().describe('公开方式'),
  validity: z.string().describe('有效性'),
  url: z.string(),
  titleHit: z.boolean().describe('检索词出现在名称中'),
});

export const searchPageSchema = z.object({
  total: z.number().int().describe('命中条数；totalIsEstimate 为 true 时是估算值'),
  totalIsEstimate: z.boolean().describe('命中很多时 total 为估算值（精确计数只在命中较少时进行）'),
  page: z.number().int(),
  pageSize: z.number().int(),
  tokens: z.array(z.string()).describe('检索词分词结果'),
  items: z.array(searchHitSchema),
});

export const facetsSchema = z.object({
  total: z.number().int(),
  divisions: z.array(z.object({ code: z.string(), name: z.string(), level: z.enum(['prefecture', 'county']), parentCode: z.string().nullable(), count: z.number().int() })),
  organizations: z.array(z.object({ id: z.string(), name: z.string(), divisionCode: z.string(), count: z.number().int() })),
  topics: z.array(z.object({ code: z.string(), name: z.string(), count: z.number().int() })),
  itemTypes: z.array(z.object({ type: z.string(), label: z.string(), count: z.number().int() })),
  years: z.array(z.object({ year: z.number().int(), count: z.number().int() })),
});

export const publicItemSchema = searchHitSchema.omit({ titleHit: true }).extend({
  body: z.string().nullable().describe('正文；依申请公开的信息不在网上提供正文（null）'),
  metadataFields: z.array(z.object({ key: z.string(), label: z.string(), value: z.string() })).describe('信息类型的扩展元数据'),
  metadata: z.record(z.string(), z.unknown()),
  attachments: z.array(z.object({ id: z.string(), title: z.string(), fileName: z.string(), mime: z.string(), size: z.number().int(), url: z.string() })),
  withdrawn: z.literal(false),
});

export const topicSchema = z.object({
  code: z.string(), name: z.string(), path: z.string(), leaf: z.boolean(),
  children: z.array(z.object({ code: z.string(), name: z.string(), path: z.string(), leaf: z.boolean() })),
});

export const topicsSchema = z.object({ topics: z.array(topicSchema) });

export type PublicItem = z.infer<typeof publicItemSchema>;
