// The web build the e2e platform serves. Other work in the same tree may rebuild apps/web/dist at
// any moment (vite empties the folder first), which would turn a lazy page chunk into a 404 in
// the middle of a flow; so the run serves a private copy taken at start. `pnpm test` builds into
// e2e/.web-dist for the same reason; without it the current apps/web/dist is copied.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const e2eRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function snapshotWeb(target: string): string {
  const candidates = [process.env.E2E_WEB_DIST, path.join(e2eRoot, '.web-dist'), path.join(e2eRoot, '..', 'apps', 'web', 'dist')];
  const source = candidates.find((d): d is string => !!d && fs.existsSync(path.join(d, 'index.html')));
  if (!source) throw new Error('no web build found: run `pnpm test` in e2e/ (it builds the web app) or `pnpm --filter @gongkai/web build`');
  fs.cpSync(source, target, { recursive: true });
  if (!fs.existsSync(path.join(target, 'index.html'))) throw new Error(`the web build in ${source} changed while it was copied; run again`);
  return target;
}
