// gongkai migrate | seed [--townships]
import type { ServerConfig } from '../../config';
import { createLogger } from '../../runtime/logger';
import { prepareDatabase } from '../../runtime/prepare-database';
import { withDatabase } from '../with-database';

export async function migrateCommand(config: ServerConfig, o: { seed: boolean; townships: boolean }): Promise<void> {
  const logger = createLogger(process.env.LOG_LEVEL || 'warn');
  await withDatabase(config, logger, async (db, database) => {
    const r = await prepareDatabase({ url: database.url, db, logger, townships: o.townships, seed: o.seed });
    console.log(r.migrationsApplied.length
      ? `已应用 ${r.migrationsApplied.length} 个迁移 / applied ${r.migrationsApplied.length} migration(s):\n  ${r.migrationsApplied.join('\n  ')}`
      : '数据库结构已是最新 / the database schema is up to date');
    if (o.seed) console.log(`新增行政区划 ${r.divisionsInserted} 个 / inserted ${r.divisionsInserted} division(s)${o.townships ? '（含乡级 / with townships）' : ''}`);
  });
}
