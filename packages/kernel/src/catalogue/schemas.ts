// Input schemas of the catalogue, shared by the service (plugins call it directly), the tRPC
// router and the open-data functions.
import { z } from 'zod';
import { allTopicCodes, disclosureModes, isLeafTopic, validities } from '../contracts';
import { divisionCode } from '../routers/divisions';

export const recordId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '标识格式不正确');

export const ymdDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式须为 YYYY-MM-DD').refine((s) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, '不是有效的日期');

export const leafTopicCode = z.string().max(8).refine(isLeafTopic, '须为主题分类的末级类目（见主题分类表）');
export const topicCodeFilter = z.string().max(8).refine((c) => allTopicCodes.includes(c), '未知的主题分类');
export const itemTypeId = z.string().regex(/^[a-z][a-z0-9-]*\.[A-Za-z0-9_.-]{1,80}$/, '信息类型格式不正确');

/** Metadata as sent; validated afterwards by the item type's own schema. */
export const metadataInput = z.record(z.string().max(100), z.unknown())
  .refine((m) => JSON.stringify(m).length <= 65_536, '扩展元数据过大（不超过 64 KB）');

const itemFields = {
  organizationId: recordId,
  itemType: itemTypeId,
  title: z.string().trim().min(1, '名称不能为空').max(300),
  summary: z.string().trim().max(2000).default(''),
  body: z.string().max(200_000).default(''),
  docNo: z.string().trim().max(100).nullish().transform((v) => v || null),
  generatedOn: ymdDate,
  topicCode: leafTopicCode,
  disclosureMode: z.enum(disclosureModes).default('主动公开'),
  validity: z.enum(validities).default('有效'),
  metadata: metadataInput.default({}),
};

export const draftInput = z.object({ divisionCode, ...itemFields }).strict();
export type DraftInput = z.input<typeof draftInput>;
export type DraftData = z.output<typeof draftInput>;

export const draftPatch = z.object({
  organizationId: itemFields.organizationId.optional(),
  itemType: itemFields.itemType.optional(),
  title: itemFields.title.optional(),
  summary: z.string().trim().max(2000).optional(),
  body: z.string().max(200_000).optional(),
  docNo: z.string().trim().max(100).nullable().optional(),
  generatedOn: ymdDate.optional(),
  topicCode: leafTopicCode.optional(),
  disclosureMode: z.enum(disclosureModes).optional(),
  validity: z.enum(validities).optional(),
  metadata: metadataInput.optional(),
}).strict();
export type DraftPatch = z.input<typeof draftPatch>;

export const withdrawReason = z.string().trim().min(1, '请填写撤回理由').max(500);

export const pluginPublishInput = z.object({
  pluginId: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/),
  sourceRef: z.string().min(1).max(200),
  divisionCode,
  ...itemFields,
}).strict();
export type PluginPublishInput = z.input<typeof pluginPublishInput>;

export const pluginWithdrawInput = z.object({
  pluginId: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/),
  sourceRef: z.string().min(1).max(200),
  reason: withdrawReason,
}).strict();
export type PluginWithdrawInput = z.input<typeof pluginWithdrawInput>;

/** Filters shared by search, facets, feeds and exports. */
export const searchFilters = {
  q: z.string().max(100, '检索词不超过 100 个字符').default(''),
  divisionCode: divisionCode.optional(),
  organizationId: recordId.optional(),
  topicCode: topicCodeFilter.optional(),
  itemType: itemTypeId.optional(),
  year: z.number().int().min(1949).max(2200).optional(),
};

export const searchQuery = z.object({
  ...searchFilters,
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100, '每页不超过 100 条').default(20),
}).strict();
export type SearchQueryInput = z.input<typeof searchQuery>;
export type SearchQuery = z.output<typeof searchQuery>;

export const filterQuery = z.object(searchFilters).strict();
export type FilterQueryInput = z.input<typeof filterQuery>;
export type FilterQuery = z.output<typeof filterQuery>;
