// One transaction, two ways in: Prisma's interactive transaction client for ordinary work, and
// named prepared statements on the same connection (`sqlOf(tx)`) for hot paths (audit append,
// outbox, intake). Prisma 6.19's JavaScript engine compiles every query on the main thread (no plan
// cache before Prisma 7.4), about 1 ms of CPU per statement; a prepared statement is parsed and
// planned once per connection. Both run on the connection Prisma took from the pool for this
// transaction, in order (each awaited), so they see each other's writes and commit or roll back
// together.
import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import type { QueryResultRow } from 'pg';
import type { Db, Tx } from './client';

/**
 * A named prepared statement: parsed and planned once per connection. Every value is a parameter.
 * Values come back as `pg` parses them: select dates and timestamps as text (`to_char`) rather than
 * relying on the process time zone.
 */
export interface SqlStatement {
  /** Unique name of the prepared statement (per connection, so one name per text). */
  name: string;
  text: string;
}

/** Prepared statements in the caller's transaction (or, for the root client, each on its own). */
export interface TxSql {
  rows<T extends QueryResultRow>(statement: SqlStatement, values: unknown[]): Promise<T[]>;
  /** Runs a statement and returns the number of rows it affected. */
  exec(statement: SqlStatement, values: unknown[]): Promise<number>;
}

/** Filled by the adapter (client.ts) when Prisma starts the transaction it was asked for. */
export interface ConnectionSlot { client: pg.PoolClient | null }
export const connectionSlot = new AsyncLocalStorage<ConnectionSlot>();

/**
 * Transactions between `$transaction(fn)` and the start of `fn`, the only time the slot is read.
 * An AsyncLocalStorage that has run once keeps Node's promise hooks on for every promise of the
 * process (about a twentieth of a small read's CPU); with none starting, the storage is disabled,
 * which turns them off until the next transaction starts.
 */
let starting = 0;
function startingDone(): void {
  starting -= 1;
  if (starting === 0) connectionSlot.disable();
}

const byClient = new WeakMap<object, TxSql>();

function boundSql(run: (statement: SqlStatement, values: unknown[]) => Promise<pg.QueryResult>): TxSql {
  return {
    rows: async <T extends QueryResultRow>(statement: SqlStatement, values: unknown[]) => (await run(statement, values)).rows as T[],
    exec: async (statement, values) => (await run(statement, values)).rowCount ?? 0,
  };
}

/** Registers the root client's pool (autocommit statements). */
export function registerRootSql(db: Db, pool: pg.Pool): void {
  byClient.set(db, boundSql((s, values) => pool.query({ name: s.name, text: s.text, values })));
}

/**
 * Wraps the client's interactive `$transaction(fn)` so that every transaction it starts can be
 * handed to `sqlOf`. Array (batch) transactions are passed through unchanged.
 */
export function shareTransactionConnections(db: Db): void {
  const original = db.$transaction.bind(db) as (arg: unknown, options?: unknown) => Promise<unknown>;
  const wrapped = (arg: unknown, options?: unknown) => {
    if (typeof arg !== 'function') return original(arg, options);
    const slot: ConnectionSlot = { client: null };
    let waiting = true;
    const started = () => { if (waiting) { waiting = false; startingDone(); } };
    starting += 1;
    let result: Promise<unknown>;
    try {
      result = connectionSlot.run(slot, () => original((tx: Tx) => { started(); return inTransaction(slot, tx, arg as (tx: Tx) => Promise<unknown>); }, options));
    } catch (error) {
      started();
      throw error;
    }
    result.then(started, started); // when the transaction could not start (fn never ran)
    return result;
  };
  Object.defineProperty(db, '$transaction', { value: wrapped, configurable: true, writable: true });
}

/** Runs the caller's `fn` with `sqlOf(tx)` bound to the connection the adapter captured. */
async function inTransaction(slot: ConnectionSlot, tx: Tx, fn: (tx: Tx) => Promise<unknown>): Promise<unknown> {
  const client = slot.client;
  if (!client) throw new Error('$transaction: the transaction connection was not captured');
  let ended = false;
  byClient.set(tx, boundSql((s, values) => {
    // A statement after commit or rollback would run outside the transaction on a pooled connection.
    if (ended) return Promise.reject(new Error(`transaction SQL "${s.name}" used after its transaction ended`));
    return client.query({ name: s.name, text: s.text, values });
  }));
  try {
    return await fn(tx);
  } finally {
    ended = true;
  }
}

/**
 * Prepared statements for `client`: inside `db.$transaction(async (tx) => …)` pass `tx` and they
 * run in that transaction; pass the root client and each runs on its own pooled connection.
 */
export function sqlOf(client: Db | Tx): TxSql {
  const sql = byClient.get(client);
  if (!sql) throw new Error('sqlOf: not a client made by createDb or one of its interactive transactions');
  return sql;
}
