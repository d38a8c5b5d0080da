// Where the database is: DATABASE_URL, or the embedded database (PGlite on a local socket) with its
// data under <data dir>/pgdata. Only one process may open the embedded data folder; it records its
// socket in <data dir>/embedded-db.json so one-shot CLI commands (`gongkai user create` while the
// server runs) connect to it instead of opening the folder a second time.
import fs from 'node:fs';
import path from 'node:path';
import { startEmbeddedDatabase } from '@gongkai/db/embedded';
import type { Logger } from 'pino';

export interface DatabaseHandle {
  url: string;
  kind: 'server' | 'embedded' | 'embedded-shared';
  stop(): Promise<void>;
}

interface EmbeddedInfo { pid: number; url: string; startedAt: string }

export function embeddedPaths(dataDir: string) {
  return { pgdata: path.join(dataDir, 'pgdata'), info: path.join(dataDir, 'embedded-db.json') };
}

function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (err) { return (err as NodeJS.ErrnoException).code === 'EPERM'; }
}

/** The embedded database another live process is serving from this data folder, if any. */
export function runningEmbedded(dataDir: string): EmbeddedInfo | null {
  const { info } = embeddedPaths(dataDir);
  try {
    const parsed = JSON.parse(fs.readFileSync(info, 'utf8')) as EmbeddedInfo;
    return parsed.pid !== process.pid && alive(parsed.pid) ? parsed : null;
  } catch {
    return null;
  }
}

export interface OpenDatabaseOptions {
  databaseUrl: string | null;
  dataDir: string;
  logger: Logger;
  /** One-shot commands may use the embedded database of a running server. */
  shareRunning?: boolean;
}

export async function openDatabase(o: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (o.databaseUrl) return { url: o.databaseUrl, kind: 'server', stop: async () => {} };

  const running = runningEmbedded(o.dataDir);
  if (running) {
    if (o.shareRunning) {
      o.logger.info({ pid: running.pid }, 'using the embedded database of the running server');
      return { url: running.url, kind: 'embedded-shared', stop: async () => {} };
    }
    throw new Error(
      `嵌入式数据库（${embeddedPaths(o.dataDir).pgdata}）正由进程 ${running.pid} 使用。嵌入式数据库只能由一个进程打开：`
      + '请先停止该进程；若要分别运行接口和任务进程，请设置 DATABASE_URL 使用 PostgreSQL 服务器。\n'
      + `The embedded database is in use by process ${running.pid}; stop it, or set DATABASE_URL to run several processes.`);
  }

  const { pgdata, info } = embeddedPaths(o.dataDir);
  fs.mkdirSync(o.dataDir, { recursive: true });
  const started = Date.now();
  const embedded = await startEmbeddedDatabase(pgdata);
  fs.writeFileSync(info, JSON.stringify({ pid: process.pid, url: embedded.url, startedAt: new Date().toISOString() } satisfies EmbeddedInfo, null, 2));
  o.logger.info({ dataDir: pgdata, ms: Date.now() - started }, 'embedded database started');
  let stopped = false;
  return {
    url: embedded.url,
    kind: 'embedded',
    async stop() {
      if (stopped) return;
      stopped = true;
      await embedded.stop();
      try {
        const current = JSON.parse(fs.readFileSync(info, 'utf8')) as EmbeddedInfo;
        if (current.pid === process.pid) fs.rmSync(info, { force: true });
      } catch { /* already gone */ }
    },
  };
}
