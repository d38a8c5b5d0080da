// A short-lived cache of search counts and facets. Broad queries (the portal's first page,
// one-character queries) touch much of the catalogue; their counts may lag by at most `ttlMs` in
// other processes, and not at all in the process that published or withdrew (it clears the cache).
export class QueryCache<V> {
  private readonly entries = new Map<string, { at: number; value: Promise<V> }>();

  constructor(private readonly ttlMs = 30_000, private readonly max = 500) {}

  get(key: string, compute: () => Promise<V>): Promise<V> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    const value = compute();
    this.entries.set(key, { at: now, value });
    value.catch(() => this.entries.delete(key));
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  clear(): void { this.entries.clear(); }
}
