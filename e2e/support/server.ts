// Starts the real platform for the browser tests: a fresh PostgreSQL database (or the embedded one
// when no server answers), the installed plugins plus the test-only `fixture-notes` plugin, on a
// free port. Writes {url, admin credentials} to the file named by argv[2] once ready.
import fs from 'node:fs';
import { createTestDatabase } from '@gongkai/testing';
import { installedPlugins, serverConfigFromEnv, startPlatform } from '@gongkai/server/platform';
import { notesPlugin } from '@gongkai/fixture-notes/server';
import pino from 'pino';

const out = process.argv[2];
if (!out) throw new Error('usage: server.ts <ready-file>');

const database = await createTestDatabase();
const dataDir = fs.mkdtempSync('/tmp/gongkai-e2e-');
const config = serverConfigFromEnv({ ...process.env, DATABASE_URL: database.url, REDIS_URL: '', PORT: '0', HOST: '127.0.0.1', GONGKAI_DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
let adminPassword = '';
const platform = await startPlatform('all', {
  config,
  logger: pino({ level: 'warn' }),
  plugins: [...installedPlugins, notesPlugin],
  // The one-time password box; the test reads the password from it like an operator would.
  print: (text) => { const m = /(?:密码|password)[^A-Za-z0-9]*([A-Za-z0-9]{12,})/i.exec(text); if (m) adminPassword = m[1]!; },
});
fs.writeFileSync(out, JSON.stringify({ url: platform.url, adminUser: 'admin', adminPassword }));

const stop = async () => { await platform.close(); await database.drop(); process.exit(0); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
