// Public-opinion monitoring (舆情监测与回应): settings, vocabularies and input schemas shared by
// the server and the web module.
import { z } from 'zod';
import { divisionCode, isoDate, optionalText, pageInput, recordId, text } from './common';

/** Warning levels, highest first (一级 红 … 四级 蓝, after 《突发事件应对法》's warning scheme). */
export const warningLevels = ['red', 'orange', 'yellow', 'blue'] as const;
export type WarningLevel = (typeof warningLevels)[number];
export const warningLevelLabels: Record<WarningLevel, string> = { red: '一级（红色）', orange: '二级（橙色）', yellow: '三级（黄色）', blue: '四级（蓝色）' };
/** Rank for comparisons: red 4 … blue 1 (0 = no level). */
export const levelRank = (l: string | null | undefined): number => (l ? 4 - warningLevels.indexOf(l as WarningLevel) : 0) % 5;

export const sourceKinds = ['manual', 'feed', 'api'] as const;
export const sourceKindLabels: Record<(typeof sourceKinds)[number], string> = { manual: '人工录入', feed: 'RSS/Atom 订阅', api: '系统接口报送' };

export const sentimentLabels = { negative: '负面', neutral: '中性', positive: '正面' } as const;
export type SentimentLabel = keyof typeof sentimentLabels;

export const taskKinds = ['authoritative-info', 'press-conference', 'response'] as const;
export type TaskKind = (typeof taskKinds)[number];
export const taskKindLabels: Record<TaskKind, string> = { 'authoritative-info': '发布权威信息', 'press-conference': '举行新闻发布会', response: '回应关切' };

export const warningStatusLabels = { open: '待回应', responded: '已回应', closed: '已关闭' } as const;
export const taskStatusLabels = { open: '待办理', answered: '已回应', cancelled: '已取消' } as const;

const hours = (d: number) => z.number().int().min(1).max(720).default(d);
const weight = (d: number) => z.number().min(0).max(100).default(d);

/**
 * Per-division settings of opinion monitoring (see the package README for the formulas).
 * Response deadlines: 国办发〔2016〕80号 (authoritative information within 5 hours and a press
 * conference within 24 hours for 特别重大、重大突发事件) and 国办发〔2016〕61号 (other 政务舆情:
 * a response within 48 hours).
 */
export const opinionSettings = z.object({
  /** heat = Σ wᵢ·ln(1 + xᵢ) over volume, interactions, source weight and growth. */
  weights: z.object({ volume: weight(1), interaction: weight(0.6), source: weight(0.8), growth: weight(1.2) }).strict().prefault({}),
  /** Heat at which each warning level is reached (blue < yellow < orange < red). */
  thresholds: z.object({
    blue: z.number().min(0).max(1000).default(5),
    yellow: z.number().min(0).max(1000).default(7),
    orange: z.number().min(0).max(1000).default(9),
    red: z.number().min(0).max(1000).default(11),
  }).strict().prefault({})
    .refine((t) => t.blue < t.yellow && t.yellow < t.orange && t.orange < t.red, '预警阈值须满足 蓝 < 黄 < 橙 < 红'),
  /** Items published within this many hours count towards a topic's heat. */
  heatWindowHours: z.number().int().min(6).max(24 * 30).default(72),
  /** Growth compares the last `growthHours` with the same span before it. */
  growthHours: z.number().int().min(1).max(24 * 7).default(24),
  /** Levels treated as 特别重大、重大突发事件 (staff may also flag a warning as one). */
  majorEmergencyLevels: z.array(z.enum(warningLevels)).max(4).default(['red', 'orange']),
  responseRules: z.object({
    majorEmergency: z.object({ authoritativeInfoHours: hours(5), pressConferenceHours: hours(24) }).strict().prefault({}),
    general: z.object({ responseHours: hours(48) }).strict().prefault({}),
  }).strict().prefault({}),
  /** Minimum Jaccard similarity of keyword sets for an item to join an existing topic. */
  clusterSimilarity: z.number().min(0.05).max(1).default(0.15),
  /** ... and at least this many shared keywords. */
  clusterMinShared: z.number().int().min(1).max(10).default(2),
  /** Topics with no new item for this many days no longer attract new items. */
  topicWindowDays: z.number().int().min(1).max(90).default(7),
}).strict();
export type OpinionSettings = z.output<typeof opinionSettings>;

