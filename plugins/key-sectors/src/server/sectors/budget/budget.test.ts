import { describe, expect, it } from 'vitest';
import { recordTypeOf } from '../../../contracts';
import { validateData } from '../../records/validate';
import { budgetTableData, threeExpensesFinal } from '../../test-support';
import { budgetSector } from './index';
import { groupBudgetTableRows } from './import';
import { budgetTableSchema, threeExpensesSchema } from './schemas';

const issues = (r: ReturnType<typeof budgetTableSchema.safeParse>) => (r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]));

describe('budget tables by function classification', () => {
  it('accepts a table whose 类, 款 and 项 add up', () => {
    expect(budgetTableSchema.safeParse(budgetTableData()).success).toBe(true);
  });

  it('reports a total that does not equal the 类 rows, exactly in cents', () => {
    expect(issues(budgetTableSchema.safeParse(budgetTableData({ total: 170.51 })))).toEqual([['total', '合计 170.51 万元与各类级科目之和 170.50 万元不符']]);
  });

  it('reports a 款 that does not equal its 项 rows on that row', () => {
    const rows = budgetTableData().rows.map((r) => (r.code === '2010602' ? { ...r, amount: 49.99 } : r));
    expect(issues(budgetTableSchema.safeParse(budgetTableData({ rows })))).toEqual([
      ['rows.1.amount', '款级科目 20106（财政事务）金额 150.00 万元与其下级科目之和 149.99 万元不符'],
    ]);
  });

  it('requires detail down to 项, known parents, unique codes and basic + project = amount', () => {
    const rows = [
      { code: '201', name: '一般公共服务支出', amount: 10 },
      { code: '20101', name: '人大事务', amount: 10 },
      { code: '2010101', name: '行政运行', amount: 10, basic: 6, project: 3 },
      { code: '2010101', name: '行政运行', amount: 0 },
      { code: '20501', name: '教育管理事务', amount: 0 },
      { code: '212', name: '城乡社区支出', amount: 0 },
    ];
    const found = issues(budgetTableSchema.safeParse(budgetTableData({ rows, total: 10 }))).map(([path, m]) => `${path} ${m}`);
    expect(found).toEqual(expect.arrayContaining([
      expect.stringMatching(/^rows\.3\.code 科目编码 2010101 重复/),
      expect.stringMatching(/^rows\.4\.code 科目 20501（教育管理事务）缺少上级类级科目 205/),
      expect.stringMatching(/^rows\.2\.amount .*不等于基本支出 6\.00 与项目支出 3\.00 之和/),
      expect.stringMatching(/^rows\.5\.code 科目 212（城乡社区支出）须细化到项级科目/),
    ]));
  });

  it('rejects a negative amount and a malformed code with the field named', () => {
    const rows = [{ code: '20', name: 'x', amount: -1 }];
    const msgs = issues(budgetTableSchema.safeParse(budgetTableData({ rows }))).map(([, m]) => m);
    expect(msgs).toEqual(expect.arrayContaining(['金额不能为负数', '科目编码须为 3 位（类）、5 位（款）或 7 位（项）数字']));
  });
});

describe('三公经费', () => {
  it('accepts final accounts with the vehicle line split and an explanation', () => {
    expect(threeExpensesSchema.safeParse(threeExpensesFinal()).success).toBe(true);
  });

  it('requires the actual figures for final accounts and none for a budget', () => {
    const r = threeExpensesSchema.safeParse(threeExpensesFinal({ actual: undefined, vehicleTotal: undefined, total: undefined }));
    expect(r.success ? [] : r.error.issues.map((i) => i.path.join('.'))).toContain('actual');
    const b = threeExpensesSchema.safeParse(threeExpensesFinal({ kind: '预算', approvedOn: '2025-02-01' }));
    expect(b.success ? [] : b.error.issues.map((i) => i.message)).toContain('预算不填写决算数');
  });

  it('labels nested fields in messages', () => {
    const rt = recordTypeOf(budgetSector, 'three-expenses')!;
    const v = validateData(rt, threeExpensesFinal({ budget: { abroad: 'x', vehiclePurchase: 1, vehicleRunning: 1, reception: 1 } }));
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.issues[0]).toEqual({ path: 'budget.abroad', message: '预算数 › 因公出国（境）费须为数字' });
  });
});

describe('budget table import grouping', () => {
  it('groups rows into one table per unit and maps issues back to file rows', () => {
    const head = { 年度: '2026', 类型: '预算', 单位名称: '平房区财政局', 表名: '一般公共预算财政拨款支出表', 批复日期: '2026-02-10', 金额单位: '万元' };
    const rows = [
      { row: 2, cells: { ...head, 科目编码: '201', 科目名称: '一般公共服务支出', 金额: '150' } },
      { row: 3, cells: { ...head, 科目编码: '20106', 科目名称: '财政事务', 金额: '150' } },
      { row: 4, cells: { ...head, 科目编码: '2010601', 科目名称: '行政运行', 金额: '1,50.00' } },
      { row: 5, cells: { ...head, 科目编码: '合计', 科目名称: '', 金额: '150' } },
    ];
    const [c] = groupBudgetTableRows(rows);
    expect(c!.rows).toEqual([2, 3, 4, 5]);
    expect((c!.data as { rows: unknown[] }).rows).toHaveLength(3);
    expect(c!.rowOf!(['rows', 2, 'amount'])).toBe(4);
    expect(c!.rowOf!(['total'])).toBe(5);
    const r = budgetTableSchema.safeParse(c!.data);
    expect(r.success).toBe(true);
  });
});
