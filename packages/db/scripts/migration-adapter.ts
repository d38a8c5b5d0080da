// Driver-adapter factory used only by the Prisma CLI (migrate diff / dev / deploy).
// Two workarounds, see PLATFORM-NOTES and prisma/orm#27403:
//  1. adapter-pg cannot deserialise the catalogue types `name` (OID 19) and `"char"` (OID 18)
//     that the schema engine reads, so query results report them as `text` (OID 25).
//  2. adapter-pg's own shadow database reuses the main database; ours creates a fresh one and
//     drops it when the CLI disposes of it.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

const CATALOGUE_OIDS = new Set([18, 19]);
let patched = false;

function reportCatalogueTypesAsText(): void {
  if (patched) return;
  patched = true;
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  const fix = (res: pg.QueryResult | undefined) => {
    for (const field of res?.fields ?? []) {
      if (CATALOGUE_OIDS.has(field.dataTypeID)) field.dataTypeID = 25;
    }
    return res;
  };
  pg.Client.prototype.query = function patchedQuery(this: pg.Client, ...args: unknown[]) {
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      const cb = last as (err: unknown, res?: pg.QueryResult) => void;
      args[args.length - 1] = (err: unknown, res?: pg.QueryResult) => cb(err, fix(res));
      return original.apply(this, args);
    }
    const result = original.apply(this, args);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      return (result as Promise<pg.QueryResult>).then(fix);
    }
    return result;
  } as typeof pg.Client.prototype.query;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function migrationAdapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  reportCatalogueTypesAsText();
  const main = new PrismaPg({ connectionString: url });
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    connectToShadowDb: async () => {
      const name = `gongkai_shadow_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      const shadow = await new PrismaPg({ connectionString: withDatabase(url, name) }).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        const dropper = new pg.Client({ connectionString: url });
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await dropper.end();
      };
      return shadow;
    },
  };
}
