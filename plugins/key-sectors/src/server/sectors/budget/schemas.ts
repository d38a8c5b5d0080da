// Record schemas of the budget sector (work plan item 2): departmental budget and final-account
// tables by function classification, and the 三公经费 with the vehicle line split in two.
import { z } from 'zod';
import { amount, cents, choice, formatAmount, isoDate, optionalText, text, year } from '../../../contracts';
import { checkFunctionTable } from './table-rules';

export const KINDS = ['预算', '决算'] as const;
export const SCOPES = ['本级政府', '部门'] as const;
export const UNITS = ['万元', '元'] as const;

/** The standard departmental tables (cn-domain-facts.md §3.2) that are classified by function. */
export const FUNCTION_TABLES = [
  '一般公共预算财政拨款支出表',
  '一般公共预算财政拨款基本支出表',
  '支出总表',
  '政府性基金预算财政拨款支出表',
  '国有资本经营预算财政拨款支出表',
] as const;

const functionCode = z.string({ error: '科目编码须为文字' }).trim()
  .regex(/^\d{3}(\d{2}){0,2}$/, '科目编码须为 3 位（类）、5 位（款）或 7 位（项）数字').describe('科目编码');

export const tableRowSchema = z.object({
  code: functionCode,
  name: text('科目名称', 100),
  amount: amount('金额'),
  basic: amount('基本支出').optional(),
  project: amount('项目支出').optional(),
}).strict();

export const budgetTableSchema = z.object({
  year: year('预决算年度'),
  kind: choice('类型', KINDS),
  unitName: text('单位名称', 100),
  table: choice('表名', FUNCTION_TABLES),
  approvedOn: isoDate('批复日期'),
  unit: choice('金额单位', UNITS),
  rows: z.array(tableRowSchema).min(1, '科目明细至少一项').max(3000, '科目明细不超过 3000 项').describe('科目明细'),
  total: amount('合计'),
  notes: optionalText('说明', 5000),
}).strict().superRefine((t, ctx) => checkFunctionTable(t.rows, t.total, ctx, t.unit));

export const threeExpenseItems = z.object({
  abroad: amount('因公出国（境）费'),
  vehiclePurchase: amount('公务用车购置费'),
  vehicleRunning: amount('公务用车运行维护费'),
  reception: amount('公务接待费'),
}).strict();

export type ThreeExpenseItems = z.output<typeof threeExpenseItems>;

/** Totals in cents: the vehicle line (购置 + 运行维护) and the whole. */
export function threeTotals(i: ThreeExpenseItems): { vehicle: number; total: number } {
  const vehicle = cents(i.vehiclePurchase) + cents(i.vehicleRunning);
  return { vehicle, total: cents(i.abroad) + vehicle + cents(i.reception) };
}

const stated = (label: string) => amount(label).optional();

export const threeExpensesSchema = z.object({
  year: year('预决算年度'),
  kind: choice('类型', KINDS),
  scope: choice('公开主体', SCOPES),
  unitName: text('单位名称', 100),
  approvedOn: isoDate('批复日期'),
  unit: choice('金额单位', UNITS),
  budget: threeExpenseItems.describe('预算数'),
  actual: threeExpenseItems.optional().describe('决算数'),
  previousYear: threeExpenseItems.optional().describe('上年数'),
  /** As printed in the table; when given they must add up. */
  vehicleTotal: stated('公务用车购置及运行维护费合计'),
  total: stated('“三公”经费合计'),
  explanation: optionalText('增减变化原因说明', 5000),
}).strict().superRefine((d, ctx) => {
  if (d.kind === '决算' && !d.actual) ctx.addIssue({ code: 'custom', path: ['actual'], message: '决算须填写决算数' });
  if (d.kind === '预算' && d.actual) ctx.addIssue({ code: 'custom', path: ['actual'], message: '预算不填写决算数' });
  const shown = d.kind === '决算' && d.actual ? d.actual : d.budget;
  const t = threeTotals(shown);
  if (d.vehicleTotal !== undefined && cents(d.vehicleTotal) !== t.vehicle) {
    ctx.addIssue({ code: 'custom', path: ['vehicleTotal'], message: `公务用车购置及运行维护费合计 ${formatAmount(cents(d.vehicleTotal))} 不等于购置费与运行维护费之和 ${formatAmount(t.vehicle)}` });
  }
  if (d.total !== undefined && cents(d.total) !== t.total) {
    ctx.addIssue({ code: 'custom', path: ['total'], message: `“三公”经费合计 ${formatAmount(cents(d.total))} 不等于各项之和 ${formatAmount(t.total)}` });
  }
  if (d.kind === '决算' && d.actual && threeTotals(d.actual).total !== threeTotals(d.budget).total && !d.explanation) {
    ctx.addIssue({ code: 'custom', path: ['explanation'], message: '决算数与预算数不一致，须说明增减变化原因' });
  }
  if (d.approvedOn.slice(0, 4) < String(d.kind === '决算' ? d.year : d.year - 1)) {
    ctx.addIssue({ code: 'custom', path: ['approvedOn'], message: `批复日期（${d.approvedOn}）早于${d.year}年${d.kind}可能批复的时间` });
  }
});

export type BudgetTable = z.output<typeof budgetTableSchema>;
export type ThreeExpenses = z.output<typeof threeExpensesSchema>;
