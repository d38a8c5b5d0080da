import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from './generated/prisma/client';

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends' | '$use'>;

export interface DbOptions {
  /** Maximum pool size; the embedded database serves one connection at a time, so keep it small there. */
  max?: number;
}

const pools = new WeakMap<Db, pg.Pool>();

/** One Prisma client over a `pg` pool (the only database path, on a server or on the embedded database). */
export function createDb(url: string, options: DbOptions = {}): Db {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  const db = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(db, pool);
  return db;
}

/** The `pg` pool under a client made by `createDb` (for `sqlReader`). */
export function poolOf(db: Db): pg.Pool {
  const pool = pools.get(db);
  if (!pool) throw new Error('poolOf: this client was not made by createDb');
  return pool;
}
