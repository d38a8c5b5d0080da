// `pnpm bench`: every benchmark of the platform, printing figures (targets from issues 2 and 3 beside them).
// Uses a fresh database on the local PostgreSQL server (or the embedded one when none answers).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverNodeOptions } from '@gongkai/server/node-options';
import superjson from 'superjson';
import { benchAuditAppend } from './audit-append';
import { benchMechanisms } from './mechanisms';
import { benchPlatform } from './platform';
import { benchFacets, benchSearch } from './search';
import { seededDatabase } from './seeded-db';
import { report } from './stats';
import { cpuMicros, rssMb, runLoad, startUntilReady, stop } from './processes';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000);
/**
 * `BENCH_ONLY=search` stops after the search figures; `BENCH_ONLY=read` runs only the catalogue item
 * read over HTTP (tRPC vs plain, on the same seeded database); `BENCH_ONLY=mechanisms` runs only the
 * information-request figures.
 */
const ONLY = process.env.BENCH_ONLY ?? '';
const tsxCli = path.join(root, 'apps/server/src/cli/index.ts');

console.log(`# Gongkai benchmarks  (${os.cpus().length} CPU, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version})`);

if (ONLY === 'mechanisms') {
  await benchMechanisms();
  process.exit(0);
}

// ---- Catalogue search on ITEMS items ------------------------------------------------------------
// The seeded database is cloned from a cached template (built once per migrations and seed digest).
const database = await seededDatabase(ITEMS);
report('Seeded catalogue', {
  items: ITEMS,
  seeding: database.seedSeconds === null ? `cached template ${database.template}` : `${database.seedSeconds.toFixed(1)} s (template ${database.template ?? 'none'} kept for the next run)`,
});
const p = await benchPlatform(database.url);
if (ONLY !== 'read') {
  await benchSearch(p, ITEMS);
  await benchFacets(p, ITEMS);
  if (ONLY === 'search') {
    await p.close();
    await database.drop();
    process.exit(0);
  }

  // ---- Audit append ------------------------------------------------------------------------------
  await benchAuditAppend(p.db, 3000, 8);
}

