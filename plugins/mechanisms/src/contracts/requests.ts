// Input and output schemas of information requests (shared by the server and the web module).
import { z } from 'zod';
import { divisionCode, isoDate, optionalText, pageInput, recordId, text } from './common';
import { applicantTypes, outcomeCodes, requestStatuses, reviewKinds, reviewResults } from './vocabulary';

export const idDocTypes = ['id-card', 'passport', 'hk-macao-permit', 'taiwan-permit', 'residence-permit', 'credit-code', 'other'] as const;
export const idDocTypeLabels: Record<(typeof idDocTypes)[number], string> = {
  'id-card': '居民身份证', passport: '护照', 'hk-macao-permit': '港澳居民来往内地通行证', 'taiwan-permit': '台湾居民来往大陆通行证',
  'residence-permit': '外国人永久居留身份证', 'credit-code': '统一社会信用代码证', other: '其他有效证件',
};
export const deliveryForms = ['paper', 'electronic', 'inspection'] as const;
export const deliveryFormLabels: Record<(typeof deliveryForms)[number], string> = { paper: '纸质文本', electronic: '电子文件', inspection: '当场查阅、抄录' };
export const deliveryMethods = ['post', 'email', 'pickup', 'online'] as const;
export const deliveryMethodLabels: Record<(typeof deliveryMethods)[number], string> = { post: '邮寄', email: '电子邮件', pickup: '自行领取', online: '网上获取' };

const applicantFields = {
  divisionCode,
  organizationId: recordId,
  applicantType: z.enum(applicantTypes, '请选择申请人类型'),
  applicantName: text('申请人姓名或名称', 100, 1),
  idDocType: z.enum(idDocTypes, '请选择身份证明类型'),
  idDocNumber: text('证件号码', 40, 1),
  legalRepresentative: optionalText('法定代表人', 50),
  contactPhone: optionalText('联系电话', 30),
  contactEmail: z.email('电子邮箱格式不正确').max(100).nullish().or(z.literal('')).transform((v) => (v ? v : null)),
  address: optionalText('通信地址', 200),
  postalCode: z.string().regex(/^\d{6}$/, '邮政编码须为6位数字').nullish().or(z.literal('')).transform((v) => (v ? v : null)),
  description: text('所需政府信息的名称、文号或描述', 5000, 1),
  docNo: optionalText('文号', 100),
  /** Optional: the 2019 Regulations (Art. 29) do not require a purpose; staff see it, the public never. */
  purpose: optionalText('所需信息的用途', 1000),
  deliveryForm: z.enum(deliveryForms, '请选择提供形式'),
  deliveryMethod: z.enum(deliveryMethods, '请选择获取方式'),
};

type ApplicantFields = { applicantType: string; idDocType: string; contactPhone: string | null; contactEmail: string | null; address: string | null; legalRepresentative: string | null };
const applicantChecks = (v: ApplicantFields, ctx: z.RefinementCtx) => {
  if (!v.contactPhone && !v.contactEmail && !v.address) ctx.addIssue({ code: 'custom', path: ['contactPhone'], message: '请至少填写一种联系方式（电话、电子邮箱或通信地址）' });
  const org = v.applicantType !== 'natural';
  if (org && v.idDocType !== 'credit-code' && v.idDocType !== 'other') ctx.addIssue({ code: 'custom', path: ['idDocType'], message: '法人或其他组织请提供统一社会信用代码证或其他有效证件' });
  if (!org && v.idDocType === 'credit-code') ctx.addIssue({ code: 'custom', path: ['idDocType'], message: '自然人请提供个人身份证件' });
};

/** A citizen's online application. */
export const submitInput = z.object(applicantFields).strict().superRefine(applicantChecks);
export type SubmitInput = z.input<typeof submitInput>;

/** Channels staff enter applications for (online ones come through `submit`). */
export const staffChannels = ['in-person', 'oral', 'registered-mail', 'ordinary-mail', 'fax', 'email'] as const;

/** A staff-entered application (in person, oral, mail, fax, e-mail) with its receipt evidence. */
export const intakeInput = z.object({
  ...applicantFields,
  channel: z.enum(staffChannels, '请选择申请渠道'),
  submittedOn: isoDate.nullish(),
  signedOn: isoDate.nullish(),
  confirmedOn: isoDate.nullish(),
  assistanceNote: optionalText('代为填写或协助情况', 1000),
}).strict().superRefine(applicantChecks);
export type IntakeInput = z.input<typeof intakeInput>;

export const requestRef = z.object({ id: recordId }).strict();

export const queueInput = z.object({
  divisionCode,
  organizationId: recordId.optional(),
  status: z.enum([...requestStatuses, 'open'] as const).default('open'),
  overdueOnly: z.boolean().default(false),
  q: z.string().trim().max(100).optional(),
  ...pageInput,
}).strict();

export const correctionInput = z.object({
  id: recordId,
  items: text('需要补正的事项', 2000, 1),
  noticeOn: isoDate,
}).strict();
/** The application is clear: no 补正 is needed (ends the 补正 notice stage). */
export const noCorrectionInput = z.object({ id: recordId, checkedOn: isoDate, note: optionalText('审查意见', 500) }).strict();
export const correctionReceivedInput = z.object({ id: recordId, receivedOn: isoDate, note: optionalText('补正内容摘要', 5000) }).strict();

