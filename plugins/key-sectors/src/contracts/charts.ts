// Chart output: an Apache ECharts option (plain JSON, rendered by the web module) plus the same
// figures as a table, shown beside every chart for accessibility (WCAG 2.1 AA, GB/T 37668).

export type Cell = string | number | null;

export interface DataTable {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly Cell[])[];
}

export interface ChartOutput {
  /** An ECharts option object (JSON only: no functions), so it travels over tRPC and REST. */
  option: Record<string, unknown>;
  table: DataTable;
}

export interface SeriesSpec {
  name: string;
  data: readonly (number | null)[];
  /** Per-point colours (e.g. AQI level colours). */
  colors?: readonly (string | null)[];
  stack?: string;
}

interface AxisChartSpec {
  title: string;
  categories: readonly string[];
  series: readonly SeriesSpec[];
  /** Unit shown on the value axis and in the table header (万元, µg/m³). */
  unit?: string;
  /** First column header of the table. */
  categoryLabel: string;
  /** Horizontal marker lines (AQI level boundaries). */
  markLines?: readonly { value: number; label: string }[];
}

function table(spec: AxisChartSpec): DataTable {
  const unit = spec.unit ? `（${spec.unit}）` : '';
  return {
    caption: spec.title,
    columns: [spec.categoryLabel, ...spec.series.map((s) => `${s.name}${unit}`)],
    rows: spec.categories.map((c, i) => [c, ...spec.series.map((s) => s.data[i] ?? null)]),
  };
}

function axisChart(kind: 'bar' | 'line', spec: AxisChartSpec): ChartOutput {
  const option = {
    title: { text: spec.title, left: 'center', textStyle: { fontSize: 14 } },
    aria: { enabled: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 28, data: spec.series.map((s) => s.name) },
    grid: { top: 64, left: 56, right: 24, bottom: 48 },
    xAxis: { type: 'category', data: [...spec.categories] },
    yAxis: { type: 'value', name: spec.unit ?? '' },
    series: spec.series.map((s, i) => ({
      name: s.name,
      type: kind,
      ...(s.stack ? { stack: s.stack } : {}),
      data: s.data.map((v, j) => (s.colors?.[j] ? { value: v, itemStyle: { color: s.colors[j] } } : v)),
      ...(i === 0 && spec.markLines?.length
        ? { markLine: { symbol: 'none', silent: true, data: spec.markLines.map((m) => ({ yAxis: m.value, name: m.label, label: { formatter: m.label } })) } }
        : {}),
    })),
  };
  return { option, table: table(spec) };
}

export const barChart = (spec: AxisChartSpec): ChartOutput => axisChart('bar', spec);
export const lineChart = (spec: AxisChartSpec): ChartOutput => axisChart('line', spec);

/** A pie chart of shares (share of 较大 accidents with published reports, structure of spending). */
export function pieChart(spec: { title: string; unit?: string; categoryLabel: string; valueLabel: string; items: readonly { name: string; value: number; color?: string }[] }): ChartOutput {
  const unit = spec.unit ? `（${spec.unit}）` : '';
  return {
    option: {
      title: { text: spec.title, left: 'center', textStyle: { fontSize: 14 } },
      aria: { enabled: true },
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [{ type: 'pie', radius: '60%', data: spec.items.map((i) => ({ name: i.name, value: i.value, ...(i.color ? { itemStyle: { color: i.color } } : {}) })) }],
    },
    table: { caption: spec.title, columns: [spec.categoryLabel, `${spec.valueLabel}${unit}`], rows: spec.items.map((i) => [i.name, i.value]) },
  };
}
