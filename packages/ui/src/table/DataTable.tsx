// An accessible data table: <caption>, <th scope>, sort buttons in the headers with aria-sort,
// paging, and a scroll container so wide tables work at 320 px.
import { useMemo, useState, type ReactNode } from 'react';
import { Pager } from './Pager';

export interface Column<T> {
  key: string;
  header: string;
  /** Cell content; default `String(row[key])`. */
  render?: (row: T) => ReactNode;
  /** Value compared when sorting; default `row[key]`. Columns sort only when `sortable`. */
  sortValue?: (row: T) => string | number | Date | null | undefined;
  sortable?: boolean;
  align?: 'start' | 'end' | 'center';
  /** Marks the column whose cell names the row (rendered as <th scope="row">). */
  rowHeader?: boolean;
}

export type SortDirection = 'ascending' | 'descending';
export interface SortState { key: string; direction: SortDirection }

export interface DataTableProps<T> {
  /** Required: every table says what it shows (WCAG 1.3.1). */
  caption: ReactNode;
  /** Hide the caption visually but keep it for screen readers. */
  captionHidden?: boolean;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T, index: number) => string;
  /** Client-side paging over `rows` (default: no paging). */
  pageSize?: number;
  /** Server-side paging: `rows` is the current page. */
  pagination?: { page: number; pageCount: number; onChange?: (page: number) => void; hrefFor?: (page: number) => string };
  /** Controlled sorting (e.g. server-side); otherwise the table sorts `rows` itself. */
  sort?: SortState | null;
  onSortChange?: (sort: SortState) => void;
  initialSort?: SortState;
  empty?: ReactNode;
  className?: string;
}

function valueOf<T>(row: T, col: Column<T>): unknown {
  return col.sortValue ? col.sortValue(row) : (row as Record<string, unknown>)[col.key];
}

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

export function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined || a === '') return 1;
  if (b === null || b === undefined || b === '') return -1;
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

function defaultCell(v: unknown): ReactNode {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toLocaleDateString('zh-CN');
  return String(v);
}

export function DataTable<T>({ caption, captionHidden, columns, rows, rowKey, pageSize, pagination, sort: controlledSort, onSortChange, initialSort, empty = '暂无数据', className }: DataTableProps<T>) {
  const [ownSort, setOwnSort] = useState<SortState | null>(initialSort ?? null);
  const [ownPage, setOwnPage] = useState(1);
  const sort = controlledSort !== undefined ? controlledSort : ownSort;

  const sorted = useMemo(() => {
    if (!sort || controlledSort !== undefined) return rows;
    const col = columns.find((c) => c.key === sort.key);
    if (!col) return rows;
    const dir = sort.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const va = valueOf(a, col), vb = valueOf(b, col);
      // Empty values stay last whatever the direction.
      const emptyA = va === null || va === undefined || va === '', emptyB = vb === null || vb === undefined || vb === '';
      if (emptyA !== emptyB) return emptyA ? 1 : -1;
      return dir * compareValues(va, vb);
    });
  }, [rows, sort, columns, controlledSort]);

  const pageCount = pageSize ? Math.max(1, Math.ceil(sorted.length / pageSize)) : 1;
  const page = Math.min(ownPage, pageCount);
  const visible = pageSize ? sorted.slice((page - 1) * pageSize, page * pageSize) : sorted;

  const toggle = (key: string) => {
    const next: SortState = sort?.key === key && sort.direction === 'ascending' ? { key, direction: 'descending' } : { key, direction: 'ascending' };
    if (onSortChange) onSortChange(next);
    if (controlledSort === undefined) { setOwnSort(next); setOwnPage(1); }
  };

  return (
    <div className={['gk-table-wrap', className].filter(Boolean).join(' ')}>
      <div className="gk-table-scroll" tabIndex={0} role="region" aria-label={typeof caption === 'string' ? caption : '数据表'}>
        <table className="gk-table">
          <caption className={captionHidden ? 'gk-visually-hidden' : undefined}>{caption}</caption>
          <thead>
            <tr>
              {columns.map((col) => {
                const state = sort?.key === col.key ? sort.direction : undefined;
                return (
                  <th key={col.key} scope="col" aria-sort={col.sortable ? (state ?? 'none') : undefined} className={col.align ? `gk-align-${col.align}` : undefined}>
                    {col.sortable ? (
                      <button type="button" className="gk-sort-button" onClick={() => toggle(col.key)}>
                        {col.header}
                        <span aria-hidden="true" className="gk-sort-icon">{state === 'ascending' ? '▲' : state === 'descending' ? '▼' : '↕'}</span>
                        <span className="gk-visually-hidden">{state === 'ascending' ? '（升序，点击改为降序）' : state === 'descending' ? '（降序，点击改为升序）' : '（点击排序）'}</span>
                      </button>
                    ) : col.header}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {visible.length === 0 ? (
              <tr><td colSpan={columns.length} className="gk-table-empty">{empty}</td></tr>
            ) : visible.map((row, i) => (
              <tr key={rowKey(row, i)}>
                {columns.map((col) => {
                  const content = col.render ? col.render(row) : defaultCell((row as Record<string, unknown>)[col.key]);
                  const cls = col.align ? `gk-align-${col.align}` : undefined;
                  return col.rowHeader
                    ? <th key={col.key} scope="row" className={cls}>{content}</th>
                    : <td key={col.key} className={cls}>{content}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pagination
        ? <Pager page={pagination.page} pageCount={pagination.pageCount} onChange={pagination.onChange} hrefFor={pagination.hrefFor} />
        : pageSize ? <Pager page={page} pageCount={pageCount} onChange={setOwnPage} /> : null}
    </div>
  );
}
