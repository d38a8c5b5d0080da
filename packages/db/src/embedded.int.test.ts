// A new embedded data directory starts from the cluster template (made by postinstall) and keeps
// its data across restarts like any other cluster.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { clusterTemplatePath, ensureClusterTemplate, readClusterTemplate } from '../scripts/cluster-template.mjs';
import { startEmbeddedDatabase } from './embedded';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-embedded-'));
afterAll(() => { fs.rmSync(scratch, { recursive: true, force: true }); });

async function query(url: string, sql: string): Promise<unknown[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try { return (await c.query(sql)).rows; } finally { await c.end(); }
}

describe('embedded database: cluster template', () => {
  it('is keyed by the PGlite version and made once', async () => {
    expect(path.basename(clusterTemplatePath())).toMatch(/^pglite-\d+\.\d+\.\d+-cluster\.tar\.gz$/);
    await ensureClusterTemplate();
    expect((await ensureClusterTemplate()).created).toBe(false);
    expect(readClusterTemplate()!.size).toBeGreaterThan(1_000_000);
  }, 120_000);

  it('gives a new (or empty) data directory a working cluster that keeps its data across restarts', async () => {
    const dir = path.join(scratch, 'pgdata');
    fs.mkdirSync(dir);
    const first = await startEmbeddedDatabase(dir);
    expect(fs.existsSync(path.join(dir, 'PG_VERSION'))).toBe(true);
    await query(first.url, "CREATE TABLE t (v text); INSERT INTO t VALUES ('公开')");
    await first.stop();
    const again = await startEmbeddedDatabase(dir);
    try {
      expect(await query(again.url, 'SELECT v FROM t')).toEqual([{ v: '公开' }]);
    } finally {
      await again.stop();
    }
  }, 120_000);
});