const count = (label: string) => z.number({ error: `${label}须为数字` }).int(`${label}须为整数`).min(0, `${label}不能为负数`).max(1_000_000_000).default(0);
const url = z.url({ protocol: /^https?$/, error: '网址须以 http:// 或 https:// 开头' }).max(2000);
/** An instant (ISO 8601 with offset); coerced from a string. */
export const instant = z.union([z.date(), z.iso.datetime({ offset: true, error: '时间须为 ISO 8601 格式（含时区）' }).transform((s) => new Date(s))]);

export const saveSourceInput = z.object({
  divisionCode,
  id: recordId.optional(),
  kind: z.enum(sourceKinds, '请选择来源类型'),
  name: text('来源名称', 100, 1),
  url: url.nullish().transform((v) => v ?? null),
  weight: z.number().min(0.1, '来源权重不小于 0.1').max(10, '来源权重不大于 10').default(1),
  fetchMinutes: z.number().int().min(5, '抓取间隔不少于 5 分钟').max(24 * 60).default(30),
  active: z.boolean().default(true),
}).strict().superRefine((v, ctx) => {
  if (v.kind === 'feed' && !v.url) ctx.addIssue({ code: 'custom', path: ['url'], message: '订阅来源须填写订阅地址' });
});
export type SaveSourceInput = z.input<typeof saveSourceInput>;

const itemFields = {
  title: text('标题', 500, 1),
  content: text('正文', 20_000).default(''),
  url: url.nullish().transform((v) => v ?? null),
  author: optionalText('作者或账号', 100),
  publishedAt: instant.optional(),
  reposts: count('转发数'),
  comments: count('评论数'),
  likes: count('点赞数'),
};

/** Staff enter an item seen elsewhere (newspaper, hotline, a site without a feed). */
export const addItemInput = z.object({ divisionCode, sourceId: recordId.optional(), ...itemFields }).strict();
export type AddItemInput = z.input<typeof addItemInput>;

/** Another system posts items (REST, API token, `opinion.ingest`). */
export const ingestInput = z.object({
  divisionCode,
  sourceId: recordId,
  items: z.array(z.object({ externalId: text('外部标识', 200, 1), ...itemFields }).strict()).min(1, '至少报送一条舆情').max(200, '每次最多报送 200 条'),
}).strict();
export const ingestOutput = z.object({ received: z.number().int(), created: z.number().int(), duplicates: z.number().int(), topicIds: z.array(z.string()) });

export const itemsInput = z.object({
  divisionCode, topicId: recordId.optional(), sentiment: z.enum(['negative', 'neutral', 'positive']).optional(),
  q: z.string().trim().max(100).optional(), ...pageInput,
}).strict();

export const topicsInput = z.object({ divisionCode, status: z.enum(['open', 'closed']).default('open'), ...pageInput }).strict();
export const topicRef = z.object({ id: recordId }).strict();
export const updateTopicInput = z.object({
  id: recordId,
  title: text('专题名称', 200, 1).optional(),
  organizationIds: z.array(recordId).max(20, '责任单位不超过 20 个').optional(),
  status: z.enum(['open', 'closed']).optional(),
}).strict();

export const raiseWarningInput = z.object({
  topicId: recordId,
  level: z.enum(warningLevels, '请选择预警级别'),
  majorEmergency: z.boolean().optional(),
  note: optionalText('研判意见', 2000),
}).strict();
export const assignWarningInput = z.object({ warningId: recordId, organizationIds: z.array(recordId).min(1, '请选择责任单位').max(20) }).strict();
export const closeWarningInput = z.object({ warningId: recordId, note: optionalText('关闭说明', 2000) }).strict();

export const tasksInput = z.object({ divisionCode, status: z.enum(['open', 'answered', 'all']).default('open'), ...pageInput }).strict();
export const answerTaskInput = z.object({
  taskId: recordId,
  note: text('回应情况', 5000, 1),
  url: url.nullish().transform((v) => v ?? null),
  answeredAt: instant.optional(),
}).strict();

export const weeklyReportInput = z.object({
  divisionCode,
  /** Any day of the week reported on (weeks run Monday–Sunday, Asia/Shanghai). */
  weekOf: isoDate,
}).strict();
