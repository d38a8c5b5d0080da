// Generates plugins/<id>/ from a template. Used by the CLI (index.mjs) and by the tests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { camelCase, idProblems, KERNEL_ROUTERS, titleProblems } from './names.mjs';
import { renderPlugin, writeFiles } from './render.mjs';

/** The repository root (two levels above tooling/create-plugin/lib). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Root router names the kernel mounts today, read from its source (the static list in names.mjs
 * covers the names planned by design; this catches any added since).
 * @param {string} root
 * @returns {string[]}
 */
export function kernelRouterNames(root = REPO_ROOT) {
  const file = join(root, 'packages/kernel/src/routers/kernel-router.ts');
  if (!existsSync(file)) return [];
  const body = /export const kernelRouters\s*=\s*\{([^}]*)\}/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  return [...body.matchAll(/^\s*([A-Za-z_$][\w$]*)\s*[:,]/gm)].map((m) => /** @type {string} */ (m[1]));
}

/**
 * Problems with the options, in Chinese; empty when the plugin can be generated.
 * @param {{ id: string, title: string, template: 'basic' | 'sector' }} o
 * @param {string} root
 */
export function optionProblems(o, root = REPO_ROOT) {
  const problems = [...idProblems(o.id, { existing: (id) => existsSync(join(root, 'plugins', id)) }), ...titleProblems(o.title)];
  if (o.template === 'sector' && !/^sector-[a-z]/.test(o.id)) {
    problems.push(`行业模板生成的包名为 plugins/sector-<名称>，请用“sector-${o.id}”这样的标识`);
  }
  const router = camelCase(o.id);
  if (!KERNEL_ROUTERS.includes(router) && kernelRouterNames(root).includes(router)) problems.push(`插件标识“${o.id}”与内核路由“${router}”冲突，请换一个`);
  return problems;
}

/**
 * True when plugins/<id> already holds the package `@gongkai/plugin-<id>` (so `--install` alone
 * can add it to the apps).
 * @param {string} id @param {string} [root]
 */
export function isExistingPlugin(id, root = REPO_ROOT) {
  const file = join(root, 'plugins', id, 'package.json');
  if (!existsSync(file)) return false;
  try {
    return JSON.parse(readFileSync(file, 'utf8')).name === `@gongkai/plugin-${id}`;
  } catch {
    return false;
  }
}

/**
 * Writes plugins/<id>/ under `root` and returns its path and the files written.
 * @param {{ id: string, title: string, template: 'basic' | 'sector' }} o
 * @param {string} [root]
 */
export async function generatePlugin(o, root = REPO_ROOT) {
  const problems = optionProblems(o, root);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const dir = join(root, 'plugins', o.id);
  const files = await renderPlugin(o);
  await writeFiles(dir, files);
  return { dir, files: [...files.keys()].sort() };
}