// ---- tRPC read vs plain Fastify + pg, and server memory under load -------------------------------
const item = await p.db.catalogueItem.findFirst({ where: { status: 'published' }, select: { id: true } });
const env = { ...process.env, DATABASE_URL: database.url, REDIS_URL: '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', GONGKAI_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'gk-bench-')), GONGKAI_RATE_LIMIT: '100000000' };
// The server runs with the V8 options its scripts give it (`pnpm gongkai serve`); the plain endpoint with Node's defaults.
const server = await startUntilReady(process.execPath, ['--import', 'tsx', tsxCli, 'serve'], { ...env, NODE_OPTIONS: serverNodeOptions() });
const plain = await startUntilReady(process.execPath, ['--import', 'tsx', path.join(root, 'bench/src/plain-server.ts')], env);
const input = encodeURIComponent(JSON.stringify(superjson.serialize({ id: item!.id })));
const trpcUrl = `${server.url}/trpc/catalogue.item?input=${input}`;
const plainUrl = `${plain.url}/items/${item!.id}`;
const check = await fetch(trpcUrl);
if (!check.ok) throw new Error(`tRPC item read failed: ${check.status} ${await check.text()}`);
// Warm-up: both servers' code is optimised by V8 (tiered up) and their pools are filled before
// anything is counted; the platform has far more code to warm than the plain endpoint.
await runLoad(plainUrl, 5, 32);
await runLoad(trpcUrl, 5, 32);
// Alternating rounds of the same length, so that a slower spell of this shared machine (other
// processes, the hypervisor) falls on both servers alike; the ratio is of the summed requests.
// Server CPU per request beside req/s says what each server costs whatever share of the machine
// it got.
const ROUNDS = 3;
const ROUND_SECONDS = 4;
const totals = { plain: 0, trpc: 0, plainCpu: 0, trpcCpu: 0, errors: 0, non2xx: 0 };
const perRound: string[] = [];
const latencies: { p50: number; p97_5: number }[] = [];
let peakRss = rssMb(server.child.pid!);
const sampler = setInterval(() => { peakRss = Math.max(peakRss, rssMb(server.child.pid!)); }, 200);
for (let round = 0; round < ROUNDS; round++) {
  let cpu0 = cpuMicros(plain.child.pid!);
  const plainR = await runLoad(plainUrl, ROUND_SECONDS, 32);
  totals.plainCpu += cpuMicros(plain.child.pid!) - cpu0;
  cpu0 = cpuMicros(server.child.pid!);
  const trpcR = await runLoad(trpcUrl, ROUND_SECONDS, 32);
  totals.trpcCpu += cpuMicros(server.child.pid!) - cpu0;
  totals.plain += plainR.total;
  totals.trpc += trpcR.total;
  totals.errors += trpcR.errors;
  totals.non2xx += trpcR.non2xx;
  latencies.push({ p50: trpcR.p50, p97_5: trpcR.p97_5 });
  perRound.push(`${((trpcR.total / plainR.total) * 100).toFixed(0)}%`);
}
clearInterval(sampler);
const seconds = ROUNDS * ROUND_SECONDS;
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
report(`Catalogue item read over HTTP (32 connections, ${ROUNDS} alternating rounds of ${ROUND_SECONDS} s after a 5 s warm-up each, load generator in its own process)`, {
  'plain Fastify + pg (req/s)': Math.round(totals.plain / seconds),
  'tRPC via gongkai serve (req/s)': `${Math.round(totals.trpc / seconds)}  (${((totals.trpc / totals.plain) * 100).toFixed(0)}% of plain; rounds ${perRound.join(' / ')}; target ≥ 60%)`,
  'server CPU per request (plain / tRPC)': `${(totals.plainCpu / totals.plain).toFixed(0)} µs / ${(totals.trpcCpu / totals.trpc).toFixed(0)} µs  (load average ${os.loadavg()[0]!.toFixed(1)})`,
  'tRPC latency p50 / p97.5 (median round)': `${median(latencies.map((l) => l.p50))} ms / ${median(latencies.map((l) => l.p97_5))} ms`,
  'errors / non-2xx': `${totals.errors} / ${totals.non2xx}`,
  'server RSS peak under load': `${peakRss.toFixed(0)} MB (target ≤ 300 MB)`,
});
await stop(server.child);
await stop(plain.child);
await p.close();
await database.drop();

if (ONLY === 'read') process.exit(0);

// ---- Information requests: submissions and the deadline sweep (issue 3) -------------------------
await benchMechanisms();

// ---- Cold start of the platform on a fresh embedded database -------------------------------------
const coldDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-cold-'));
const cold = await startUntilReady(process.execPath, ['--import', 'tsx', tsxCli, 'start'], { ...process.env, NODE_OPTIONS: serverNodeOptions(), DATABASE_URL: '', REDIS_URL: '', PORT: '0', HOST: '127.0.0.1', GONGKAI_DATA_DIR: coldDir, LOG_LEVEL: 'info' }, 180_000);
const coldMs = cold.ms;
await stop(cold.child);
const warm = await startUntilReady(process.execPath, ['--import', 'tsx', tsxCli, 'start'], { ...process.env, NODE_OPTIONS: serverNodeOptions(), DATABASE_URL: '', REDIS_URL: '', PORT: '0', HOST: '127.0.0.1', GONGKAI_DATA_DIR: coldDir, LOG_LEVEL: 'info' }, 180_000);
await stop(warm.child);
report('Start to ready (`gongkai start`, embedded database, web already built)', {
  'first start (create database, migrate, seed)': `${(coldMs / 1000).toFixed(1)} s (target ≤ 15 s)`,
  'second start (existing data)': `${(warm.ms / 1000).toFixed(1)} s`,
});
fs.rmSync(coldDir, { recursive: true, force: true });
process.exit(0);
