// Test support: make a generated plugin runnable without `pnpm install`. Running pnpm install
// from a test would rewrite the shared lockfile (and race other engineers' installs), so the test
// links the plugin's dependencies to the copies the workspace already has installed.
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Workspace folders whose node_modules hold the third-party packages a plugin needs. */
const DONORS = ['packages/kernel', 'packages/testing', 'packages/ui', 'apps/web', 'apps/server', 'tooling/create-plugin', '.'];

function workspacePackages(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const group of ['packages', 'plugins', 'tooling', 'apps']) {
    const base = join(root, group);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base)) {
      if (name.startsWith('zz-gen-test-')) continue;
      const pkgFile = join(base, name, 'package.json');
      if (!existsSync(pkgFile)) continue;
      const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { name?: string };
      if (pkg.name) out.set(pkg.name, join(base, name));
    }
  }
  return out;
}

/**
 * Links every dependency of the plugin at `dir` into `dir/node_modules`: workspace packages to
 * their folders, others to an installed copy found in a donor's node_modules.
 * Returns the names it could not find.
 */
export function linkDependencies(root: string, dir: string): string[] {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
  const names = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
  const workspace = workspacePackages(root);
  const missing: string[] = [];
  for (const name of names) {
    const source = workspace.get(name)
      ?? DONORS.map((d) => join(root, d, 'node_modules', name)).find((p) => existsSync(p));
    if (!source) { missing.push(name); continue; }
    const target = join(dir, 'node_modules', name);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(realpathSync(source), target, 'dir');
  }
  return missing;
}

/** The JS entry of a linked package's bin (run with `node`). */
export function binOf(dir: string, name: string, bin = name): string {
  const pkgDir = join(dir, 'node_modules', name);
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { bin?: string | Record<string, string> };
  const rel = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.[bin];
  if (!rel) throw new Error(`${name} has no bin "${bin}"`);
  return join(pkgDir, rel);
}
