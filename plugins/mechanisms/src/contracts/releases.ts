import { z } from 'zod';
import { divisionCode, isoDate, optionalText, pageInput, recordId, text } from './common';

export const releaseCategories = ['meeting', 'activity', 'decision', 'economic-data', 'emergency', 'other'] as const;
export const releaseCategoryLabels: Record<(typeof releaseCategories)[number], string> = {
  meeting: '重要会议', activity: '重要活动', decision: '决策部署', 'economic-data': '经济运行和社会发展数据', emergency: '重大突发事件及应对处置', other: '其他',
};

export const planReleaseInput = z.object({
  divisionCode, organizationId: recordId, category: z.enum(releaseCategories, '请选择类别'),
  title: text('标题', 300, 1), summary: optionalText('摘要', 2000), body: text('正文', 200_000), topicCode: z.string().max(8),
  docNo: optionalText('文号', 100), createdOn: isoDate, plannedOn: isoDate.nullish(),
}).strict();
export const releaseRef = z.object({ releaseId: recordId }).strict();
export const releaseQueueInput = z.object({ divisionCode, status: z.enum(['planned', 'published', 'cancelled']).default('planned'), ...pageInput }).strict();
export const publicReleasesInput = z.object({ divisionCode, category: z.enum(releaseCategories).optional(), ...pageInput }).strict();

export const spokespersonInput = z.object({ divisionCode, organizationId: recordId, name: text('姓名', 50, 1), title: text('职务', 100, 1), phone: optionalText('联系电话', 30), appointedOn: isoDate }).strict();
export const conferenceInput = z.object({
  divisionCode, organizationId: recordId, title: text('发布会名称', 300, 1), heldOn: isoDate,
  spokespersonIds: z.array(recordId).min(1, '请选择出席的新闻发言人').max(20), summary: text('发布内容摘要', 20_000), releaseId: recordId.nullish(),
  /** Publish the record on the portal at once (otherwise later with `publishConference`). */
  publish: z.boolean().default(false),
}).strict();
export const conferenceRef = z.object({ conferenceId: recordId }).strict();

const dateRange = <T extends { from?: string | undefined; to?: string | undefined }>(v: T, ctx: z.RefinementCtx) => {
  if (v.from && v.to && v.to < v.from) ctx.addIssue({ code: 'custom', path: ['to'], message: '结束日期不能早于开始日期' });
};

/** Console: press conferences of a division subtree, newest first, by date range and spokesperson. */
export const conferencesInput = z.object({
  divisionCode, from: isoDate.optional(), to: isoDate.optional(), spokespersonId: recordId.optional(),
  published: z.boolean().optional(), ...pageInput,
}).strict().superRefine(dateRange);

/** Public (portal and REST): published press conferences of a division subtree. */
export const publicConferencesInput = z.object({
  divisionCode, from: isoDate.optional(), to: isoDate.optional(),
  cursor: z.coerce.number().int().min(0).max(1_000_000).default(0), limit: z.coerce.number().int().min(1).max(100).default(20),
}).strict().superRefine(dateRange);
