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

/** Facet queries the portal sends next to a search (the sidebar counts). */
export const FACET_QUERIES: { label: string; input: { q: string; divisionCode?: string; topicCode?: string } }[] = [
  { label: 'everything', input: { q: '' } },
  { label: 'division 2301', input: { q: '', divisionCode: '2301' } },
  { label: 'topic 05', input: { q: '', topicCode: '05' } },
  { label: '“供热” (5% of items)', input: { q: '供热' } },
  { label: '“营商环境” (5%)', input: { q: '营商环境' } },
  { label: '“市” (31%)', input: { q: '市' } },
];

/** Facet latency, cold (caches cleared) and cached; informational (the issue sets no target). */
export async function benchFacets(p: Platform, items: number, rounds = 5): Promise<void> {
  const caller = p.anonymous();
  const run = async (input: (typeof FACET_QUERIES)[number]['input']) => {
    const s = performance.now();
    await caller.catalogue.facets(input);
    return performance.now() - s;
  };
  const rows: Record<string, string> = {};
  for (const { label, input } of FACET_QUERIES) {
    const cold: number[] = [];
    const cached: number[] = [];
    for (let i = 0; i < rounds; i++) {
      p.kernel.catalogue.clearCaches();
      cold.push(await run(input));
      cached.push(await run(input));
    }
    const c = summarise(cold);
    const w = summarise(cached);
    rows[label] = `cold p50 ${fmt(c.p50)}  max ${fmt(c.max)}   cached p50 ${fmt(w.p50)}`;
  }
  rows['load average (1/5/15 min)'] = os.loadavg().map((x) => x.toFixed(2)).join(' / ');
  report(`Catalogue facets through tRPC on ${items.toLocaleString()} items (n=${rounds} each; cached 30 s per process)`, rows);
}
