#!/usr/bin/env node
// Writes a new migration folder with the SQL that takes the migration history to the schema.
// Usage: pnpm --filter @gongkai/db migration:new <name>
// Serialised with a lock file so that two people adding models at once get consistent folders.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const pkgRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const name = (process.argv[2] ?? '').replace(/[^a-z0-9_]/gi, '_').toLowerCase();
if (!name) { console.error('usage: migration:new <name>'); process.exit(2); }
const lock = path.join(pkgRoot, 'prisma', '.migration.lock');
for (let i = 0; ; i++) {
  try { fs.mkdirSync(lock); break; } catch { if (i > 600) throw new Error('migration lock busy'); spawnSync('sleep', ['0.5']); }
}
try {
  const res = spawnSync(process.execPath, [path.join(pkgRoot, 'scripts/prisma.mjs'), 'migrate', 'diff',
    '--from-migrations', 'prisma/migrations', '--to-schema-datamodel', 'prisma/schema', '--script'],
    { cwd: pkgRoot, encoding: 'utf8', env: process.env });
  if (res.status !== 0) { process.stderr.write(res.stderr + res.stdout); throw new Error('migrate diff failed'); }
  const sql = res.stdout.trim();
  if (!sql || /^-- This is an empty migration/.test(sql)) { console.log('schema matches migrations: nothing to write'); }
  else {
  const d = new Date();
  const stamp = d.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const dir = path.join(pkgRoot, 'prisma', 'migrations', `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'migration.sql'), sql + '\n');
  console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
} finally {
  fs.rmdirSync(lock);
}
