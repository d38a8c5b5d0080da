// Information sharing between departments (政务信息资源共享): settings, vocabularies and inputs.
// Share types follow 《政务信息资源共享管理暂行办法》(国发〔2016〕51号): 无条件共享、有条件共享、不予共享.
import { z } from 'zod';
import { divisionCode, isoDate, optionalText, pageInput, recordId, text } from './common';

export const sharingSettings = z.object({
  /** Working days the owning department has to answer a request for a conditional resource. */
  replyDays: z.number().int().min(1).max(60).default(10),
}).strict();

export const resourceFormats = ['dataset', 'document', 'interface', 'other'] as const;
export const resourceFormatLabels: Record<(typeof resourceFormats)[number], string> = { dataset: '数据集', document: '文件资料', interface: '数据接口', other: '其他' };
export const shareTypes = ['unconditional', 'conditional', 'none'] as const;
export type ShareType = (typeof shareTypes)[number];
export const shareTypeLabels: Record<ShareType, string> = { unconditional: '无条件共享', conditional: '有条件共享', none: '不予共享' };
export const shareRequestStatusLabels = { pending: '待审批', approved: '已同意', refused: '已拒绝', withdrawn: '已撤回', revoked: '已终止' } as const;
export type ShareRequestStatus = keyof typeof shareRequestStatusLabels;

export const saveResourceInput = z.object({
  divisionCode,
  id: recordId.optional(),
  organizationId: recordId,
  title: text('资源名称', 200, 1),
  description: text('资源摘要', 5000).default(''),
  format: z.enum(resourceFormats, '请选择资源格式'),
  shareType: z.enum(shareTypes, '请选择共享类型'),
  conditions: optionalText('共享条件或不予共享的依据', 2000),
  updateCycle: text('更新周期', 50).default(''),
  accessNote: text('获取方式', 2000).default(''),
}).strict().superRefine((v, ctx) => {
  if (v.shareType !== 'unconditional' && !v.conditions) {
    ctx.addIssue({ code: 'custom', path: ['conditions'], message: v.shareType === 'none' ? '不予共享的资源须注明法律、行政法规或政策依据' : '有条件共享的资源须注明共享条件' });
  }
});
export type SaveResourceInput = z.input<typeof saveResourceInput>;

export const catalogueInput = z.object({
  ownerDivisionCode: divisionCode.optional(),
  q: z.string().trim().max(100, '检索词不超过 100 个字符').optional(),
  format: z.enum(resourceFormats).optional(),
  shareType: z.enum(shareTypes).optional(),
  ...pageInput,
}).strict();

export const resourceRef = z.object({ id: recordId }).strict();
export const withdrawResourceInput = z.object({ id: recordId, reason: text('撤销理由', 500, 1) }).strict();

export const shareRequestInput = z.object({
  resourceId: recordId,
  requesterOrganizationId: recordId,
  purpose: text('用途（共享依据和使用范围）', 2000, 1),
}).strict();

export const decideInput = z.object({
  requestId: recordId,
  decision: z.enum(['approve', 'refuse'], '请选择审批结果'),
  note: optionalText('审批意见', 2000),
  validUntil: isoDate.nullish(),
}).strict().superRefine((v, ctx) => {
  if (v.decision === 'refuse' && !v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: '拒绝共享须说明理由' });
});

export const requestActionInput = z.object({ requestId: recordId, note: optionalText('说明', 2000) }).strict();

export const shareQueueInput = z.object({
  divisionCode,
  status: z.enum(['pending', 'approved', 'refused', 'withdrawn', 'revoked', 'all']).default('pending'),
  ...pageInput,
}).strict();
