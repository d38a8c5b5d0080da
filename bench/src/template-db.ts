// Seeded benchmark databases cached as PostgreSQL templates, so that repeated runs skip seeding.
// A template is named `<prefix><digest>_<variant>`: the digest covers the migrations and the files
// that decide the seeded rows; templates of another digest are stale and dropped, as are clones of
// interrupted runs that nobody is connected to.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { listMigrations } from '@gongkai/db';
import { adminUrl, cloneServerDatabase, createTestDatabase, isServerAvailable, type TestDatabase } from '@gongkai/testing';

const LOCK = 727275;

export interface TemplateSpec {
  /** Name prefix of this kind of template, e.g. `gongkai_bench_`; no other kind's prefix may start with it. */
  prefix: string;
  /** Files whose change alters the seeded rows. */
  sources: string[];
  /** Distinguishes sizes of the same seed (kept side by side), e.g. the item count. */
  variant: string;
  /** Fills a freshly migrated database. */
  seed(url: string): Promise<void>;
}

export interface SeededDatabase extends TestDatabase { seedSeconds: number | null; template: string | null }

function digest(sources: string[]): string {
  const h = createHash('sha256');
  for (const m of listMigrations()) h.update(m.checksum);
  for (const f of sources) h.update(fs.readFileSync(f));
  return h.digest('hex').slice(0, 12);
}

/** Builds the template if it is missing (seeding under an advisory lock) and returns its name. */
async function ensureTemplate(admin: pg.Client, spec: TemplateSpec): Promise<{ template: string; seedSeconds: number | null }> {
  const current = `${spec.prefix}${digest(spec.sources)}_`;
  const template = `${current}${spec.variant}`;
  let seedSeconds: number | null = null;
  await admin.query('SELECT pg_advisory_lock($1)', [LOCK]);
  try {
    const stale = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database d WHERE left(datname, length($1)) = $1 AND datname <> $2
         AND (left(datname, length($3)) <> $3 OR NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname))`,
      [spec.prefix, template, current],
    );
    for (const { datname } of stale.rows) {
      if (datname.startsWith(current) && !datname.includes('_run_')) continue; // another variant
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (exists.rowCount === 0) {
      const fresh = await createTestDatabase();
      const building = new URL(fresh.url).pathname.slice(1);
      const t0 = performance.now();
      try {
        await spec.seed(fresh.url);
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
  return { template, seedSeconds };
}

/**
 * A fresh database seeded by `spec.seed`: a clone of the cached template on the PostgreSQL server
 * (`seedSeconds` null when the template already existed), or a seeded embedded database.
 */
export async function templateDatabase(spec: TemplateSpec): Promise<SeededDatabase> {
  if (!(await isServerAvailable())) {
    const d = await createTestDatabase();
    const t0 = performance.now();
    await spec.seed(d.url);
    return { ...d, seedSeconds: (performance.now() - t0) / 1000, template: null };
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { template, seedSeconds } = await ensureTemplate(admin, spec);
    const clone = await cloneServerDatabase(admin, template, `${template}_run_${randomBytes(3).toString('hex')}`);
    return { ...clone, seedSeconds, template };
  } finally {
    await admin.end();
  }
}
