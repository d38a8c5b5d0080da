// Filesystem locations, independent of the process's working directory: `pnpm gongkai` runs in
// apps/server (pnpm exec), while people think in terms of the repository root.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** apps/server */
export const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function findRepoRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(from, '..', '..');
    dir = parent;
  }
}

/** The repository root (the folder holding pnpm-workspace.yaml). */
export const repoRoot = findRepoRoot(serverRoot);

/** Resolves a possibly relative path against the repository root. */
export function fromRepoRoot(p: string): string {
  return path.isAbsolute(p) ? p : path.resolve(repoRoot, p);
}

/** The built web app (apps/web/dist). */
export const defaultWebDist = path.join(repoRoot, 'apps', 'web', 'dist');
