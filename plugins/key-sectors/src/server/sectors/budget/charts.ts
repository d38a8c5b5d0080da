// 三公经费 charts: budget against actual for one record, year on year across a division's records,
// and the structure of a function-classified table.
import { barChart, formatAmount, pieChart, type ChartOutput, type SectorRecord } from '../../../contracts';
import { threeTotals, type BudgetTable, type ThreeExpenseItems, type ThreeExpenses } from './schemas';

const ITEMS: { key: keyof ThreeExpenseItems; label: string }[] = [
  { key: 'abroad', label: '因公出国（境）费' },
  { key: 'vehiclePurchase', label: '公务用车购置费' },
  { key: 'vehicleRunning', label: '公务用车运行维护费' },
  { key: 'reception', label: '公务接待费' },
];

const yuan = (c: number) => Number(formatAmount(c));

function lines(i: ThreeExpenseItems | undefined): (number | null)[] {
  if (!i) return [null, null, null, null, null, null];
  const t = threeTotals(i);
  return [i.abroad, i.vehiclePurchase, i.vehicleRunning, yuan(t.vehicle), i.reception, yuan(t.total)];
}

const CATEGORIES = ['因公出国（境）费', '公务用车购置费', '公务用车运行维护费', '公务用车购置及运行维护费小计', '公务接待费', '合计'];

export function budgetVsActualChart(r: SectorRecord<ThreeExpenses>): ChartOutput {
  const d = r.data;
  return barChart({
    title: `${d.unitName}${d.year}年“三公”经费${d.kind === '决算' ? '预算与决算对比' : '预算'}`,
    categoryLabel: '项目',
    unit: d.unit,
    categories: CATEGORIES,
    series: [
      { name: '预算数', data: lines(d.budget) },
      ...(d.actual ? [{ name: '决算数', data: lines(d.actual) }] : []),
      ...(d.previousYear ? [{ name: '上年数', data: lines(d.previousYear) }] : []),
    ],
  });
}

/** Year on year: per year, the final accounts where published, else the budget. */
export function yearOnYearChart(records: readonly SectorRecord<ThreeExpenses>[]): ChartOutput {
  const byYear = new Map<number, ThreeExpenses>();
  for (const r of records) {
    const cur = byYear.get(r.data.year);
    if (!cur || (cur.kind === '预算' && r.data.kind === '决算')) byYear.set(r.data.year, r.data);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const unit = byYear.get(years[0] ?? 0)?.unit ?? '万元';
  const shown = (d: ThreeExpenses) => (d.kind === '决算' && d.actual ? d.actual : d.budget);
  return barChart({
    title: '“三公”经费年度对比',
    categoryLabel: '年度',
    unit,
    categories: years.map((y) => `${y}年（${byYear.get(y)!.kind}）`),
    series: ITEMS.map((it) => ({ name: it.label, stack: '三公', data: years.map((y) => shown(byYear.get(y)!)[it.key]) })),
  });
}

export function tableStructureChart(r: SectorRecord<BudgetTable>): ChartOutput {
  const d = r.data;
  return pieChart({
    title: `${d.unitName}${d.year}年${d.table}（按功能分类“类”级科目）`,
    unit: d.unit,
    categoryLabel: '类级科目',
    valueLabel: '金额',
    items: d.rows.filter((x) => x.code.length === 3).map((x) => ({ name: `${x.code} ${x.name}`, value: x.amount })),
  });
}
