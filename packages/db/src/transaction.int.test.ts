// `sqlOf(tx)`: Prisma's transaction client and prepared statements share one connection and one
// fate (commit together, roll back together), on the server and on the embedded database.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from './client';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded';
import { connectionSlot, sqlOf, type TxSql } from './transaction';

const adminUrl = (() => {
  const u = new URL(process.env.TEST_PG_URL ?? 'postgresql://127.0.0.1:5432/postgres');
  if (!u.username) u.username = process.env.PGUSER || process.env.USER || os.userInfo().username;
  return u;
})();

async function serverUrl(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const admin = new pg.Client({ connectionString: adminUrl.toString(), connectionTimeoutMillis: 1500 });
  try { await admin.connect(); } catch { return null; }
  const name = `gongkai_txsql_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl.toString());
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: async () => { await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`); await admin.end(); } };
}

const insert = { name: 'test_tx_insert', text: 'INSERT INTO t (v) VALUES ($1)' };
const count = { name: 'test_tx_count', text: 'SELECT count(*)::int AS n FROM t' };
const backend = { name: 'test_tx_backend', text: 'SELECT pg_backend_pid() AS pid, txid_current_if_assigned()::text AS xid' };

function suite(label: string, open: () => Promise<{ url: string; close: () => Promise<void> }>) {
  describe(`sqlOf(tx) on ${label}`, () => {
    let db: Db;
    let close: () => Promise<void>;
    beforeAll(async () => {
      const d = await open();
      close = d.close;
      db = createDb(d.url, { max: 3 });
      await db.$executeRawUnsafe('CREATE TABLE t (v text NOT NULL)');
    }, 60_000);
    afterAll(async () => { await db?.$disconnect(); await close?.(); });

    it('runs prepared statements on the transaction connection: they see Prisma writes and share its transaction id', async () => {
      await db.$executeRawUnsafe('TRUNCATE t');
      const seen = await db.$transaction(async (tx) => {
        const sql = sqlOf(tx);
        await tx.$executeRawUnsafe(`INSERT INTO t (v) VALUES ('prisma')`);
        const [prismaSide] = await tx.$queryRawUnsafe<{ pid: number; xid: string }[]>('SELECT pg_backend_pid() AS pid, txid_current_if_assigned()::text AS xid');
        await sql.exec(insert, ['prepared']);
        const [sqlSide] = await sql.rows<{ pid: number; xid: string }>(backend, []);
        return { prismaSide, sqlSide, n: (await sql.rows<{ n: number }>(count, []))[0]!.n };
      });
      expect(seen.n).toBe(2);
      expect(seen.sqlSide!.pid).toBe(seen.prismaSide!.pid);
      expect(seen.sqlSide!.xid).toBe(seen.prismaSide!.xid);
      expect(seen.sqlSide!.xid).not.toBeNull();
      expect(Number((await db.$queryRawUnsafe<{ n: bigint }[]>('SELECT count(*) AS n FROM t'))[0]!.n)).toBe(2);
    });

    it('rolls both back when the callback throws, and when a prepared statement fails', async () => {
      await db.$executeRawUnsafe('TRUNCATE t');
      await expect(db.$transaction(async (tx) => {
        const sql = sqlOf(tx);
        await tx.$executeRawUnsafe(`INSERT INTO t (v) VALUES ('prisma')`);
        await sql.exec(insert, ['prepared']);
        throw new Error('handler failed');
      })).rejects.toThrow('handler failed');
      await expect(db.$transaction(async (tx) => {
        const sql = sqlOf(tx);
        await sql.exec(insert, ['prepared']);
        await sql.exec(insert, [null]); // NOT NULL violation
      })).rejects.toThrow(/null value/);
      expect(Number((await db.$queryRawUnsafe<{ n: bigint }[]>('SELECT count(*) AS n FROM t'))[0]!.n)).toBe(0);
    });

    it('keeps concurrent transactions on their own connections', async () => {
      await db.$executeRawUnsafe('TRUNCATE t');
      const pids = await Promise.all(Array.from({ length: 3 }, (_, i) => db.$transaction(async (tx) => {
        const sql = sqlOf(tx);
        await sql.exec(insert, [`c${i}`]);
        const [own] = await sql.rows<{ pid: number }>(backend, []);
        const [viaPrisma] = await tx.$queryRawUnsafe<{ pid: number }[]>('SELECT pg_backend_pid() AS pid');
        return [own!.pid, viaPrisma!.pid];
      })));
      for (const [own, viaPrisma] of pids) expect(own).toBe(viaPrisma);
      expect(Number((await db.$queryRawUnsafe<{ n: bigint }[]>('SELECT count(*) AS n FROM t'))[0]!.n)).toBe(3);
    });

    it('keeps the connection slot (and with it Node\'s promise hooks) on only while transactions are starting', async () => {
      // Ten transactions on a pool of three: some start while others run, so the slot is switched
      // off and on again while statements are in flight; every one must still find its connection.
      const seen = await Promise.all(Array.from({ length: 10 }, () => db.$transaction(async (tx) => {
        const [own] = await sqlOf(tx).rows<{ pid: number }>(backend, []);
        const [viaPrisma] = await tx.$queryRawUnsafe<{ pid: number }[]>('SELECT pg_backend_pid() AS pid');
        return { own: own!.pid, viaPrisma: viaPrisma!.pid };
      })));
      for (const s of seen) expect(s.own).toBe(s.viaPrisma);
      // None starting now: the storage is off, so no store is seen even inside a transaction.
      const inside = await db.$transaction(async () => connectionSlot.getStore());
      expect(inside).toBeUndefined();
      expect(connectionSlot.getStore()).toBeUndefined();
      // A transaction that fails to start (fn never runs) does not leave the storage on.
      await expect(db.$transaction(async () => 1, { isolationLevel: 'NoSuchLevel' } as never)).rejects.toThrow();
      expect(await db.$transaction(async () => connectionSlot.getStore())).toBeUndefined();
    });

    it('runs root-client statements on their own pooled connections, and refuses unknown clients', async () => {
      await db.$executeRawUnsafe('TRUNCATE t');
      await sqlOf(db).exec(insert, ['autocommit']);
      expect((await sqlOf(db).rows<{ n: number }>(count, []))[0]!.n).toBe(1);
      expect(() => sqlOf({} as Db)).toThrow(/not a client made by createDb/);
    });

    it('leaves batch transactions to Prisma', async () => {
      const [a, b] = await db.$transaction([db.$queryRawUnsafe<{ x: number }[]>('SELECT 1 AS x'), db.$queryRawUnsafe<{ x: number }[]>('SELECT 2 AS x')]);
      expect([a![0]!.x, b![0]!.x]).toEqual([1, 2]);
    });

    it('refuses a statement after the transaction ended', async () => {
      let leaked: TxSql | undefined;
      await db.$transaction(async (_tx) => {
        const sql = sqlOf(_tx); leaked = sql; });
      await expect(leaked!.rows(count, [])).rejects.toThrow(/after its transaction ended/);
    });
  });
}

const server = await serverUrl();
describe.skipIf(!server)('server', () => {
  suite('PostgreSQL', async () => ({ url: server!.url, close: server!.drop }));
});
suite('the embedded database', async () => {
  const e: EmbeddedDatabase = await startEmbeddedDatabase('memory://');
  return { url: e.url, close: () => e.stop() };
});
