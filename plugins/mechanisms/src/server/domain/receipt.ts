// 收到申请之日 by intake channel (条例第三十一条): the date from the channel's evidence field
// (rules and labels in contracts/receipt.ts), checked against today.
import type { IntakeChannel } from '../../contracts/vocabulary';
import { evidenceLabels, receiptRules, type ReceiptEvidence } from '../../contracts/receipt';

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
