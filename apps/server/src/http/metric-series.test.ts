// The server's own request metrics against prom-client's Histogram and Counter fed the same
// observations: the registry's text and JSON must be the same.
import { Counter, Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { SeriesCounter, SeriesHistogram } from './metric-series';

function registries() {
  const theirs = new Registry();
  const ours = new Registry();
  for (const r of [theirs, ours]) r.setDefaultLabels({ service: 'gongkai' });
  return { theirs, ours };
}

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const routes = ['/trpc/:path', '/api/v1/*', '(unmatched)', '/路径/"引号"\\反斜杠\n换行'];
const methods = ['GET', 'POST', 'HEAD'];
const statuses = ['200', '404', '500', '429'];

/** A fixed pseudo-random sequence, so that a failure can be reproduced. */
function sequence(n: number): number[] {
  let x = 20261126;
  return Array.from({ length: n }, () => { x = (x * 1103515245 + 12345) % 2 ** 31; return x / 2 ** 31; });
}

describe('SeriesHistogram', () => {
  it('exposes what prom-client\'s Histogram exposes for the same observations, bucket edges and label escaping included', async () => {
    const { theirs, ours } = registries();
    const labelNames = ['method', 'route', 'status_code'] as const;
    const help = 'HTTP request duration in seconds, by method, route pattern and status code';
    const a = new Histogram({ name: 'gongkai_http_request_duration_seconds', help, labelNames, buckets: BUCKETS, registers: [theirs] });
    const b = new SeriesHistogram({ name: 'gongkai_http_request_duration_seconds', help, labelNames, buckets: BUCKETS, registers: [ours] });
    const r = sequence(4000);
    for (let i = 0; i < 1000; i++) {
      const method = methods[Math.floor(r[i * 4]! * methods.length)]!;
      const route = routes[Math.floor(r[i * 4 + 1]! * routes.length)]!;
      const status = statuses[Math.floor(r[i * 4 + 2]! * statuses.length)]!;
      // Values on the bucket bounds themselves, above the last one, and in between.
      const value = i % 10 === 0 ? BUCKETS[i % BUCKETS.length]! : i % 17 === 0 ? 12 + i : r[i * 4 + 3]! * 3;
      a.observe({ method, route, status_code: status }, value);
      b.observe(method, route, status, value);
    }
    expect(await ours.metrics()).toBe(await theirs.metrics());
    expect(await ours.getMetricsAsJSON()).toEqual(await theirs.getMetricsAsJSON());
    ours.resetMetrics();
    theirs.resetMetrics();
    expect(await ours.metrics()).toBe(await theirs.metrics());
  });

  it('refuses a value that is not a finite number', () => {
    const h = new SeriesHistogram({ name: 'h', help: 'h', labelNames: ['a', 'b', 'c'], buckets: [1], registers: [] });
    expect(() => h.observe('x', 'y', 'z', Number.NaN)).toThrow(/not a valid number/);
  });
});

describe('SeriesCounter', () => {
  it('exposes what prom-client\'s Counter exposes for the same increments', async () => {
    const { theirs, ours } = registries();
    const labelNames = ['path', 'code', 'transport'] as const;
    const help = 'tRPC procedure calls by procedure path, result code (OK or the tRPC error code) and transport';
    const a = new Counter({ name: 'gongkai_trpc_procedure_calls_total', help, labelNames, registers: [theirs] });
    const b = new SeriesCounter({ name: 'gongkai_trpc_procedure_calls_total', help, labelNames, registers: [ours] });
    const paths = ['catalogue.item', 'auth.me', '(unknown)', 'a"b\\c'];
    const codes = ['OK', 'NOT_FOUND', 'BAD_REQUEST'];
    const r = sequence(900);
    for (let i = 0; i < 300; i++) {
      const path = paths[Math.floor(r[i * 3]! * paths.length)]!;
      const code = codes[Math.floor(r[i * 3 + 1]! * codes.length)]!;
      const transport = r[i * 3 + 2]! < 0.5 ? 'trpc' : 'rest';
      a.inc({ path, code, transport });
      b.inc(path, code, transport);
    }
    expect(await ours.metrics()).toBe(await theirs.metrics());
    expect(await ours.getMetricsAsJSON()).toEqual(await theirs.getMetricsAsJSON());
    expect(() => b.inc('x', 'y', 'z', -1)).toThrow();
  });
});
