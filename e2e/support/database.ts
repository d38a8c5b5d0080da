// A fresh, empty PostgreSQL database for one e2e run. The platform then migrates and seeds it
// itself, exactly as `pnpm start` does with DATABASE_URL set. (Cloning the unit tests' migrated
// template is slower here: it waits behind every concurrent test file's template lock.) Without a
// reachable server (or with TEST_EMBEDDED=1) there is no URL: the platform then starts its own
// embedded database in its data folder, exactly as `pnpm start` does without DATABASE_URL.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';

/** The maintenance connection; the user defaults to the OS account even when $USER is unset. */
function adminUrl(): URL {
  const u = new URL(process.env.TEST_PG_URL ?? 'postgresql://127.0.0.1:5432/postgres');
  if (!u.username) u.username = process.env.PGUSER || process.env.USER || os.userInfo().username;
  return u;
}

async function serverAnswers(config: pg.ClientConfig): Promise<boolean> {
  if (process.env.TEST_EMBEDDED === '1') return false;
  const c = new pg.Client({ ...config, connectionTimeoutMillis: 1500 });
  try { await c.connect(); await c.end(); return true; } catch { return false; }
}

export interface E2eDatabase { kind: 'server' | 'embedded'; url: string | null; drop(): Promise<void> }

export async function createE2eDatabase(): Promise<E2eDatabase> {
  const config: pg.ClientConfig = { connectionString: adminUrl().toString() };
  if (!(await serverAnswers(config))) return { kind: 'embedded', url: null, drop: async () => undefined };
  const name = `gongkai_e2e_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client(config);
  await admin.connect();
  try { await admin.query(`CREATE DATABASE "${name}"`); } finally { await admin.end(); }
  const u = adminUrl();
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    kind: 'server',
    async drop() {
      const c = new pg.Client(config);
      await c.connect();
      try { await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`); } finally { await c.end(); }
    },
  };
}
