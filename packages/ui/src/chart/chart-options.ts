// Builds the ECharts option for the simple chart kinds the platform needs.
export type ChartKind = 'bar' | 'line' | 'pie';

export interface ChartSeries { name: string; data: (number | null)[] }

export interface ChartData {
  kind: ChartKind;
  categories: string[];
  series: ChartSeries[];
  unit?: string;
}

/** Colours with ≥ 3:1 contrast against white (WCAG 1.4.11), distinguishable in grey. */
export const chartPalette = ['#1d5fa8', '#b3261e', '#2e7d32', '#8a4b00', '#6a3d9a', '#00695c', '#5d4037', '#c2185b'];

function allIntegers(d: ChartData): boolean {
  return d.series.every((s) => s.data.every((v) => v === null || Number.isInteger(v)));
}

export function buildChartOption(d: ChartData): Record<string, unknown> {
  const unit = d.unit ?? '';
  const base = {
    color: chartPalette,
    animation: false,
    textStyle: { fontFamily: 'system-ui, sans-serif', fontSize: 13 },
    // Decal patterns so series differ without colour; the data table below carries the values.
    aria: { enabled: true, label: { enabled: false }, decal: { show: true } },
    tooltip: { trigger: d.kind === 'pie' ? 'item' : 'axis', valueFormatter: (v: unknown) => (v === null || v === undefined ? '—' : `${String(v)}${unit}`) },
    legend: { show: d.series.length > 1 || d.kind === 'pie', bottom: 0, type: 'scroll' },
  };
  if (d.kind === 'pie') {
    const s = d.series[0];
    return {
      ...base,
      series: [{ type: 'pie', name: s?.name ?? '', radius: ['30%', '65%'], data: d.categories.map((c, i) => ({ name: c, value: s?.data[i] ?? 0 })), label: { formatter: '{b}：{d}%' } }],
    };
  }
  return {
    ...base,
    grid: { left: 8, right: 16, top: 24, bottom: d.series.length > 1 ? 40 : 16, containLabel: true },
    xAxis: { type: 'category', data: d.categories, axisLabel: { interval: 0, hideOverlap: true } },
    // Counts never get fractional ticks.
    yAxis: { type: 'value', name: unit || undefined, ...(allIntegers(d) ? { minInterval: 1 } : {}) },
    series: d.series.map((s) => ({ type: d.kind, name: s.name, data: s.data, ...(d.kind === 'line' ? { symbolSize: 6 } : { barMaxWidth: 48 }) })),
  };
}
