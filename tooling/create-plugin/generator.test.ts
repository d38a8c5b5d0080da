// Generates real plugins inside the workspace (plugins/zz-gen-test-<random> from the basic template,
// plugins/sector-zz-gen-test-<random> from the sector template), then runs each one's typecheck
// (tsc -p), lint and generated tests (vitest run, on a real database) and expects all to pass.
// The folders are always removed afterwards; pnpm-workspace.yaml excludes their names from the
// workspace and .gitignore from git, so even a killed run leaves nothing behind that matters.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePlugin, optionProblems, REPO_ROOT } from './lib/generate.mjs';
import { binOf, linkDependencies } from './test-support';

const MARK = 'zz-gen-test-';
const created: string[] = [];
const hasKeySectors = existsSync(join(REPO_ROOT, 'plugins/key-sectors/src/contracts/index.ts'));

interface Outcome { code: number | null; output: string; seconds: number }
interface Generated { id: string; dir: string; files: string[]; checks: Promise<{ typecheck: Outcome; lint: Outcome; test: Outcome }> }

function run(cwd: string, args: string[]): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => { output += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { output += d.toString(); });
    child.on('close', (code) => resolve({ code, output, seconds: (Date.now() - started) / 1000 }));
  });
}

/** Generates a plugin, links its dependencies and starts its typecheck, lint and tests. */
async function generate(template: 'basic' | 'sector', title: string): Promise<Generated> {
  const id = `${template === 'sector' ? 'sector-' : ''}${MARK}${randomBytes(3).toString('hex')}`;
  created.push(join(REPO_ROOT, 'plugins', id));
  const { dir, files } = await generatePlugin({ id, title, template });
  const missing = linkDependencies(REPO_ROOT, dir);
  if (missing.length > 0) throw new Error(`Not installed in the workspace: ${missing.join(', ')}`);
  const checks = Promise.all([
    run(dir, [binOf(dir, 'typescript', 'tsc'), '-p', 'tsconfig.json']),
    run(dir, [binOf(dir, 'eslint'), 'src']),
    run(dir, [binOf(dir, 'vitest'), 'run']),
  ]).then(([typecheck, lint, test]) => ({ typecheck, lint, test }));
  return { id, dir, files, checks };
}

let basic: Generated;
let sector: Generated | undefined;

beforeAll(async () => {
  // Left over by a run that was killed before its cleanup (older than an hour, so not a live run).
  for (const name of readdirSync(join(REPO_ROOT, 'plugins'))) {
    const dir = join(REPO_ROOT, 'plugins', name);
    if (name.includes(MARK) && Date.now() - statSync(dir).mtimeMs > 3_600_000) rmSync(dir, { recursive: true, force: true });
  }
  // Both plugins are checked at the same time to keep the whole file near 60 s.
  basic = await generate('basic', '生成测试');
  if (hasKeySectors) sector = await generate('sector', '城市供水');
});

afterAll(async () => {
  await Promise.allSettled([basic?.checks, sector?.checks]);
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
  for (const dir of created) expect(existsSync(dir)).toBe(false);
});

describe('create-plugin: checks before writing', () => {
  it('refuses kernel router names, existing folders and sector ids without the prefix', async () => {
    expect(optionProblems({ id: 'users', title: '用户', template: 'basic' })[0]).toContain('内核路由');
    await expect(generatePlugin({ id: 'audit', title: '审计', template: 'basic' })).rejects.toThrow('内核路由');
    expect(existsSync(join(REPO_ROOT, 'plugins', 'audit'))).toBe(false);
    await expect(generatePlugin({ id: basic.id, title: '再来一次', template: 'basic' })).rejects.toThrow('已存在');
    expect(optionProblems({ id: 'water-supply', title: '城市供水', template: 'sector' })[0]).toContain('sector-water-supply');
  });
});

describe('create-plugin: basic template', () => {
  it('writes the package with its three exports', () => {
    expect(basic.files).toEqual(expect.arrayContaining([
      'package.json', 'tsconfig.json', 'eslint.config.js', 'vitest.config.ts', 'README.md',
      'src/server/plugin.ts', 'src/server/index.ts', 'src/server/router.ts', 'src/server/router.int.test.ts',
      'src/contracts/index.ts', 'src/web/index.ts', 'src/web/pages/HomePage.tsx',
    ]));
    const pkg = JSON.parse(readFileSync(join(basic.dir, 'package.json'), 'utf8')) as { name: string; exports: Record<string, string> };
    expect(pkg.name).toBe(`@gongkai/plugin-${basic.id}`);
    expect(Object.keys(pkg.exports)).toEqual(['./server', './web', './contracts']);
  });

  it('typechecks, lints and passes its generated tests on a real database', async () => {
    const { typecheck, lint, test } = await basic.checks;
    console.info(`basic plugin: tsc ${typecheck.seconds} s, eslint ${lint.seconds} s, vitest ${test.seconds} s`);
    expect(typecheck.output).toBe('');
    expect(typecheck.code).toBe(0);
    expect(lint.code, lint.output).toBe(0);
    expect(test.code, test.output).toBe(0);
    expect(test.output).toMatch(/Tests\s+11 passed/);
  });
});

describe.skipIf(!hasKeySectors)('create-plugin: sector template', () => {
  it('depends on key-sectors for its contracts', () => {
    expect(sector!.files).toEqual(expect.arrayContaining(['src/contracts/schemas.ts', 'src/server/sector.ts', 'src/server/plugin.ts', 'src/web/index.ts']));
    const pkg = JSON.parse(readFileSync(join(sector!.dir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies['@gongkai/plugin-key-sectors']).toBe('workspace:*');
  });

  it('typechecks, lints and passes its generated tests', async () => {
    const { typecheck, lint, test } = await sector!.checks;
    console.info(`sector plugin: tsc ${typecheck.seconds} s, eslint ${lint.seconds} s, vitest ${test.seconds} s`);
    expect(typecheck.output).toBe('');
    expect(typecheck.code).toBe(0);
    expect(lint.code, lint.output).toBe(0);
    expect(test.code, test.output).toBe(0);
    expect(test.output).toMatch(/Tests\s+8 passed/);
  });
});
