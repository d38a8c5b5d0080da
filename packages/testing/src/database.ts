// A real database per test file: a clone of a migrated template database on the PostgreSQL server
// at TEST_PG_URL (default: the local server), or an embedded PGlite database when no server answers.
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { listMigrations, migrate, startEmbeddedDatabase } from '@gongkai/db';

export interface TestDatabase { url: string; kind: 'server' | 'embedded'; drop(): Promise<void> }

// Name the user explicitly: `pg` takes it from $USER, which is empty in some shells and CI runners.
const defaultUser = encodeURIComponent(process.env.PGUSER || process.env.USER || 'root');
/** The maintenance database of the test server (TEST_PG_URL), through which databases are made. */
export const adminUrl = process.env.TEST_PG_URL ?? `postgresql://${defaultUser}@127.0.0.1:5432/postgres`;

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

let serverAvailable: Promise<boolean> | undefined;
export function isServerAvailable(): Promise<boolean> {
  serverAvailable ??= (async () => {
    if (process.env.TEST_EMBEDDED === '1') return false;
    const c = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 1500 });
    try { await c.connect(); await c.end(); return true; } catch (err) {
      // Visible, so that a misconfigured server is never mistaken for "no server".
      console.warn(`[gongkai testing] PostgreSQL at ${adminUrl.replace(/\/\/[^@]*@/, '//')} did not answer (${(err as Error).message}); using the embedded database.`);
      return false;
    }
  })();
  return serverAvailable;
}

async function ensureTemplate(admin: pg.Client): Promise<string> {
  const digest = createHash('sha256').update(listMigrations().map((m) => m.checksum).join()).digest('hex').slice(0, 16);
  const name = `gongkai_tpl_${digest}`;
  await admin.query('SELECT pg_advisory_lock(727274)');
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      const building = `${name}_build_${randomBytes(3).toString('hex')}`;
      await admin.query(`CREATE DATABASE "${building}"`);
      await migrate(withDatabase(adminUrl, building));
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock(727274)');
  }
  return name;
}

/**
 * A new database `name` on the server, copied from `template` (through the connected `admin`
 * client); `drop()` removes it even while connections remain.
 */
export async function cloneServerDatabase(admin: pg.Client, template: string, name: string): Promise<TestDatabase> {
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  return {
    url: withDatabase(adminUrl, name),
    kind: 'server',
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/** A fresh, migrated database. Call `drop()` in afterAll. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (await isServerAvailable()) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      const template = await ensureTemplate(admin);
      return await cloneServerDatabase(admin, template, `gongkai_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`);
    } finally {
      await admin.end();
    }
  }
  const embedded = await startEmbeddedDatabase('memory://');
  await migrate(embedded.url);
  return { url: embedded.url, kind: 'embedded', drop: () => embedded.stop() };
}
