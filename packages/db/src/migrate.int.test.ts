// One migration history, two engines: the schema after all migrations must be identical on a
// PostgreSQL server (15 here) and on the embedded database (PGlite).
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded';
import { listMigrations, migrate } from './migrate';

const adminUrl = (() => {
  const u = new URL(process.env.TEST_PG_URL ?? 'postgresql://127.0.0.1:5432/postgres');
  // `pg` takes the user from USER, which is not always set: name it explicitly.
  if (!u.username) u.username = process.env.PGUSER || process.env.USER || os.userInfo().username;
  return u;
})();

async function serverReachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: adminUrl.toString(), connectionTimeoutMillis: 1500 });
  try { await c.connect(); await c.end(); return true; } catch { return false; }
}

/** Everything DDL creates in the public schema, in a form that does not depend on the engine. */
async function describeSchema(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const q = async (sql: string) => (await c.query(sql)).rows;
    return {
      tables: await q(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`),
      columns: await q(`SELECT table_name, column_name, ordinal_position, data_type, udt_name, is_nullable, column_default,
          character_maximum_length, numeric_precision, numeric_scale, is_identity, is_generated, generation_expression
        FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`),
      indexes: await q(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2`),
      constraints: await q(`SELECT conrelid::regclass::text AS table_name, conname, contype, pg_get_constraintdef(oid) AS def
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace
          -- PostgreSQL 18 (PGlite) also records NOT NULL as constraints; nullability is compared above.
          AND contype <> 'n' ORDER BY 1, 2`),
      enums: await q(`SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        WHERE t.typnamespace = 'public'::regnamespace ORDER BY 1, 3`),
      sequences: await q(`SELECT sequence_name, data_type, start_value, increment FROM information_schema.sequences WHERE sequence_schema = 'public' ORDER BY 1`),
      functions: await q(`SELECT proname, pg_get_function_identity_arguments(oid) AS args FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY 1, 2`),
      triggers: await q(`SELECT tgrelid::regclass::text AS table_name, tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2`),
      migrations: (await q(`SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY 1`)),
    };
  } finally {
    await c.end();
  }
}

const reachable = await serverReachable();
let embedded: EmbeddedDatabase | null = null;
const dbName = `gongkai_migeq_${randomBytes(4).toString('hex')}`;

describe.skipIf(!reachable)('migrations on PostgreSQL and on the embedded database', () => {
  const serverUrl = new URL(adminUrl);
  serverUrl.pathname = `/${dbName}`;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: adminUrl.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${dbName}"`);
    await admin.end();
    embedded = await startEmbeddedDatabase('memory://');
  }, 120_000);

  afterAll(async () => {
    await embedded?.stop();
    const admin = new pg.Client({ connectionString: adminUrl.toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
  });

  it('apply every migration on both engines and produce the same schema', async () => {
    const all = listMigrations().map((m) => m.name);
    expect((await migrate(serverUrl.toString())).applied).toEqual(all);
    expect((await migrate(embedded!.url)).applied).toEqual(all);

    const [server, pglite] = await Promise.all([describeSchema(serverUrl.toString()), describeSchema(embedded!.url)]);
    expect(server.tables.length).toBeGreaterThan(10);
    expect(server.columns.length).toBeGreaterThan(50);
    for (const part of Object.keys(server) as (keyof typeof server)[]) {
      expect(pglite[part], part).toEqual(server[part]);
    }
  }, 300_000);

  it('is idempotent: a second run applies nothing on either engine', async () => {
    expect((await migrate(serverUrl.toString())).applied).toEqual([]);
    expect((await migrate(embedded!.url)).applied).toEqual([]);
  });
});
