// Import of budget tables: one file row per subject (科目), grouped into one record per
// (年度, 类型, 单位名称, 表名); a row whose 科目编码 is “合计” gives the table's total.
import { cellNumber, cellText, pick, type ImportCandidate, type ImportRow } from '../../../contracts';

export const BUDGET_TABLE_HEADERS = ['年度', '类型', '单位名称', '表名', '批复日期', '金额单位', '科目编码', '科目名称', '金额', '基本支出', '项目支出'] as const;

export function groupBudgetTableRows(rows: readonly ImportRow[]): ImportCandidate[] {
  const groups = new Map<string, { head: ImportRow; items: ImportRow[]; totalRow?: ImportRow }>();
  for (const r of rows) {
    const c = r.cells;
    const key = [pick(c, '年度', 'year'), pick(c, '类型', 'kind'), pick(c, '单位名称', 'unitName'), pick(c, '表名', 'table')].map((x) => x?.trim() ?? '').join('|');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { head: r, items: [] }));
    if (cellText(pick(c, '科目编码', 'code')) === '合计') g.totalRow = r;
    else g.items.push(r);
  }
  return [...groups.values()].map((g) => {
    const c = g.head.cells;
    const data = {
      year: cellNumber(pick(c, '年度', 'year')),
      kind: cellText(pick(c, '类型', 'kind')),
      unitName: cellText(pick(c, '单位名称', 'unitName')),
      table: cellText(pick(c, '表名', 'table')),
      approvedOn: cellText(pick(c, '批复日期', 'approvedOn')),
      unit: cellText(pick(c, '金额单位', 'unit')) ?? '万元',
      rows: g.items.map((r) => {
        const basic = cellNumber(pick(r.cells, '基本支出', 'basic'));
        const project = cellNumber(pick(r.cells, '项目支出', 'project'));
        return {
          code: cellText(pick(r.cells, '科目编码', 'code')),
          name: cellText(pick(r.cells, '科目名称', 'name')),
          amount: cellNumber(pick(r.cells, '金额', 'amount')),
          ...(basic !== undefined ? { basic } : {}),
          ...(project !== undefined ? { project } : {}),
        };
      }),
      total: g.totalRow ? cellNumber(pick(g.totalRow.cells, '金额', 'amount')) : undefined,
    };
    const all = [g.head.row, ...g.items.map((r) => r.row), ...(g.totalRow ? [g.totalRow.row] : [])];
    return {
      data,
      rows: [...new Set(all)].sort((a, b) => a - b),
      rowOf: (path) => {
        if (path[0] === 'rows' && typeof path[1] === 'number') return g.items[path[1]]?.row ?? g.head.row;
        if (path[0] === 'total') return g.totalRow?.row ?? g.head.row;
        return g.head.row;
      },
    };
  });
}
