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
  while (!fs.existsSync(readyFile)) {
    if (child.exitCode !== null) throw new Error(`e2e server exited with ${child.exitCode}`);
    if (Date.now() > deadline) { child.kill('SIGKILL'); throw new Error('e2e server did not become ready in 120 s'); }
    await new Promise((r) => setTimeout(r, 200));
  }
  const ready = JSON.parse(fs.readFileSync(readyFile, 'utf8')) as { url: string; adminUser: string; adminPassword: string };
  process.env.E2E_BASE_URL = ready.url;
  process.env.E2E_ADMIN_USER = ready.adminUser;
  process.env.E2E_ADMIN_PASSWORD = ready.adminPassword;
  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(readyFile, { force: true });
  };
}
