// 收到申请之日 by intake channel (条例第三十一条): which evidence date each channel uses and the rule
// text recorded on the case. Shared by the server (server/domain/receipt.ts) and the intake form.
import type { IntakeChannel } from './vocabulary';

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
