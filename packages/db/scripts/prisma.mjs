#!/usr/bin/env node
// Runs the Prisma CLI with the JavaScript engine. Prisma 6.19 tries to download native
// engines unless these two variables point at an existing file (PLATFORM-NOTES, Prisma §1).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const pkgRoot = path.resolve(here, '..');
const require = createRequire(import.meta.url);
const cli = require.resolve('prisma/build/index.js');
const placeholder = fileURLToPath(import.meta.url);
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholder,
  PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? placeholder,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgresql://root@127.0.0.1:5432/postgres',
};
const res = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { cwd: pkgRoot, env, stdio: 'inherit' });
process.exit(res.status ?? 1);
