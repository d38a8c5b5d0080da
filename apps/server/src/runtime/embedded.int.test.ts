// The default path of `pnpm start`: no DATABASE_URL, so the embedded database under the data
// directory. Start → migrate → seed → first administrator → use → stop → restart: data persists.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeWebDist, passwordFromBox, testServerConfig } from '../test-support';
import { openDatabase, runningEmbedded } from './database';
import { startPlatform, type Platform } from './platform';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-embedded-'));
const config = testServerConfig({ GONGKAI_DATA_DIR: dataDir, GONGKAI_WEB_DIST: fakeWebDist() });
const logger = pino({ level: 'silent' });
let platform: Platform | null = null;

afterAll(async () => {
  await platform?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function login(p: Platform, password: string) {
  return p.http!.app.inject({ method: 'POST', url: '/trpc/auth.login', payload: { json: { username: 'admin', password } } });
}

describe('embedded database', () => {
  let password = '';

  it('starts on a fresh data directory, migrates, seeds and creates the first administrator', async () => {
    let printed = '';
    platform = await startPlatform('all', { config, logger, listen: false, print: (t) => { printed += t; } });
    expect(platform.database.kind).toBe('embedded');
    expect(platform.jobs.kind).toBe('postgres');
    expect(fs.existsSync(path.join(dataDir, 'pgdata', 'PG_VERSION'))).toBe(true);
    expect(runningEmbedded(dataDir)).toBeNull(); // it is this process's own
    password = passwordFromBox(printed);

    const ready = await platform.http!.app.inject('/readyz');
    expect(ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'ok', jobs: 'ok' } });
    expect(await platform.db.division.count()).toBe(140);
    const res = await login(platform, password);
    expect(res.statusCode).toBe(200);
    await platform.db.division.create({ data: { code: '230199', name: '持久化测试区', level: 'county', parentCode: '2301' } });
  }, 240_000);

  it('refuses a second process on the same data folder but lets one-shot commands share it', async () => {
    const info = JSON.parse(fs.readFileSync(path.join(dataDir, 'embedded-db.json'), 'utf8')) as { pid: number; url: string };
    expect(info.pid).toBe(process.pid);
    // Pretend the recorded owner is another live process (our parent).
    fs.writeFileSync(path.join(dataDir, 'embedded-db.json'), JSON.stringify({ ...info, pid: process.ppid }));
    try {
      await expect(openDatabase({ databaseUrl: null, dataDir, logger })).rejects.toThrow(/正由进程/);
      const shared = await openDatabase({ databaseUrl: null, dataDir, logger, shareRunning: true });
      expect(shared).toMatchObject({ kind: 'embedded-shared', url: info.url });
    } finally {
      fs.writeFileSync(path.join(dataDir, 'embedded-db.json'), JSON.stringify(info));
    }
  });

  it('keeps the data across a restart and does not create another administrator', async () => {
    await platform!.close();
    platform = null;
    expect(fs.existsSync(path.join(dataDir, 'embedded-db.json'))).toBe(false);

    let printed = '';
    platform = await startPlatform('all', { config, logger, listen: false, print: (t) => { printed += t; } });
    expect(printed).toBe('');
    expect(await platform.db.division.findUnique({ where: { code: '230199' } })).toMatchObject({ name: '持久化测试区' });
    expect(await platform.db.user.count({ where: { kind: 'staff' } })).toBe(1);
    expect((await login(platform, password)).statusCode).toBe(200);
    expect((await platform.http!.app.inject('/readyz')).statusCode).toBe(200);
  }, 240_000);
});
