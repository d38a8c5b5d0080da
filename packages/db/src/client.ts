import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends' | '$use'>;

export interface DbOptions {
  /** Maximum pool size; the embedded database serves one connection at a time, so keep it small there. */
  max?: number;
}

/** One Prisma client over `pg` (the only database path, on a server or on the embedded database). */
export function createDb(url: string, options: DbOptions = {}): Db {
  const adapter = new PrismaPg({ connectionString: url, max: options.max ?? 10 });
  return new PrismaClient({ adapter });
}
