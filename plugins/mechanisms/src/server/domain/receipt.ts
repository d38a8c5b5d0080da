// 收到申请之日 by intake channel (条例第三十一条). Each channel names the evidence date it uses.
import type { IntakeChannel } from '../../contracts/vocabulary';

export interface ReceiptEvidence {
  /** Day the application was handed in (in person, oral) or submitted online. */
  submittedOn?: string | null;
  /** Day the registered letter was signed for. */
  signedOn?: string | null;
  /** Day the organ and the applicant confirmed receipt (ordinary mail, fax, e-mail). */
  confirmedOn?: string | null;
}

export interface ReceiptRule { field: keyof ReceiptEvidence; rule: string }

export const receiptRules: Record<IntakeChannel, ReceiptRule> = {
  online: { field: 'submittedOn', rule: '通过互联网渠道提交的，以双方确认之日为收到申请之日；本平台在提交时即发送电子回执予以确认（条例第三十一条第（三）项）' },
  'in-person': { field: 'submittedOn', rule: '当面提交的，以提交之日为收到申请之日（条例第三十一条第（一）项）' },
  oral: { field: 'submittedOn', rule: '口头提出、由工作人员代为填写的，以提出之日为收到申请之日（条例第二十九条、第三十一条第（一）项）' },
  'registered-mail': { field: 'signedOn', rule: '以邮寄方式提交的，以行政机关签收之日为收到申请之日（条例第三十一条第（二）项）' },
  'ordinary-mail': { field: 'confirmedOn', rule: '以平常信函等无需签收的邮寄方式提交的，以政府信息公开工作机构与申请人确认之日为收到申请之日（条例第三十一条第（二）项）' },
  fax: { field: 'confirmedOn', rule: '通过传真提交的，以双方确认之日为收到申请之日（条例第三十一条第（三）项）' },
  email: { field: 'confirmedOn', rule: '通过电子邮件等互联网渠道提交的，以双方确认之日为收到申请之日（条例第三十一条第（三）项）' },
};

export const evidenceLabels: Record<keyof ReceiptEvidence, string> = { submittedOn: '提交日期', signedOn: '签收日期', confirmedOn: '确认日期' };

export type ReceiptResult = { ok: true; receivedOn: string; rule: string } | { ok: false; field: keyof ReceiptEvidence; message: string };

/** The receipt date for a channel, or which field is missing or wrong. `today` bounds it. */
export function receiptDate(channel: IntakeChannel, ev: ReceiptEvidence, today: string): ReceiptResult {
  const r = receiptRules[channel];
  const date = ev[r.field];
  if (!date) return { ok: false, field: r.field, message: `${intakeLabel(channel)}须填写${evidenceLabels[r.field]}` };
  if (date > today) return { ok: false, field: r.field, message: `${evidenceLabels[r.field]}不能晚于今天（${today}）` };
  if (date < '2008-05-01') return { ok: false, field: r.field, message: `${evidenceLabels[r.field]}早于《政府信息公开条例》施行日期` };
  return { ok: true, receivedOn: date, rule: r.rule };
}

function intakeLabel(c: IntakeChannel): string {
  return { online: '网上申请', 'in-person': '当面提交', oral: '口头申请', 'registered-mail': '邮寄（挂号）', 'ordinary-mail': '平常信函', fax: '传真', email: '电子邮件' }[c];
}
