// The two one-line edits that install a plugin: its server module in apps/server's installed list
// and its web module in apps/web's list, plus the workspace dependency each app needs to import it.
// Every edit is idempotent: running it twice changes nothing the second time.
import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { camelCase } from './names.mjs';

export const SERVER_LIST = 'apps/server/src/installed-plugins.ts';
export const WEB_LIST = 'apps/web/src/plugins.ts';

/**
 * How to import a plugin's entry module: its default export, or else the named export that looks
 * like the plugin (`mechanismsPlugin`, `web`). Generated plugins have a default export.
 * @param {string | null} source the entry module's text (null: not readable, assume default)
 * @param {RegExp} named
 * @returns {string | null} the named export, or null for the default export
 */
export function entryExportOf(source, named) {
  if (source === null || /export\s+default\b|\bas\s+default\b/.test(source)) return null;
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of (m[1] ?? '').split(',')) {
      const name = part.trim().split(/\s+as\s+/).pop()?.trim() ?? '';
      if (named.test(name)) return name;
    }
  }
  for (const m of source.matchAll(/export\s+const\s+(\w+)/g)) if (named.test(m[1] ?? '')) return m[1] ?? null;
  return null;
}

/**
 * @param {string} local @param {string | null} exported @param {string} specifier
 */
function importOf(local, exported, specifier) {
  return exported === null || exported === local
    ? (exported === null ? `import ${local} from '${specifier}';` : `import { ${local} } from '${specifier}';`)
    : `import { ${exported} as ${local} } from '${specifier}';`;
}

/**
 * The edits that install plugin `id`; with `root`, its entry modules are read to pick the export.
 * @param {string} id
 * @param {string | null} [root]
 * @returns {{ file: string, app: string, importLine: string, identifier: string }[]}
 */
export function installEditsOf(id, root = null) {
  const camel = camelCase(id);
  /** @param {string} rel */
  const read = (rel) => {
    const file = root === null ? null : join(root, 'plugins', id, rel);
    return file !== null && existsSync(file) ? readFileSync(file, 'utf8') : null;
  };
  const server = entryExportOf(read('src/server/index.ts'), /^(plugin|\w+Plugin)$/);
  const web = entryExportOf(read('src/web/index.ts'), /^(web|\w+Web|\w+WebPlugin|webPlugin)$/);
  return [
    { file: SERVER_LIST, app: 'apps/server', importLine: importOf(camel, server, `@gongkai/plugin-${id}/server`), identifier: camel },
    { file: WEB_LIST, app: 'apps/web', importLine: importOf(`${camel}Web`, web, `@gongkai/plugin-${id}/web`), identifier: `${camel}Web` },
  ];
}

/**
 * Adds an import and an array element to a list module such as
 *   export const installedPlugins = [a, b] as const;
 * The list is the first `export const X = [` (optionally typed) in the file.
 * @param {string} source
 * @param {string} importLine
 * @param {string} identifier
 * @returns {{ status: 'added' | 'already' | 'no-list', source: string }}
 */
export function addToList(source, importLine, identifier) {
  const specifier = importLine.match(/from '([^']+)'/)?.[1];
  if (specifier && (source.includes(`'${specifier}'`) || source.includes(`"${specifier}"`))) return { status: 'already', source };
  // Searched in a copy with comments blanked out (same length), so commented examples don't count.
  const head = /export\s+const\s+\w+\s*(?::[^=]+)?=\s*\[/.exec(maskComments(source));
  if (!head) return { status: 'no-list', source };
  const open = head.index + head[0].length - 1;
  const close = matchingBracket(source, open);
  if (close < 0) return { status: 'no-list', source };

  // 1. The element, before the closing bracket.
  const inner = source.slice(open + 1, close);
  let withItem;
  if (inner.includes('\n')) {
    const lineStart = source.lastIndexOf('\n', close - 1) + 1;
    const beforeClose = source.slice(lineStart, close);
    const itemIndent = /^\s*$/.test(beforeClose) ? `${beforeClose}  ` : '  ';
    const body = withTrailingComma(source.slice(open + 1, /^\s*$/.test(beforeClose) ? lineStart : close).replace(/\s*$/, ''));
    const closing = /^\s*$/.test(beforeClose) ? beforeClose : '';
    withItem = `${source.slice(0, open + 1)}${body}\n${itemIndent}${identifier},\n${closing}${source.slice(close)}`;
  } else {
    const trimmed = inner.trim().replace(/,$/, '');
    withItem = `${source.slice(0, open + 1)}${trimmed === '' ? identifier : `${trimmed}, ${identifier}`}${source.slice(close)}`;
  }

  // 2. The import, after the last import statement (or at the top).
  const imports = [...maskComments(withItem).matchAll(/^import\s[^;]*?from\s+['"][^'"]+['"];?[^\S\n]*$/gm)];
  const last = imports.at(-1);
  const at = last ? /** @type {number} */ (last.index) + last[0].length : 0;
  const result = last
    ? `${withItem.slice(0, at)}\n${importLine}${withItem.slice(at)}`
    : `${importLine}\n${withItem}`;
  return { status: 'added', source: result };
}

