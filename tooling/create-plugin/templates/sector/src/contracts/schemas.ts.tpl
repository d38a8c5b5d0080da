// Record schemas of the __TITLE__ sector. Key-sectors validates every write and every read with
// them, so a new field needs no migration. Labels come from `.describe()` (the field builders of
// key-sectors set it) and appear in forms, list headers, import templates and error messages.
import { z } from 'zod';
import { amount, endNotBeforeStart, isoDate, longText, optionalIsoDate, optionalText, text, year } from '@gongkai/plugin-key-sectors/contracts';

/** 公示公告: one disclosure of the sector, with an optional publicity period (公示期). */
export const noticeSchema = z.object({
  title: text('标题', 200),
  organization: text('发布单位', 100),
  docNo: optionalText('文号', 100),
  year: year('年度'),
  issuedOn: isoDate('发布日期'),
  publicityFrom: optionalIsoDate('公示开始日期'),
  publicityTo: optionalIsoDate('公示结束日期'),
  amount: amount('涉及金额（万元）').optional(),
  content: longText('主要内容', 20_000),
}).strict().superRefine(endNotBeforeStart('publicityFrom', 'publicityTo', '公示开始日期', '公示结束日期'));

export type Notice = z.output<typeof noticeSchema>;
