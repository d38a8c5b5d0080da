// Rules of a budget or final-account table by function classification (政府收支分类科目):
// 类 (3 digits) → 款 (5) → 项 (7). Every parent equals the sum of its children, the total equals
// the sum of the 类 rows, and the table is detailed down to 项 (cn-domain-facts.md §3.2–3.3).
// Amounts are compared in integer cents, never as floats.
import type { z } from 'zod';
import { cents, formatAmount } from '../../../contracts';

export interface TableRow { code: string; name: string; amount: number; basic?: number | undefined; project?: number | undefined }

const LEVEL_NAMES: Record<number, string> = { 3: '类', 5: '款', 7: '项' };

export function parentCode(code: string): string | null {
  return code.length === 7 ? code.slice(0, 5) : code.length === 5 ? code.slice(0, 3) : null;
}

/** Adds one issue per broken rule, each on the row and field at fault. */
export function checkFunctionTable(rows: readonly TableRow[], total: number, ctx: z.RefinementCtx, unit: string, requireItemLevel = true): void {
  const index = new Map<string, number>();
  rows.forEach((r, i) => {
    if (index.has(r.code)) ctx.addIssue({ code: 'custom', path: ['rows', i, 'code'], message: `科目编码 ${r.code} 重复（第 ${index.get(r.code)! + 1} 项已有）` });
    else index.set(r.code, i);
  });
  const children = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const parent = parentCode(r.code);
    if (parent === null) return;
    if (!index.has(parent)) {
      ctx.addIssue({ code: 'custom', path: ['rows', i, 'code'], message: `科目 ${r.code}（${r.name}）缺少上级${LEVEL_NAMES[parent.length]}级科目 ${parent}` });
      return;
    }
    const list = children.get(parent) ?? [];
    list.push(i);
    children.set(parent, list);
  });
  rows.forEach((r, i) => {
    if (r.basic !== undefined && r.project !== undefined && cents(r.basic) + cents(r.project) !== cents(r.amount)) {
      ctx.addIssue({ code: 'custom', path: ['rows', i, 'amount'], message: `科目 ${r.code}（${r.name}）合计 ${formatAmount(cents(r.amount))} 不等于基本支出 ${formatAmount(cents(r.basic))} 与项目支出 ${formatAmount(cents(r.project))} 之和` });
    }
    const kids = children.get(r.code);
    if (kids) {
      const sum = kids.reduce((s, k) => s + cents(rows[k]!.amount), 0);
      if (sum !== cents(r.amount)) {
        ctx.addIssue({ code: 'custom', path: ['rows', i, 'amount'], message: `${LEVEL_NAMES[r.code.length]}级科目 ${r.code}（${r.name}）金额 ${formatAmount(cents(r.amount))} ${unit}与其下级科目之和 ${formatAmount(sum)} ${unit}不符` });
      }
    } else if (requireItemLevel && r.code.length < 7) {
      ctx.addIssue({ code: 'custom', path: ['rows', i, 'code'], message: `科目 ${r.code}（${r.name}）须细化到项级科目（7 位编码）` });
    }
  });
  const top = rows.filter((r) => r.code.length === 3).reduce((s, r) => s + cents(r.amount), 0);
  if (top !== cents(total)) {
    ctx.addIssue({ code: 'custom', path: ['total'], message: `合计 ${formatAmount(cents(total))} ${unit}与各类级科目之和 ${formatAmount(top)} ${unit}不符` });
  }
}