/**
 * The source with every comment replaced by spaces (newlines kept), strings left as they are.
 * @param {string} s
 */
export function maskComments(s) {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '/' && (s[i + 1] === '/' || s[i + 1] === '*')) {
      const end = s[i + 1] === '/' ? (s.indexOf('\n', i) < 0 ? s.length : s.indexOf('\n', i)) : (s.indexOf('*/', i + 2) < 0 ? s.length : s.indexOf('*/', i + 2) + 2);
      out += s.slice(i, end).replace(/[^\n]/g, ' ');
      i = end - 1;
      continue;
    }
    if (c === '\'' || c === '"' || c === '`') {
      let j = i + 1;
      for (; j < s.length && s[j] !== c; j++) if (s[j] === '\\') j++;
      out += s.slice(i, j + 1);
      i = j;
      continue;
    }
    out += c;
  }
  return out;
}

/**
 * The array body with a comma after its last element (before a trailing line comment, if any).
 * @param {string} body
 */
function withTrailingComma(body) {
  const lineStart = body.lastIndexOf('\n') + 1;
  const last = body.slice(lineStart);
  const code = last.replace(/\s*\/\/.*$/, '').replace(/\s*\/\*.*\*\/$/, '').trimEnd();
  if (code.trim() === '' || code.endsWith(',') || code.endsWith('[')) return body;
  return `${body.slice(0, lineStart)}${code},${last.slice(code.length)}`;
}

/**
 * Index of the bracket closing the one at `open`, skipping strings and comments; -1 if none.
 * @param {string} s @param {number} open
 */
function matchingBracket(s, open) {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '/' && s[i + 1] === '/') { i = s.indexOf('\n', i); if (i < 0) return -1; continue; }
    if (c === '/' && s[i + 1] === '*') { i = s.indexOf('*/', i + 2) + 1; if (i <= 0) return -1; continue; }
    if (c === '\'' || c === '"' || c === '`') {
      for (i++; i < s.length && s[i] !== c; i++) if (s[i] === '\\') i++;
      continue;
    }
    if (c === '[' || c === '(' || c === '{') depth++;
    else if (c === ']' || c === ')' || c === '}') { depth--; if (depth === 0) return c === ']' ? i : -1; }
  }
  return -1;
}

/**
 * Adds `"@gongkai/plugin-<id>": "workspace:*"` to a package.json's dependencies (keys kept sorted).
 * @param {string} text @param {string} id
 * @returns {{ status: 'added' | 'already', text: string }}
 */
export function addWorkspaceDependency(text, id) {
  const pkg = JSON.parse(text);
  const name = `@gongkai/plugin-${id}`;
  if (pkg.dependencies?.[name] || pkg.devDependencies?.[name]) return { status: 'already', text };
  const deps = { ...pkg.dependencies, [name]: 'workspace:*' };
  pkg.dependencies = Object.fromEntries(Object.entries(deps).sort(([a], [b]) => a.localeCompare(b)));
  const indent = /^[ \t]+/m.exec(text)?.[0] ?? '  ';
  return { status: 'added', text: `${JSON.stringify(pkg, null, indent)}\n` };
}

/**
 * Applies the install edits under `root`. Missing files are reported, never created.
 * @param {string} root @param {string} id
 * @returns {Promise<string[]>} one Chinese line per file
 */
export async function applyInstallEdits(root, id) {
  const report = [];
  for (const edit of installEditsOf(id, root)) {
    const listPath = join(root, edit.file);
    if (!existsSync(listPath)) {
      report.push(`${edit.file} 尚不存在：待它建成后再运行 --install，或手动加入 ${edit.importLine}`);
      continue;
    }
    const { status, source } = addToList(await readFile(listPath, 'utf8'), edit.importLine, edit.identifier);
    if (status === 'added') await writeFile(listPath, source);
    report.push(status === 'added' ? `${edit.file}：已加入 ${edit.identifier}`
      : status === 'already' ? `${edit.file}：已包含本插件，未改动`
        : `${edit.file}：找不到 “export const … = [” 列表，请手动加入 ${edit.importLine}`);
    if (status === 'no-list') continue;
    const pkgPath = join(root, edit.app, 'package.json');
    if (!existsSync(pkgPath)) { report.push(`${edit.app}/package.json 不存在`); continue; }
    const dep = addWorkspaceDependency(await readFile(pkgPath, 'utf8'), id);
    if (dep.status === 'added') await writeFile(pkgPath, dep.text);
    report.push(`${edit.app}/package.json：${dep.status === 'added' ? '已加入' : '已有'}依赖 @gongkai/plugin-${id}`);
  }
  return report;
}
