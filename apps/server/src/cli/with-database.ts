// For one-shot commands: the configured database (or the embedded one, shared with a running
// server when there is one), a Prisma client on it, and cleanup afterwards.
import { createDb, type Db } from '@gongkai/db';
import type { Logger } from 'pino';
import type { ServerConfig } from '../config';
import { openDatabase, type DatabaseHandle } from '../runtime/database';

export async function withDatabase<T>(config: ServerConfig, logger: Logger, fn: (db: Db, database: DatabaseHandle) => Promise<T>): Promise<T> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.kernel.dataDir, logger, shareRunning: true });
  const db = createDb(database.url, { max: 2 });
  try {
    return await fn(db, database);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}
