// A database with `items` seeded catalogue items, cloned from a cached template so that repeated
// runs skip seeding. The template's name carries a digest of the migrations and of the files that
// decide the seeded rows and their tokens, plus the item count; stale templates are dropped.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createDb, listMigrations, seedDivisions } from '@gongkai/db';
import { seedCatalogueForBench } from '@gongkai/kernel';
import { createTestDatabase, isServerAvailable, type TestDatabase } from '@gongkai/testing';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Sources whose change alters the seeded rows (segmentation, filter tokens, the seed itself). */
const SEED_SOURCES = ['bench-seed.ts', 'segment.ts', 'filter-tokens.ts', 'index-no.ts'].map((f) => path.join(root, 'packages/kernel/src/catalogue', f));
const PREFIX = 'gongkai_bench_';
const LOCK = 727275;

const user = encodeURIComponent(process.env.PGUSER || process.env.USER || 'root');
const adminUrl = process.env.TEST_PG_URL ?? `postgresql://${user}@127.0.0.1:5432/postgres`;

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

function digest(): string {
  const h = createHash('sha256');
  for (const m of listMigrations()) h.update(m.checksum);
  for (const f of SEED_SOURCES) h.update(fs.readFileSync(f));
  return h.digest('hex').slice(0, 12);
}

async function seedInto(url: string, items: number): Promise<void> {
  const db = createDb(url, { max: 2 });
  try {
    await seedDivisions(db);
    await seedCatalogueForBench(db, items);
    // Merge the GIN pending list and set the visibility map, as a long-running catalogue would have.
    await db.$executeRawUnsafe('VACUUM ANALYZE kernel_catalogue_item');
  } finally {
    await db.$disconnect();
  }
}

export interface SeededDatabase extends TestDatabase { seedSeconds: number | null; template: string | null }

/**
 * A fresh database holding the Heilongjiang divisions and `items` published catalogue items
 * (VACUUM ANALYZE done). `seedSeconds` is null when a cached template was cloned.
 */
export async function seededDatabase(items: number): Promise<SeededDatabase> {
  if (!(await isServerAvailable())) {
    const d = await createTestDatabase();
    const t0 = performance.now();
    await seedInto(d.url, items);
    return { ...d, seedSeconds: (performance.now() - t0) / 1000, template: null };
  }
  const current = `${PREFIX}${digest()}_`;
  const template = `${current}${items}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  let seedSeconds: number | null = null;
  try {
    await admin.query('SELECT pg_advisory_lock($1)', [LOCK]);
    try {
      // Templates of other digests are stale; clones nobody is connected to are leftovers of interrupted runs.
      const stale = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database d WHERE datname LIKE '${PREFIX}%' AND datname <> ALL($1::text[])
           AND (datname NOT LIKE $2 OR NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname))`,
        [[template], `${current}%`],
      );
      for (const { datname } of stale.rows) {
        if (datname.startsWith(current) && !datname.includes('_run_')) continue; // another item count
        await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (exists.rowCount === 0) {
        const fresh = await createTestDatabase();
        const building = new URL(fresh.url).pathname.slice(1);
        const t0 = performance.now();
        try {
          await seedInto(fresh.url, items);
        } catch (err) {
          await fresh.drop();
          throw err;
        }
        seedSeconds = (performance.now() - t0) / 1000;
        await admin.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
      }
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1)', [LOCK]);
    }
    const name = `${template}_run_${randomBytes(3).toString('hex')}`;
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    return {
      url: withDatabase(adminUrl, name), kind: 'server', seedSeconds, template,
      async drop() {
        const c = new pg.Client({ connectionString: adminUrl });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      },
    };
  } finally {
    await admin.end();
  }
}
