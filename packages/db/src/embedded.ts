// The embedded database: PGlite (PostgreSQL compiled to WebAssembly) served on the PostgreSQL
// wire protocol on a local socket, so the platform runs exactly the same `pg` code as on a server.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts PGlite with its data under `dataDir` (or in memory when `dataDir` is 'memory://') and
 * serves it on 127.0.0.1 on a free port (or `port`).
 */
export async function startEmbeddedDatabase(dataDir: string, port?: number): Promise<EmbeddedDatabase> {
  if (dataDir !== 'memory://') fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const db = await PGlite.create(dataDir === 'memory://' ? undefined : path.resolve(dataDir));
  const listenPort = port ?? (await freePort());
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: listenPort, maxConnections: 100 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${listenPort}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
