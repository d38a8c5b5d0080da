// Brings a database up to date before a process uses it: migrations, then the division seed.
// Several processes may start at once against one PostgreSQL (API and workers), so the work is
// serialised by a session-level advisory lock.
import { migrate, seedDivisions, type Db } from '@gongkai/db';
import pg from 'pg';
import type { Logger } from 'pino';

const BOOTSTRAP_LOCK = 7_270_100;

export interface PrepareOptions { url: string; db: Db; logger: Logger; townships: boolean; seed?: boolean }

export async function prepareDatabase(o: PrepareOptions): Promise<{ migrationsApplied: string[]; divisionsInserted: number }> {
  const lock = new pg.Client({ connectionString: o.url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [BOOTSTRAP_LOCK]);
    const m = await migrate(o.url);
    if (m.applied.length) o.logger.info({ applied: m.applied }, `applied ${m.applied.length} migration(s)`);
    else o.logger.info({ alreadyApplied: m.alreadyApplied }, 'database schema is up to date');
    let divisionsInserted = 0;
    if (o.seed !== false) {
      const s = await seedDivisions(o.db, { townships: o.townships });
      divisionsInserted = s.inserted;
      if (s.inserted) o.logger.info({ inserted: s.inserted, total: s.total }, 'seeded divisions');
    }
    return { migrationsApplied: m.applied, divisionsInserted };
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [BOOTSTRAP_LOCK]).catch(() => undefined);
    await lock.end();
  }
}
