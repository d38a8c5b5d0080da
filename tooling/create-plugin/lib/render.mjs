// Renders a template folder into a new plugin folder. Template files end in `.tpl` (so neither
// tsc nor eslint reads them here) and use `__NAME__` placeholders.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { camelCase, pascalCase } from './names.mjs';
import { packageJsonOf } from './package-json.mjs';

export const TEMPLATES_DIR = fileURLToPath(new URL('../templates/', import.meta.url));

/**
 * @param {{ id: string, title: string, template: 'basic' | 'sector' }} o
 * @returns {Record<string, string>}
 */
export function placeholdersOf(o) {
  const sectorKey = o.id.replace(/^sector-/, '');
  return {
    __ID__: o.id,
    __CAMEL__: camelCase(o.id),
    __PASCAL__: pascalCase(o.id),
    __TITLE__: o.title,
    __TITLE_LITERAL__: `'${o.title.replace(/'/g, "\\'")}'`,
    __SECTOR_KEY__: sectorKey,
    __SECTOR_CAMEL__: camelCase(sectorKey),
    __SECTOR_PASCAL__: pascalCase(sectorKey),
  };
}

/** @param {string} text @param {Record<string, string>} values */
export function fill(text, values) {
  return text.replace(/__[A-Z_]+?__/g, (name) => (name in values ? /** @type {string} */ (values[name]) : name));
}

/** @param {string} dir @returns {Promise<string[]>} paths relative to dir */
async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(relative(dir, join(entry.parentPath, entry.name)));
  }
  return out.sort();
}

/**
 * The files of a new plugin: path (relative to the plugin folder) → content.
 * @param {{ id: string, title: string, template: 'basic' | 'sector' }} o
 * @returns {Promise<Map<string, string>>}
 */
export async function renderPlugin(o) {
  const values = placeholdersOf(o);
  const files = new Map();
  for (const folder of ['common', o.template]) {
    const root = join(TEMPLATES_DIR, folder);
    for (const rel of await listFiles(root)) {
      if (!rel.endsWith('.tpl')) continue;
      files.set(fill(rel.slice(0, -'.tpl'.length), values), fill(await readFile(join(root, rel), 'utf8'), values));
    }
  }
  files.set('package.json', `${JSON.stringify(packageJsonOf(o), null, 2)}\n`);
  for (const [path, text] of files) {
    const left = text.match(/__[A-Z_]+__/);
    if (left) throw new Error(`Template ${path} has an unknown placeholder ${left[0]}`);
  }
  return files;
}

/**
 * Writes the rendered files under `dir` (which must not exist yet).
 * @param {string} dir @param {Map<string, string>} files
 */
export async function writeFiles(dir, files) {
  await mkdir(dir, { recursive: false });
  for (const [rel, text] of files) {
    const target = join(dir, rel);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text, { flag: 'wx' });
  }
}
