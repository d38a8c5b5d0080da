// Generates a real plugin inside the workspace (plugins/zz-gen-test-<random>), then runs its
// typecheck, its lint and its generated tests (on a real database) and expects all to pass.
// The folder is always removed afterwards; pnpm-workspace.yaml excludes the name from the workspace
// and .gitignore from git, so even a killed run leaves nothing behind that matters.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePlugin, optionProblems, REPO_ROOT } from './lib/generate.mjs';
import { binOf, linkDependencies } from './test-support';

const PREFIX = 'zz-gen-test-';
const created: string[] = [];

function run(cwd: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => { output += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { output += d.toString(); });
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function generate(template: 'basic' | 'sector', title: string) {
  const id = `${template === 'sector' ? `sector-${PREFIX}` : PREFIX}${randomBytes(3).toString('hex')}`;
  created.push(join(REPO_ROOT, 'plugins', id));
  const result = await generatePlugin({ id, title, template });
  expect(linkDependencies(REPO_ROOT, result.dir)).toEqual([]);
  return { id, ...result };
}

/** Typecheck, lint and test a generated plugin in parallel; returns each step's outcome. */
async function check(dir: string) {
  const [typecheck, lint, test] = await Promise.all([
    run(dir, [binOf(dir, 'typescript', 'tsc'), '-p', 'tsconfig.json']),
    run(dir, [binOf(dir, 'eslint'), 'src']),
    run(dir, [binOf(dir, 'vitest'), 'run']),
  ]);
  return { typecheck, lint, test };
}

beforeAll(() => {
  // Left over by a run that was killed before its cleanup (older than an hour, so not a live run).
  for (const name of readdirSync(join(REPO_ROOT, 'plugins'))) {
    const dir = join(REPO_ROOT, 'plugins', name);
    if (name.includes(PREFIX) && Date.now() - statSync(dir).mtimeMs > 3_600_000) rmSync(dir, { recursive: true, force: true });
  }
});

afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
  for (const dir of created) expect(existsSync(dir)).toBe(false);
});

describe('create-plugin: basic template', () => {
  it('refuses an existing folder and a kernel router name before writing anything', async () => {
    expect(optionProblems({ id: 'users', title: '用户', template: 'basic' })[0]).toContain('内核路由');
    await expect(generatePlugin({ id: 'audit', title: '审计', template: 'basic' })).rejects.toThrow('内核路由');
    expect(existsSync(join(REPO_ROOT, 'plugins', 'audit'))).toBe(false);
  });

  it('generates a plugin whose typecheck, lint and generated tests pass', async () => {
    const { id, dir, files } = await generate('basic', '生成测试');
    expect(files).toEqual(expect.arrayContaining([
      'package.json', 'tsconfig.json', 'eslint.config.js', 'vitest.config.ts', 'README.md',
      'src/server/plugin.ts', 'src/server/index.ts', 'src/server/router.ts', 'src/server/router.int.test.ts',
      'src/contracts/index.ts', 'src/web/index.ts', 'src/web/pages/HomePage.tsx',
    ]));
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; exports: Record<string, string> };
    expect(pkg.name).toBe(`@gongkai/plugin-${id}`);
    expect(Object.keys(pkg.exports)).toEqual(['./server', './web', './contracts']);
    await expect(generatePlugin({ id, title: '再来一次', template: 'basic' })).rejects.toThrow('已存在');

    const { typecheck, lint, test } = await check(dir);
    expect(typecheck.output).toBe('');
    expect(typecheck.code).toBe(0);
    expect(lint.code, lint.output).toBe(0);
    expect(test.code, test.output).toBe(0);
    expect(test.output).toMatch(/Tests\s+10 passed/);
  });
});
