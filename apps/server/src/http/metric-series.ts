// The two metrics the server updates on every request — the request-duration histogram and the
// procedure-call counter — as prom-client registry metrics of our own. prom-client's Histogram and
// Counter take a label object per observation, validate its keys and hash it into a string (a few
// microseconds and several objects per request under load); these find their series with three
// map lookups on the label values and allocate nothing once a series exists. At scrape time they
// hand the registry the same values prom-client's own metrics would, so /metrics reads the same
// (metric-series.test.ts compares the two texts).
import type { Metric, Registry } from 'prom-client';

type LabelNames = readonly [string, string, string];
type LabelValues = Record<string, string>;

/** Series found by three label values; listed in the order they were first seen, as prom-client lists them. */
class SeriesTable<S> {
  private readonly byFirst = new Map<string, Map<string, Map<string, S>>>();
  readonly all: { labels: LabelValues; series: S }[] = [];

  constructor(private readonly labelNames: LabelNames, private readonly make: () => S) {}

  get(a: string, b: string, c: string): S {
    let second = this.byFirst.get(a);
    if (!second) { second = new Map(); this.byFirst.set(a, second); }
    let third = second.get(b);
    if (!third) { third = new Map(); second.set(b, third); }
    let series = third.get(c);
    if (series === undefined) {
      series = this.make();
      third.set(c, series);
      const [x, y, z] = this.labelNames;
      this.all.push({ labels: { [x]: a, [y]: b, [z]: c }, series });
    }
    return series;
  }

  clear(): void {
    this.byFirst.clear();
    this.all.length = 0;
  }
}

interface MetricValue { labels: Record<string, string | number>; sharedLabels?: LabelValues; value: number; metricName?: string; exemplar?: null }
interface MetricObject { name: string; help: string; type: string; aggregator: string; values: MetricValue[] }

interface HistogramSeries { counts: number[]; sum: number; count: number }

export interface SeriesMetricOptions { name: string; help: string; labelNames: LabelNames; registers: Registry[] }

function register(metric: object, registers: Registry[]): void {
  for (const r of registers) r.registerMetric(metric as Metric);
}

/** A histogram with three labels: `observe(a, b, c, value)` in the order of `labelNames`. */
export class SeriesHistogram {
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  readonly name: string;
  readonly help: string;
  private readonly bounds: number[];
  private readonly table: SeriesTable<HistogramSeries>;

  constructor(o: SeriesMetricOptions & { buckets: number[] }) {
    this.name = o.name;
    this.help = o.help;
    this.bounds = [...o.buckets].sort((x, y) => x - y);
    const slots = this.bounds.length + 1; // the last one counts values above every bound
    this.table = new SeriesTable(o.labelNames, () => ({ counts: new Array<number>(slots).fill(0), sum: 0, count: 0 }));
    register(this, o.registers);
  }

  observe(a: string, b: string, c: string, value: number): void {
    if (!Number.isFinite(value)) throw new TypeError(`Value is not a valid number: ${value}`);
    const s = this.table.get(a, b, c);
    const bounds = this.bounds;
    let i = 0;
    while (i < bounds.length && value > bounds[i]!) i++;
    s.counts[i]!++;
    s.sum += value;
    s.count++;
  }

  /** What the registry's text exposition reads: series labels as shared labels, `le` on its own. */
  getForPromString(): Promise<MetricObject> {
    const values: MetricValue[] = [];
    const bucket = `${this.name}_bucket`;
    for (const { labels, series } of this.table.all) {
      let cumulative = 0;
      this.bounds.forEach((le, i) => {
        cumulative += series.counts[i]!;
        values.push({ labels: { le }, sharedLabels: labels, value: cumulative, metricName: bucket, exemplar: null });
      });
      values.push(
        { labels: { le: '+Inf' }, sharedLabels: labels, value: series.count, metricName: bucket, exemplar: null },
        { labels: {}, sharedLabels: labels, value: series.sum, metricName: `${this.name}_sum` },
        { labels: {}, sharedLabels: labels, value: series.count, metricName: `${this.name}_count` },
      );
    }
    return Promise.resolve({ name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values });
  }

  /** The same with each value's labels merged (the registry's JSON). */
  async get(): Promise<MetricObject> {
    const metric = await this.getForPromString();
    metric.values = metric.values.map(({ labels, sharedLabels, ...rest }) => ({ ...rest, labels: { ...labels, ...sharedLabels } }));
    return metric;
  }

  reset(): void { this.table.clear(); }
}

/** A counter with three labels: `inc(a, b, c)` in the order of `labelNames`. */
export class SeriesCounter {
  readonly type = 'counter';
  readonly aggregator = 'sum';
  readonly name: string;
  readonly help: string;
  private readonly table: SeriesTable<{ value: number }>;

  constructor(o: SeriesMetricOptions) {
    this.name = o.name;
    this.help = o.help;
    this.table = new SeriesTable(o.labelNames, () => ({ value: 0 }));
    register(this, o.registers);
  }

  inc(a: string, b: string, c: string, by = 1): void {
    if (!Number.isFinite(by) || by < 0) throw new Error('It is not possible to decrease a counter');
    this.table.get(a, b, c).value += by;
  }

  get(): Promise<MetricObject> {
    const values = this.table.all.map(({ labels, series }) => ({ labels, value: series.value }));
    return Promise.resolve({ name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values });
  }

  reset(): void { this.table.clear(); }
}
