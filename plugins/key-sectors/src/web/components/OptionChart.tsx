// Renders a sector chart: the ECharts option built on the server (level colours, reference lines)
// and, always, the same figures as a table (WCAG 2.1 AA, GB/T 37668). ECharts loads on demand.
import { useEffect, useId, useRef, useState } from 'react';
import { DataTable, type Column } from '@gongkai/ui';

export interface ChartTable { caption: string; columns: string[]; rows: (string | number | null)[][] }

interface EChartsLike { setOption(o: unknown, notMerge?: boolean): void; resize(): void; dispose(): void }

export function OptionChart({ option, table, height = 320 }: { option: Record<string, unknown>; table: ChartTable; height?: number }) {
  const el = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const id = useId();
  const key = JSON.stringify(option);
  useEffect(() => {
    let chart: EChartsLike | null = null;
    let observer: ResizeObserver | null = null;
    let cancelled = false;
    import('./echarts').then(({ echarts }) => {
      if (cancelled || !el.current) return;
      chart = echarts.init(el.current, null, { renderer: 'svg', height }) as unknown as EChartsLike;
      chart.setOption({ animation: false, textStyle: { fontFamily: 'system-ui, sans-serif' }, ...option }, true);
      if (typeof ResizeObserver !== 'undefined') { observer = new ResizeObserver(() => chart?.resize()); observer.observe(el.current); }
    }).catch(() => { if (!cancelled) setFailed(true); });
    return () => { cancelled = true; observer?.disconnect(); chart?.dispose(); };
  }, [key, height]);
  type Row = { i: number; cells: (string | number | null)[] };
  const rows: Row[] = table.rows.map((cells, i) => ({ i, cells }));
  const columns: Column<Row>[] = table.columns.map((header, j) => ({
    key: `c${j}`, header, rowHeader: j === 0, align: j === 0 ? 'start' : 'end',
    render: (r: Row) => (r.cells[j] === null || r.cells[j] === undefined ? '—' : String(r.cells[j])),
  }));
  return (
    <figure className="gk-chart">
      <figcaption id={id} className="gk-chart-title">{table.caption}</figcaption>
      <div ref={el} className="gk-chart-canvas" style={{ height }} role="img" aria-label={`${table.caption}（图表，数据见下表）`}>
        {failed ? <p className="gk-chart-fallback">图表未能加载，请查看数据表。</p> : null}
      </div>
      <DataTable caption={`${table.caption}：数据表`} columns={columns} rows={rows} rowKey={(r) => String(r.i)} pageSize={rows.length > 48 ? 24 : undefined} />
    </figure>
  );
}
