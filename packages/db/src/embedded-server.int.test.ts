// The embedded database under concurrent connections: every connection gets its own answers.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded';

let db: EmbeddedDatabase;
const clients: pg.Client[] = [];

async function client(): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  clients.push(c);
  return c;
}

beforeAll(async () => {
  db = await startEmbeddedDatabase('memory://');
  const c = await client();
  await c.query('CREATE TABLE t (id int PRIMARY KEY, v text NOT NULL)');
  await c.query(`INSERT INTO t SELECT g, 'v' || g FROM generate_series(1, 200) g`);
}, 120_000);

afterAll(async () => {
  for (const c of clients) await c.end().catch(() => undefined);
  await db?.stop();
});

describe('embedded wire server', () => {
  it('keeps concurrent parameterised queries of many connections apart', async () => {
    const cs = await Promise.all(Array.from({ length: 6 }, () => client()));
    const results = await Promise.all(Array.from({ length: 300 }, (_, i) => {
      const id = (i % 200) + 1;
      const c = cs[i % cs.length]!;
      return i % 2
        ? c.query('SELECT v FROM t WHERE id = $1', [id]).then((r) => [`v${id}`, r.rows[0]?.v])
        : c.query('SELECT count(*)::int AS n, $1::int AS echo FROM t WHERE id <= $1', [id]).then((r) => [`${id}/${id}`, `${r.rows[0]?.n}/${r.rows[0]?.echo}`]);
    }));
    for (const [expected, got] of results) expect(got).toBe(expected);
  });

  it('gives every connection its own named prepared statements', async () => {
    const [a, b] = [await client(), await client()];
    const q = (c: pg.Client, id: number, text: string) => c.query({ name: 'same-name', text, values: [id] });
    const [ra, rb] = await Promise.all([q(a, 5, 'SELECT v FROM t WHERE id = $1'), q(b, 7, 'SELECT id FROM t WHERE id = $1')]);
    expect(ra.rows).toEqual([{ v: 'v5' }]);
    expect(rb.rows).toEqual([{ id: 7 }]);
    expect((await q(a, 9, 'SELECT v FROM t WHERE id = $1')).rows).toEqual([{ v: 'v9' }]);
  });

  it('recovers from an error in an extended batch with exactly one ReadyForQuery', async () => {
    const c = await client();
    await expect(c.query('SELECT no_such_column FROM t WHERE id = $1', [1])).rejects.toThrow(/no_such_column/);
    expect((await c.query('SELECT v FROM t WHERE id = $1', [3])).rows).toEqual([{ v: 'v3' }]);
    expect((await c.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it('isolates a transaction from other connections until it ends, and rolls back a dropped one', async () => {
    const [a, b] = [await client(), await client()];
    await a.query('BEGIN');
    await a.query('UPDATE t SET v = $1 WHERE id = 1', ['changed']);
    let bDone = false;
    const bRead = b.query('SELECT v FROM t WHERE id = 1').then((r) => { bDone = true; return r.rows[0].v as string; });
    await new Promise((r) => setTimeout(r, 100));
    expect(bDone).toBe(false); // waits: the one session is inside a's transaction
    await a.query('ROLLBACK');
    expect(await bRead).toBe('v1');

    const d = new pg.Client({ connectionString: db.url });
    await d.connect();
    await d.query('BEGIN');
    await d.query(`UPDATE t SET v = 'lost' WHERE id = 2`);
    await d.end(); // gone mid-transaction
    expect((await b.query('SELECT v FROM t WHERE id = 2')).rows[0].v).toBe('v2');
  });

  it('delivers NOTIFY to the listening connection', async () => {
    const [listener, sender] = [await client(), await client()];
    await listener.query('LISTEN gk_test');
    const got = new Promise<string>((resolve) => listener.on('notification', (n) => resolve(`${n.channel}:${n.payload}`)));
    await sender.query(`SELECT pg_notify('gk_test', 'hello')`);
    expect(await got).toBe('gk_test:hello');
  });
});
