import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addToList, addWorkspaceDependency, applyInstallEdits, entryExportOf, installEditsOf, maskComments, SERVER_LIST, WEB_LIST } from './installed-lists.mjs';
import { REPO_ROOT } from './generate.mjs';

const line = "import waterSupply from '@gongkai/plugin-water-supply/server';";

describe('addToList', () => {
  it('adds to a multi-line list after the last import, and only once', () => {
    const src = [
      "import type { AnyPlugin } from '@gongkai/kernel';",
      'import {',
      '  a,',
      "} from '@gongkai/plugin-a/server';",
      '',
      '/** Installed plugins. */',
      'export const installedPlugins = [',
      '  a, // first',
      '] as const satisfies readonly AnyPlugin[];',
      '',
    ].join('\n');
    const once = addToList(src, line, 'waterSupply');
    expect(once.status).toBe('added');
    expect(once.source).toBe([
      "import type { AnyPlugin } from '@gongkai/kernel';",
      'import {',
      '  a,',
      "} from '@gongkai/plugin-a/server';",
      line,
      '',
      '/** Installed plugins. */',
      'export const installedPlugins = [',
      '  a, // first',
      '  waterSupply,',
      '] as const satisfies readonly AnyPlugin[];',
      '',
    ].join('\n'));
    expect(addToList(once.source, line, 'waterSupply')).toEqual({ status: 'already', source: once.source });
  });

  it('adds to inline and empty lists, and to a last element without a comma', () => {
    expect(addToList('export const plugins = [];\n', line, 'waterSupply').source).toBe(`${line}\nexport const plugins = [waterSupply];\n`);
    expect(addToList("import a from 'a';\nexport const plugins: X[] = [a, ['x]'].length ? a : a];\n", line, 'w').source)
      .toBe(`import a from 'a';\n${line}\nexport const plugins: X[] = [a, ['x]'].length ? a : a, w];\n`);
    expect(addToList('export const p = [\n  a,\n  b\n];\n', line, 'c').source).toBe(`${line}\nexport const p = [\n  a,\n  b,\n  c,\n];\n`);
    expect(addToList('export const p = [\n];\n', line, 'c').source).toBe(`${line}\nexport const p = [\n  c,\n];\n`);
    expect(addToList('export const p = [\n  a, // one\n  b // two\n];\n', line, 'c').source).toBe(`${line}\nexport const p = [\n  a, // one\n  b, // two\n  c,\n];\n`);
  });

  it('reports a file without a list', () => {
    expect(addToList('export function plugins() { return []; }\n', line, 'w').status).toBe('no-list');
  });
});

describe('addWorkspaceDependency', () => {
  it('adds the dependency in sorted order, once', () => {
    const pkg = '{\n  "name": "@gongkai/server",\n  "dependencies": {\n    "zod": "4.6.7",\n    "@gongkai/kernel": "workspace:*"\n  }\n}\n';
    const r = addWorkspaceDependency(pkg, 'water-supply');
    expect(Object.keys(JSON.parse(r.text).dependencies)).toEqual(['@gongkai/kernel', '@gongkai/plugin-water-supply', 'zod']);
    expect(addWorkspaceDependency(r.text, 'water-supply')).toEqual({ status: 'already', text: r.text });
  });
});

describe('applyInstallEdits', () => {
  let root = '';
  afterEach(() => { if (root) rmSync(root, { recursive: true, force: true }); });

  it('edits both lists and both apps idempotently, and says when a list does not exist yet', async () => {
    root = mkdtempSync(join(tmpdir(), 'create-plugin-'));
    mkdirSync(join(root, 'apps/server/src'), { recursive: true });
    mkdirSync(join(root, 'apps/web/src'), { recursive: true });
    writeFileSync(join(root, 'apps/server/package.json'), '{ "name": "@gongkai/server", "dependencies": {} }');
    writeFileSync(join(root, 'apps/web/package.json'), '{ "name": "@gongkai/web", "dependencies": {} }');

    const missing = await applyInstallEdits(root, 'water-supply');
    expect(missing.join('\n')).toContain(`${SERVER_LIST} 尚不存在`);
    expect(missing.join('\n')).toContain(`${WEB_LIST} 尚不存在`);

    writeFileSync(join(root, SERVER_LIST), 'export const installedPlugins = [] as const;\n');
    writeFileSync(join(root, WEB_LIST), 'export const webPlugins = [\n];\n');
    await applyInstallEdits(root, 'water-supply');
    const after = [SERVER_LIST, WEB_LIST, 'apps/server/package.json', 'apps/web/package.json'].map((f) => readFileSync(join(root, f), 'utf8'));
    expect(after[0]).toBe("import waterSupply from '@gongkai/plugin-water-supply/server';\nexport const installedPlugins = [waterSupply] as const;\n");
    expect(after[1]).toBe("import waterSupplyWeb from '@gongkai/plugin-water-supply/web';\nexport const webPlugins = [\n  waterSupplyWeb,\n];\n");
    expect(JSON.parse(after[2]!).dependencies).toEqual({ '@gongkai/plugin-water-supply': 'workspace:*' });

    const again = await applyInstallEdits(root, 'water-supply');
    expect(again.filter((l) => l.includes('已加入'))).toEqual([]);
    expect([SERVER_LIST, WEB_LIST, 'apps/server/package.json', 'apps/web/package.json'].map((f) => readFileSync(join(root, f), 'utf8'))).toEqual(after);
  });
});

