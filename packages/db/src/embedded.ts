// The embedded database: PGlite (PostgreSQL compiled to WebAssembly) served on the PostgreSQL
// wire protocol on a local socket, so the platform runs exactly the same `pg` code as on a server.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { readClusterTemplate } from '../scripts/cluster-template.mjs';
import { EmbeddedWireServer } from './embedded-server';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** A new data directory starts from the cluster template when there is one (see cluster-template.mjs). */
async function openCluster(dataDir: string): Promise<PGlite> {
  if (dataDir === 'memory://') {
    const template = readClusterTemplate();
    return template ? PGlite.create({ loadDataDir: template }) : PGlite.create();
  }
  const dir = path.resolve(dataDir);
  const fresh = !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;
  const template = fresh ? readClusterTemplate() : null;
  return PGlite.create(dir, template ? { loadDataDir: template } : {});
}

/**
 * Starts PGlite with its data under `dataDir` (or in memory when `dataDir` is 'memory://') and
 * serves it on 127.0.0.1 on a free port (or `port`).
 */
export async function startEmbeddedDatabase(dataDir: string, port?: number): Promise<EmbeddedDatabase> {
  if (dataDir !== 'memory://') fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const db = await openCluster(dataDir);
  // Our own wire server: pglite-socket's multiplexer mixes concurrent connections' queries
  // (see embedded-server.ts).
  const server = new EmbeddedWireServer(db);
  const listenPort = await server.listen(port ?? 0, '127.0.0.1');
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${listenPort}/postgres?sslmode=disable`,
    async stop() {
      await server.close();
      await db.close();
    },
  };
}
