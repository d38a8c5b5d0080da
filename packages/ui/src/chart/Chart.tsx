// A chart that always comes with its data as a table (WCAG 1.1.1 / GB/T 37668): the chart is a
// picture for sighted readers; the table is the accessible, copyable source of truth. ECharts is
// loaded on demand so pages without charts never download it.
import { useEffect, useId, useRef, useState } from 'react';
import { DataTable, type Column } from '../table/DataTable';
import { buildChartOption, type ChartData } from './chart-options';

export interface ChartProps extends ChartData {
  /** Heading of the figure and caption of its data table. */
  title: string;
  /** One sentence that states the main finding, read before the data. */
  summary?: string;
  /** Header of the category column in the data table (default 类别). */
  categoryLabel?: string;
  height?: number;
  /** 'below' (default) or 'beside' the chart on wide screens. */
  tableLayout?: 'below' | 'beside';
}

interface EChartsLike { setOption(o: unknown, notMerge?: boolean): void; resize(): void; dispose(): void }

type Row = { category: string; values: (number | null)[] };

export function Chart({ title, summary, categoryLabel = '类别', height = 320, tableLayout = 'below', ...data }: ChartProps) {
  const el = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const summaryId = useId();
  const option = buildChartOption(data);
  const optionKey = JSON.stringify({ k: data.kind, c: data.categories, s: data.series, u: data.unit });

  useEffect(() => {
    let chart: EChartsLike | null = null;
    let observer: ResizeObserver | null = null;
    let cancelled = false;
    import('./echarts-setup').then(({ echarts }) => {
      if (cancelled || !el.current) return;
      chart = echarts.init(el.current, null, { renderer: 'svg', width: el.current.clientWidth || undefined, height }) as unknown as EChartsLike;
      chart.setOption(option, true);
      if (typeof ResizeObserver !== 'undefined') {
        observer = new ResizeObserver(() => chart?.resize());
        observer.observe(el.current);
      }
    }).catch(() => { if (!cancelled) setFailed(true); });
    return () => { cancelled = true; observer?.disconnect(); chart?.dispose(); };
    // optionKey captures every input of `option`.
  }, [optionKey, height]);

  const rows: Row[] = data.categories.map((category, i) => ({ category, values: data.series.map((s) => s.data[i] ?? null) }));
  const unit = data.unit ? `（${data.unit}）` : '';
  const columns: Column<Row>[] = [
    { key: 'category', header: categoryLabel, rowHeader: true, render: (r) => r.category },
    ...data.series.map((s, j) => ({ key: `s${j}`, header: `${s.name}${unit}`, align: 'end' as const, render: (r: Row) => (r.values[j] === null ? '—' : String(r.values[j])) })),
  ];

  return (
    <figure className={`gk-chart gk-chart-${tableLayout}`}>
      <figcaption className="gk-chart-title">{title}</figcaption>
      {summary ? <p id={summaryId} className="gk-chart-summary">{summary}</p> : null}
      <div className="gk-chart-body">
        <div ref={el} className="gk-chart-canvas" style={{ height }} role="img"
          aria-label={`${title}（图表，数据见${tableLayout === 'beside' ? '旁' : '下'}表）`} aria-describedby={summary ? summaryId : undefined}>
          {failed ? <p className="gk-chart-fallback">图表未能加载，请查看数据表。</p> : null}
        </div>
        <DataTable caption={`${title}：数据表`} columns={columns} rows={rows} rowKey={(r) => r.category} />
      </div>
    </figure>
  );
}