export const extensionInput = z.object({
  id: recordId,
  days: z.number().int('延长天数须为整数').min(1, '延长天数至少1个工作日').max(20, '延长天数最长不超过20个工作日'),
  reason: text('延长理由', 1000, 1),
  approvedOn: isoDate,
}).strict();

export const delayInput = z.object({
  id: recordId,
  days: z.number().int().min(1).max(120, '延迟答复期限不超过120个工作日'),
  reason: text('申请人说明的理由及审查意见', 2000, 1),
  setOn: isoDate,
}).strict();

export const subtaskKinds = ['coordination', 'organ', 'third-party'] as const;
export const subtaskKindLabels: Record<(typeof subtaskKinds)[number], string> = {
  coordination: '协办（征求本级或其他部门意见，计入答复期限）',
  organ: '征求其他机关意见（条例第三十三条，不计入答复期限）',
  'third-party': '征求第三方意见（条例第三十二条，不计入答复期限）',
};
export const subtaskInput = z.object({
  id: recordId,
  kind: z.enum(subtaskKinds),
  targetOrganizationId: recordId.nullish(),
  thirdPartyName: optionalText('第三方名称', 200),
  question: text('征求意见的事项', 3000, 1),
  sentOn: isoDate,
  days: z.number().int().min(1).max(60).optional(),
}).strict().superRefine((v, ctx) => {
  if (v.kind === 'third-party' && !v.thirdPartyName) ctx.addIssue({ code: 'custom', path: ['thirdPartyName'], message: '请填写第三方名称' });
  if (v.kind !== 'third-party' && !v.targetOrganizationId) ctx.addIssue({ code: 'custom', path: ['targetOrganizationId'], message: '请选择被征求意见的机构' });
});
export const subtaskAnswerInput = z.object({ subtaskId: recordId, answer: text('回复意见', 5000, 1), answeredOn: isoDate }).strict();
export const subtaskRef = z.object({ subtaskId: recordId }).strict();
export const subtaskQueueInput = z.object({ divisionCode, organizationId: recordId.optional(), status: z.enum(['open', 'answered', 'cancelled']).default('open'), ...pageInput }).strict();

export const feeInput = z.object({
  id: recordId,
  method: z.enum(['by-item', 'by-volume']),
  /** Items (by item, after splitting by 一事一申请) or pages (by volume). */
  units: z.number().int().min(1).max(100_000),
  noticeOn: isoDate,
}).strict();
export const feePaidInput = z.object({ id: recordId, paidOn: isoDate }).strict();

export const replyInput = z.object({
  id: recordId,
  outcomeCode: z.enum(outcomeCodes, '请选择办理结果'),
  reason: optionalText('理由', 3000),
  legalBasis: optionalText('法律依据', 500),
  disclosedContent: optionalText('公开内容及获取方式', 20_000),
  /** The body responsible for the information (告知负责机关), required for 本机关不掌握 when known. */
  transferBody: optionalText('负责公开的机关', 200),
  transferContact: optionalText('负责机关联系方式', 200),
  /** Forward the application to an organisation on the platform that owns the information. */
  forwardToOrganizationId: recordId.nullish(),
  repliedOn: isoDate,
  onTheSpot: z.boolean().default(false),
  /** Edited letter text; default: the template for the outcome. */
  letterBody: z.string().max(20_000, '告知书正文不超过20000个字符').optional(),
}).strict();

export const publishDisclosedInput = z.object({
  id: recordId,
  title: text('标题', 300, 1),
  summary: optionalText('摘要', 2000),
  body: text('公开内容', 200_000, 1),
  topicCode: z.string().max(8),
}).strict();

export const templateKeyInput = z.string().max(60);
export const templateGetInput = z.object({ divisionCode, organizationId: recordId.optional() }).strict();
export const templateSetInput = z.object({
  divisionCode, organizationId: recordId.optional(), key: templateKeyInput,
  title: text('告知书标题', 100, 1), body: text('告知书正文', 20_000, 1),
}).strict();

export const reviewInput = z.object({
  id: recordId,
  kind: z.enum(reviewKinds),
  caseNo: optionalText('案号', 100),
  filedOn: isoDate,
}).strict();
export const reviewDecideInput = z.object({ reviewId: recordId, result: z.enum(reviewResults), decidedOn: isoDate.nullish(), note: optionalText('说明', 2000) }).strict();

export const trackInput = z.object({ number: z.string().trim().max(40, '申请编号格式不正确').regex(/^[0-9A-Za-z-]+$/, '申请编号格式不正确') }).strict();

/** The public tracking view (no personal data). */
export const trackOutput = z.object({
  number: z.string(),
  divisionCode: z.string(),
  organizationName: z.string(),
  channel: z.string(),
  receivedOn: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  dueDate: z.string().nullable(),
  provisional: z.boolean(),
  paused: z.boolean(),
  overdue: z.boolean(),
  ruleSet: z.string(),
  clock: z.array(z.object({ label: z.string(), detail: z.string() })),
  deadlines: z.array(z.object({ label: z.string(), dueDate: z.string().nullable(), explanation: z.string() })),
  timeline: z.array(z.object({ on: z.string(), label: z.string(), note: z.string().nullable() })),
  outcome: z.object({ code: z.string(), label: z.string(), closedOn: z.string().nullable() }).nullable(),
});
export type TrackView = z.infer<typeof trackOutput>;
