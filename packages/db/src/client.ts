import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from './generated/prisma/client';
import { connectionSlot, registerRootSql, shareTransactionConnections } from './transaction';

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends' | '$use'>;

export interface DbOptions {
  /** Maximum pool size; the embedded database serves one connection at a time, so keep it small there. */
  max?: number;
}


/**
 * The `pg` adapter, telling the transaction wrapper (transaction.ts) which pool connection Prisma
 * took for the transaction it starts, so prepared statements can run on that same connection.
 */
class ConnectionSharingPg extends PrismaPg {
  override async connect(): Promise<Awaited<ReturnType<PrismaPg['connect']>>> {
    const adapter = await super.connect();
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const tx = await start(isolationLevel);
      const slot = connectionSlot.getStore();
      if (slot && slot.client === null) {
        const client = (tx as unknown as { client?: pg.PoolClient }).client;
        if (!(client instanceof pg.Client)) throw new Error('@prisma/adapter-pg no longer exposes the transaction connection (PgTransaction.client)');
        slot.client = client as pg.PoolClient;
      }
      return tx;
    };
    return adapter;
  }
}

/** One Prisma client over a `pg` pool (the only database path, on a server or on the embedded database). */
export function createDb(url: string, options: DbOptions = {}): Db {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  const db = new PrismaClient({ adapter: new ConnectionSharingPg(pool, { disposeExternalPool: true }) });
  shareTransactionConnections(db);
  registerRootSql(db, pool);
  return db;
}
