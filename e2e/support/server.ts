// Starts the real platform for the browser tests: a fresh PostgreSQL database (or the embedded one
// when no server answers), the installed plugins plus the test-only `fixture-notes` plugin, on a
// free port, its web build a private snapshot (support/web-dist.ts), with one sample published
// item (support/seed.ts). Writes {url, admin credentials, sample} to the file named by argv[2]
// once ready, and stops (dropping its database) on SIGTERM or when the test runner is gone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createE2eDatabase } from './database';
import { seedSampleItem, type SeededItem } from './seed';
import { snapshotWeb } from './web-dist';
import { installedPlugins, serverConfigFromEnv, startPlatform, type Platform } from '@gongkai/server/platform';
import { notesPlugin } from '@gongkai/fixture-notes/server';
import pino from 'pino';

const out = process.argv[2];
if (!out) throw new Error('usage: server.ts <ready-file>');

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-e2e-'));
const webDist = snapshotWeb(path.join(dataDir, 'web'));
const database = await createE2eDatabase();
// Every browser of every suite signs in from 127.0.0.1, where real users come from many addresses:
// the per-address login budget (10 a minute by default, proved by the server's own tests) would
// otherwise be spent by the suites' staff sign-ins once they run faster than a minute apart.
const env: NodeJS.ProcessEnv = {
  ...process.env, GONGKAI_WEB_DIST: webDist, REDIS_URL: '', PORT: '0', HOST: '127.0.0.1', GONGKAI_DATA_DIR: dataDir,
  LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn', GONGKAI_LOGIN_RATE_LIMIT: '120',
};
if (database.url) env.DATABASE_URL = database.url; else delete env.DATABASE_URL;
const config = serverConfigFromEnv(env);
let adminPassword = '';
const logger = pino({ level: process.env.E2E_LOG_LEVEL ?? 'warn' });
const cleanup = async () => {
  // Dropping the database ends any connection a closing worker still holds: not worth a warning.
  logger.level = 'silent';
  await database.drop().catch(() => undefined);
  fs.rmSync(dataDir, { recursive: true, force: true });
};
const plugins = [...installedPlugins, notesPlugin];
let platform: Platform | undefined;
let sample: SeededItem;
try {
  platform = await startPlatform('all', {
    config,
    logger,
    plugins,
    // The one-time password box; the test reads the password from it like an operator would.
    print: (text) => { const m = /(?:密码|password)[^A-Za-z0-9]*([A-Za-z0-9]{12,})/i.exec(text); if (m) adminPassword = m[1]!; },
  });
  sample = await seedSampleItem(platform.kernel, plugins);
} catch (err) {
  await platform?.close();
  await cleanup();
  throw err;
}
// Written whole, then renamed: the waiting global setup never reads a half-written file.
fs.writeFileSync(`${out}.tmp`, JSON.stringify({ url: platform.url, adminUser: 'admin', adminPassword, sample }));
fs.renameSync(`${out}.tmp`, out);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await platform?.close();
  await cleanup();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// If the test runner dies without its teardown, do not outlive it.
const parent = process.ppid;
setInterval(() => { try { process.kill(parent, 0); } catch { void stop(); } }, 2000).unref();
