// The embedded database's cluster template: an initialised, empty PGlite cluster saved as a
// gzipped tarball, so that a new data directory starts from a copy instead of running initdb
// inside WebAssembly (several seconds, most of a first start). Debian's postgresql package does
// the same at install time: it creates the cluster then, not at first connection.
// Made by this package's postinstall (`node scripts/cluster-template.mjs`); keyed by the PGlite
// version, since a cluster only opens with the build that made it. Plain JavaScript because
// postinstall runs before any TypeScript loader; src/embedded.ts imports it (types in .d.mts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';

const require = createRequire(import.meta.url);
const pkgRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function pgliteVersion() {
  const main = require.resolve('@electric-sql/pglite');
  let dir = path.dirname(main);
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
}

/** Where the template for this PGlite version lives (GONGKAI_CLUSTER_TEMPLATE_DIR overrides the folder). */
export function clusterTemplatePath(dir = process.env.GONGKAI_CLUSTER_TEMPLATE_DIR || path.join(pkgRoot, '.cache')) {
  return path.join(dir, `pglite-${pgliteVersion()}-cluster.tar.gz`);
}

/** The template as a Blob for PGlite's `loadDataDir`, or null when there is none. */
export function readClusterTemplate(file = clusterTemplatePath()) {
  if (!fs.existsSync(file)) return null;
  return new Blob([fs.readFileSync(file)], { type: 'application/x-gzip' });
}

/** Runs initdb once in a scratch directory and saves the cluster; a no-op when the template exists. */
export async function ensureClusterTemplate(file = clusterTemplatePath()) {
  if (fs.existsSync(file)) return { file, created: false };
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-cluster-'));
  try {
    const db = await PGlite.create(path.join(scratch, 'pgdata'));
    const blob = await db.dumpDataDir('gzip');
    await db.close();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, Buffer.from(await blob.arrayBuffer()));
    fs.renameSync(tmp, file); // atomic: a concurrent reader sees the whole file or none
    return { file, created: true };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  try {
    const r = await ensureClusterTemplate();
    if (r.created) console.log(`embedded database: cluster template made in ${((performance.now() - started) / 1000).toFixed(1)} s (${path.relative(process.cwd(), r.file)})`);
  } catch (err) {
    // Never fail an install for this: without a template the first start runs initdb itself.
    console.warn(`embedded database: no cluster template (${err instanceof Error ? err.message : String(err)}); the first start will initialise the cluster`);
  }
}
