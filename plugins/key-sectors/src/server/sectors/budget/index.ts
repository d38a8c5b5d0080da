// Sector 2 of the work plan: 财政预算决算和“三公”经费. Departmental budget and final-account
// tables by function classification down to 项, and the 三公经费 with the vehicle line split into
// purchase and running costs, budget against actual, year on year. Rule: county (and higher)
// governments publish their own 三公经费 within 20 days of approval (预算法 art. 14).
import { defineChart, defineRecordType, defineSector, formatAmount } from '../../../contracts';
import { budgetVsActualChart, tableStructureChart, yearOnYearChart } from './charts';
import { BUDGET_TABLE_HEADERS, groupBudgetTableRows } from './import';
import { budgetTableSchema, threeExpensesSchema, threeTotals, type BudgetTable, type ThreeExpenses } from './schemas';

const TOPIC = '0401'; // 财政、金融、审计 › 财政
const LEVELS = ['province', 'prefecture', 'county'] as const;
const BASIS_20_DAYS = '《预算法》第十四条、财预〔2016〕143号：经批复后二十日内向社会公开';

const threeExpenses = defineRecordType({
  id: 'three-expenses',
  label: '“三公”经费',
  schema: threeExpensesSchema,
  columns: (d) => ({
    title: `${d.unitName}${d.year}年“三公”经费${d.kind}`,
    year: d.year, period: String(d.year), category: `${d.kind}:${d.scope}`, subjectKey: d.unitName,
    naturalKey: `${d.year}:${d.kind}:${d.scope}:${d.unitName}`, eventDate: d.approvedOn,
  }),
  searchFields: ['unitName', 'explanation'],
  catalogue: {
    topicCode: TOPIC,
    summary: (d) => {
      const i = d.kind === '决算' && d.actual ? d.actual : d.budget;
      const t = threeTotals(i);
      return `${d.unitName}${d.year}年“三公”经费${d.kind}数${formatAmount(t.total)}${d.unit}：因公出国（境）费${i.abroad}${d.unit}，公务用车购置及运行维护费${formatAmount(t.vehicle)}${d.unit}（购置费${i.vehiclePurchase}${d.unit}，运行维护费${i.vehicleRunning}${d.unit}），公务接待费${i.reception}${d.unit}。`;
    },
    generatedOn: (d) => d.approvedOn,
    metadata: (d) => ({ year: d.year, kind: d.kind, scope: d.scope, unitName: d.unitName, approvedOn: d.approvedOn }),
  },
  list: { columns: [{ field: 'unitName' }, { field: 'year' }, { field: 'kind' }, { field: 'scope' }, { field: 'approvedOn' }] },
  detail: { sections: [{ title: '基本信息', fields: [{ field: 'unitName' }, { field: 'year' }, { field: 'kind' }, { field: 'scope' }, { field: 'approvedOn' }, { field: 'unit' }] }, { title: '金额', fields: [{ field: 'budget' }, { field: 'actual' }, { field: 'previousYear' }, { field: 'explanation' }] }] },
  import: { templateHeaders: ['year', 'kind', 'scope', 'unitName', 'approvedOn', 'unit', 'budget.abroad', 'budget.vehiclePurchase', 'budget.vehicleRunning', 'budget.reception', 'actual.abroad', 'actual.vehiclePurchase', 'actual.vehicleRunning', 'actual.reception', 'explanation'] },
});

const budgetTable = defineRecordType({
  id: 'budget-table',
  label: '部门预决算表（按功能分类）',
  schema: budgetTableSchema,
  columns: (d) => ({
    title: `${d.unitName}${d.year}年${d.kind}：${d.table}`,
    year: d.year, period: String(d.year), category: d.kind, subjectKey: d.unitName,
    naturalKey: `${d.year}:${d.kind}:${d.unitName}:${d.table}`, eventDate: d.approvedOn,
  }),
  searchFields: ['unitName', 'table', 'notes'],
  catalogue: {
    topicCode: TOPIC,
    summary: (d) => `${d.unitName}${d.year}年${d.kind}${d.table}，合计${d.total}${d.unit}，按功能分类细化到项级科目（共 ${d.rows.length} 个科目）。`,
    generatedOn: (d) => d.approvedOn,
    metadata: (d) => ({ year: d.year, kind: d.kind, unitName: d.unitName, table: d.table, total: d.total }),
  },
  list: { columns: [{ field: 'unitName' }, { field: 'year' }, { field: 'kind' }, { field: 'table' }, { field: 'total' }] },
  import: { group: groupBudgetTableRows, templateHeaders: BUDGET_TABLE_HEADERS },
});

export const budgetSector = defineSector({
  id: 'budget',
  label: '财政预算决算和“三公”经费',
  description: '部门预算、决算表按功能分类细化到项级科目；“三公”经费分项公开，公务用车购置及运行维护费分列购置费和运行维护费，说明增减变化原因。',
  planItem: 2,
  topicCode: TOPIC,
  permission: 'key-sectors.budget.edit',
  recordTypes: [threeExpenses, budgetTable],
  requirements: [
    {
      id: 'three-expenses-final', label: '本级政府公开“三公”经费决算', recordType: 'three-expenses', categories: ['决算:本级政府'], levels: LEVELS,
      due: { kind: 'afterEvent', days: 20, unit: 'calendar', eventLabel: '决算批准', latestEvent: (y) => `${y + 1}-09-30` },
      basis: `${BASIS_20_DAYS}；黑政办综〔2014〕4号第2项：争取2015年前实现县级政府全面公开“三公”经费`,
    },
    {
      id: 'three-expenses-budget', label: '本级政府公开“三公”经费预算', recordType: 'three-expenses', categories: ['预算:本级政府'], levels: LEVELS,
      due: { kind: 'afterEvent', days: 20, unit: 'calendar', eventLabel: '预算批准', latestEvent: (y) => `${y}-03-31` },
      basis: BASIS_20_DAYS,
    },
    {
      id: 'department-final-accounts', label: '部门决算表公开', recordType: 'budget-table', categories: ['决算'], levels: LEVELS,
      due: { kind: 'afterEvent', days: 20, unit: 'calendar', eventLabel: '财政部门批复', latestEvent: (y) => `${y + 1}-09-30` },
      basis: BASIS_20_DAYS,
    },
    {
      id: 'department-budgets', label: '部门预算表公开', recordType: 'budget-table', categories: ['预算'], levels: LEVELS,
      due: { kind: 'afterEvent', days: 20, unit: 'calendar', eventLabel: '财政部门批复', latestEvent: (y) => `${y}-04-30` },
      basis: BASIS_20_DAYS,
    },
  ],
  charts: [
    defineChart<ThreeExpenses>({ id: 'three-expenses-budget-vs-actual', label: '“三公”经费预算与决算对比', recordType: 'three-expenses', needs: { record: true }, build: (rs) => budgetVsActualChart(rs[0]!) }),
    defineChart<ThreeExpenses>({ id: 'three-expenses-year-on-year', label: '“三公”经费年度对比', recordType: 'three-expenses', needs: { subjectKey: true }, build: (rs) => yearOnYearChart(rs) }),
    defineChart<BudgetTable>({ id: 'table-structure', label: '支出结构（类级科目）', recordType: 'budget-table', needs: { record: true }, build: (rs) => tableStructureChart(rs[0]!) }),
  ],
});
