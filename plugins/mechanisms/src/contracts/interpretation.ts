// Expert interpretation (政策解读): the expert register, interpretations of catalogue policies,
// major-policy flags and the coverage measure. Shared by the server and the web module.
import { z } from 'zod';
import { divisionCode, isoDate, optionalText, pageInput, recordId, text } from './common';

export const interpretationForms = ['article', 'interview', 'qa', 'graphic'] as const;
export type InterpretationForm = (typeof interpretationForms)[number];
export const interpretationFormLabels: Record<InterpretationForm, string> = { article: '文字解读', interview: '访谈解读', qa: '问答解读', graphic: '图解' };
export const interpretationStatusLabels = { draft: '草稿', published: '已发布', withdrawn: '已撤回' } as const;

export const interpretationSettings = z.object({
  /** A major policy counts as covered when interpreted within N working days of its publication. */
  coverageDays: z.number().int().min(0).max(30).default(3),
}).strict();

export const saveExpertInput = z.object({
  divisionCode,
  id: recordId.optional(),
  name: text('姓名', 50, 1),
  title: text('职称或职务', 100).default(''),
  affiliation: text('工作单位', 200).default(''),
  fields: z.array(text('专业领域', 30, 1)).max(10, '专业领域不超过 10 项').default([]),
  bio: text('简介', 2000).default(''),
  phone: optionalText('联系电话', 30),
  email: z.email('电子邮箱格式不正确').max(100).nullish().or(z.literal('')).transform((v) => (v ? v : null)),
  active: z.boolean().default(true),
}).strict();

export const expertsInput = z.object({ divisionCode, q: z.string().trim().max(50).optional(), includeInactive: z.boolean().default(false) }).strict();

/** Base64 of at most 20 MB (the kernel files service checks type, extension and content). */
export const imageUpload = z.object({
  fileName: text('文件名', 255, 1),
  mime: text('文件类型', 150, 1),
  contentBase64: z.string().max(Math.ceil((20 * 1024 * 1024) / 3) * 4 + 100, '图片不超过 20 MB'),
}).strict();

const qaPair = z.object({ question: text('问题', 1000, 1), answer: text('回答', 10_000, 1) }).strict();

export const saveInterpretationInput = z.object({
  divisionCode,
  id: recordId.optional(),
  organizationId: recordId,
  policyItemId: recordId,
  form: z.enum(interpretationForms, '请选择解读形式'),
  title: text('标题', 300, 1),
  summary: text('摘要', 2000).default(''),
  body: text('正文', 100_000).default(''),
  qa: z.array(qaPair).max(100, '问答不超过 100 组').default([]),
  imageFileId: recordId.nullish().transform((v) => v ?? null),
  /** A new graphic (stored with the kernel's files service; PNG, JPEG … up to 20 MB). */
  image: imageUpload.nullish().transform((v) => v ?? null),
  imageAlt: optionalText('图片文字说明', 2000),
  expertIds: z.array(recordId).max(20, '解读专家不超过 20 位').default([]),
}).strict().superRefine((v, ctx) => {
  if (v.form === 'qa' && v.qa.length === 0) ctx.addIssue({ code: 'custom', path: ['qa'], message: '问答解读须至少包含一组问答' });
  if (v.form === 'graphic' && !v.imageFileId && !v.image) ctx.addIssue({ code: 'custom', path: ['image'], message: '图解须上传图片' });
  if (v.form === 'graphic' && !v.imageAlt) ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: '图解须提供图片的文字说明（无障碍要求）' });
  if ((v.form === 'article' || v.form === 'interview') && !v.body) ctx.addIssue({ code: 'custom', path: ['body'], message: '请填写解读正文' });
  if (v.form === 'interview' && v.expertIds.length === 0) ctx.addIssue({ code: 'custom', path: ['expertIds'], message: '访谈解读须选择受访专家' });
});
export type SaveInterpretationInput = z.input<typeof saveInterpretationInput>;

export const interpretationRef = z.object({ id: recordId }).strict();
export const withdrawInterpretationInput = z.object({ id: recordId, reason: text('撤回理由', 500, 1) }).strict();
export const listInterpretationsInput = z.object({
  divisionCode, status: z.enum(['draft', 'published', 'withdrawn', 'all']).default('all'), policyItemId: recordId.optional(), ...pageInput,
}).strict();

export const flagMajorInput = z.object({ divisionCode, itemId: recordId, note: optionalText('说明', 500) }).strict();
export const majorRef = z.object({ id: recordId }).strict();
export const coverageInput = z.object({ divisionCode, from: isoDate, to: isoDate }).strict().superRefine((v, ctx) => {
  if (v.to < v.from) ctx.addIssue({ code: 'custom', path: ['to'], message: '结束日期不能早于开始日期' });
});

/** Public: published interpretations (REST). */
export const publishedInput = z.object({
  divisionCode: divisionCode.optional(),
  policyItemId: recordId.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100, '每页不超过 100 条').default(20),
}).strict();

export const publicInterpretation = z.object({
  id: z.string(),
  divisionCode: z.string(),
  organizationName: z.string(),
  policyItemId: z.string(),
  policyTitle: z.string(),
  form: z.enum(interpretationForms),
  formLabel: z.string(),
  title: z.string(),
  summary: z.string(),
  publishedOn: z.string().nullable(),
  experts: z.array(z.object({ name: z.string(), title: z.string(), affiliation: z.string() })),
  catalogueItemId: z.string().nullable(),
});
export const publicInterpretationDetail = publicInterpretation.extend({
  body: z.string(),
  qa: z.array(z.object({ question: z.string(), answer: z.string() })),
  imageFileId: z.string().nullable(),
  imageAlt: z.string().nullable(),
});
export const publishedOutput = z.object({ total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), items: z.array(publicInterpretation) });
export const publicInterpretationInput = z.object({ id: recordId }).strict();
