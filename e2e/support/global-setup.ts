import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Starts the platform in a child process and exposes its URL and admin credentials to the tests. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const readyFile = path.join(os.tmpdir(), `gongkai-e2e-${process.pid}.json`);
  fs.rmSync(readyFile, { force: true });
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'server.ts'), readyFile], {
    cwd: path.resolve(here, '..'), stdio: ['ignore', 'inherit', 'inherit'], env: process.env,
  });
  const deadline = Date.now() + 120_000;
  let ready: { url: string; adminUser: string; adminPassword: string; sample: { id: string; title: string; indexNo: string } };
  try {
    while (!fs.existsSync(readyFile)) {
      if (child.exitCode !== null) throw new Error(`e2e server exited with ${child.exitCode}`);
      if (Date.now() > deadline) throw new Error('e2e server did not become ready in 120 s');
      await new Promise((r) => setTimeout(r, 200));
    }
    ready = JSON.parse(fs.readFileSync(readyFile, 'utf8')) as typeof ready;
    if (!ready.adminPassword) throw new Error('the first administrator\'s one-time password was not found in the console box');
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  process.env.E2E_BASE_URL = ready.url;
  process.env.E2E_ADMIN_USER = ready.adminUser;
  process.env.E2E_ADMIN_PASSWORD = ready.adminPassword;
  process.env.E2E_SAMPLE_ITEM = JSON.stringify(ready.sample);
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(readyFile, { force: true });
  };
}