describe('entryExportOf', () => {
  const server = /^(plugin|\w+Plugin)$/;
  it('prefers the default export, else the export that looks like the plugin', () => {
    expect(entryExportOf("export { plugin, plugin as default } from './plugin';", server)).toBeNull();
    expect(entryExportOf("export { mechanismsPlugin } from './plugin';\nexport type { X } from './router';", server)).toBe('mechanismsPlugin');
    expect(entryExportOf("export const keySectorsPlugin = definePlugin({});", server)).toBe('keySectorsPlugin');
    expect(entryExportOf(null, server)).toBeNull();
  });

  it('writes the matching import line', () => {
    const root = mkdtempSync(join(tmpdir(), 'create-plugin-'));
    try {
      mkdirSync(join(root, 'plugins/mechanisms/src/server'), { recursive: true });
      mkdirSync(join(root, 'plugins/mechanisms/src/web'), { recursive: true });
      writeFileSync(join(root, 'plugins/mechanisms/src/server/index.ts'), "export { mechanismsPlugin } from './plugin';\n");
      writeFileSync(join(root, 'plugins/mechanisms/src/web/index.ts'), 'export default defineWebPlugin({});\n');
      expect(installEditsOf('mechanisms', root).map((e) => e.importLine)).toEqual([
        "import { mechanismsPlugin as mechanisms } from '@gongkai/plugin-mechanisms/server';",
        "import mechanismsWeb from '@gongkai/plugin-mechanisms/web';",
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the apps\' list files', () => {
  it('skips commented examples and keeps the comments as they are', () => {
    const src = [
      '// To add a plugin:',
      "//        import waterQuality from '@gongkai/plugin-water-quality/web';",
      '//        export const installedWebPlugins = [waterQuality];',
      "/* export const other = ['x']; */",
      "import type { WebPlugin } from '@gongkai/kernel/web'; // the type",
      '',
      'export const installedWebPlugins: readonly WebPlugin[] = [];',
      '',
    ].join('\n');
    const r = addToList(src, "import waterSupplyWeb from '@gongkai/plugin-water-supply/web';", 'waterSupplyWeb');
    expect(r.source).toBe([
      '// To add a plugin:',
      "//        import waterQuality from '@gongkai/plugin-water-quality/web';",
      '//        export const installedWebPlugins = [waterQuality];',
      "/* export const other = ['x']; */",
      "import type { WebPlugin } from '@gongkai/kernel/web'; // the type",
      "import waterSupplyWeb from '@gongkai/plugin-water-supply/web';",
      '',
      'export const installedWebPlugins: readonly WebPlugin[] = [waterSupplyWeb];',
      '',
    ].join('\n'));
  });

  it('edits the real list files of apps/server and apps/web (in a copy)', () => {
    for (const file of [SERVER_LIST, WEB_LIST]) {
      const real = join(REPO_ROOT, file);
      if (!existsSync(real)) continue;
      const source = readFileSync(real, 'utf8');
      const r = addToList(source, "import zzProbe from '@gongkai/plugin-zz-probe/server';", 'zzProbe');
      expect(r.status).toBe('added');
      expect(maskComments(r.source)).toMatch(/export const \w+[^=]*= \[[^\]]*zzProbe/);
      expect(r.source.split('\n').filter((l) => l.startsWith('//'))).toEqual(source.split('\n').filter((l) => l.startsWith('//')));
    }
  });
});
