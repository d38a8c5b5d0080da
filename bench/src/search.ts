// Catalogue search latency through tRPC: cold (the service's count and facet caches cleared before
// every query, as for a query nobody asked in the last 30 s) and cached (the same queries again).
import os from 'node:os';
import type { benchPlatform } from './platform';
import { fmt, report, summarise } from './stats';

type Platform = Awaited<ReturnType<typeof benchPlatform>>;

/** Queries by length; each set mixes rare and broad terms (市 matches about a third of the items). */
export const SEARCH_QUERIES: Record<string, string[]> = {
  '1 character': ['税', '热', '地', '费', '市'],
  '2 characters': ['供热', '预算', '征地', '肇东', '公开'],
  '4 characters': ['营商环境', '三公经费', '安全生产', '医疗保险', '黑土保护'],
};

const TARGET_MS = 50;

export async function benchSearch(p: Platform, items: number, rounds = 20): Promise<Record<string, { cold: number; cached: number }>> {
  const caller = p.anonymous();
  const run = async (q: string) => {
    const s = performance.now();
    await caller.catalogue.search({ q, pageSize: 20 });
    return performance.now() - s;
  };
  // Warm the process (segmenter dictionary, prepared plans, shared buffers) once.
  for (const qs of Object.values(SEARCH_QUERIES)) for (const q of qs) await run(q);
  const rows: Record<string, string> = {};
  const out: Record<string, { cold: number; cached: number }> = {};
  for (const [label, qs] of Object.entries(SEARCH_QUERIES)) {
    const cold: number[] = [];
    const cached: number[] = [];
    for (let i = 0; i < rounds; i++) {
      for (const q of qs) {
        p.kernel.catalogue.clearCaches();
        cold.push(await run(q));
        cached.push(await run(q));
      }
    }
    const c = summarise(cold);
    const w = summarise(cached);
    out[label] = { cold: c.p95, cached: w.p95 };
    const ok = (ms: number) => (ms <= TARGET_MS ? 'ok' : 'OVER');
    rows[`${label} cold (n=${c.n})`] = `p50 ${fmt(c.p50)}  p95 ${fmt(c.p95)}  max ${fmt(c.max)}  ${ok(c.p95)}`;
    rows[`${label} cached (n=${w.n})`] = `p50 ${fmt(w.p50)}  p95 ${fmt(w.p95)}  max ${fmt(w.max)}  ${ok(w.p95)}`;
  }
  rows['load average (1/5/15 min)'] = os.loadavg().map((x) => x.toFixed(2)).join(' / ');
  report(`Catalogue search through tRPC on ${items.toLocaleString()} items (first page of 20 with total; target p95 ≤ ${TARGET_MS} ms)`, rows);
  return out;
}
