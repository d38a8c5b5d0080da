// What /readyz checks: the database answers, every migration of this build is applied, and the
// jobs backend answers.
import { listMigrations, type Db } from '@gongkai/db';
import type { ReadinessCheck } from '../http/health';
import type { JobsRuntime } from './jobs';

export function readinessChecks(db: Db, jobs: Pick<JobsRuntime, 'kind' | 'ping'>): ReadinessCheck[] {
  const expected = listMigrations().map((m) => m.name);
  return [
    { name: 'database', check: async () => { await db.$queryRawUnsafe('SELECT 1'); } },
    {
      name: 'migrations',
      async check() {
        const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
          'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL');
        const applied = new Set(rows.map((r) => r.migration_name));
        const missing = expected.filter((n) => !applied.has(n));
        return missing.length ? `未应用的迁移：${missing.join(', ')}` : undefined;
      },
    },
    { name: 'jobs', check: () => jobs.ping() },
  ];
}
