#!/usr/bin/env node
// `pnpm create-plugin <id> [--title 中文名称] [--template basic|sector] [--install] [--no-install]`
// Generates plugins/<id>/, runs `pnpm install`, and installs it in the apps (with --install) or
// prints the edits that do so. See README.md beside this file.
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import { relative } from 'node:path';
import process from 'node:process';
import { parseCommandLine, USAGE } from './lib/args.mjs';
import { generatePlugin, isExistingPlugin, optionProblems, REPO_ROOT } from './lib/generate.mjs';
import { applyInstallEdits, installEditsOf } from './lib/installed-lists.mjs';

function main() {
  const { options, errors } = parseCommandLine(process.argv.slice(2));
  if (options?.help) { console.log(USAGE); return 0; }
  if (options && errors.length === 0 && options.install && isExistingPlugin(options.id)) return installOnly(options);
  const problems = [...errors, ...(options ? optionProblems(options) : [])];
  if (!options || problems.length > 0) {
    for (const p of problems) console.error(`✗ ${p}`);
    console.error(`\n${USAGE}`);
    return 1;
  }
  return run(options);
}

/**
 * `--install` for a plugin that already exists: only the edits in the apps, then pnpm install.
 * @param {import('./lib/args.mjs').Options} o
 */
async function installOnly(o) {
  console.log(`plugins/${o.id} 已存在：只把它加入已安装列表`);
  for (const line of await applyInstallEdits(REPO_ROOT, o.id)) console.log(`✓ ${line}`);
  return o.runInstall ? pnpmInstall() : 0;
}

function pnpmInstall() {
  console.log('… pnpm install');
  const r = spawnSync('pnpm', ['install'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('✗ pnpm install 失败：请修复后在仓库根目录重新运行 pnpm install');
    return 1;
  }
  return 0;
}

/** @param {import('./lib/args.mjs').Options} o */
async function run(o) {
  const { dir, files } = await generatePlugin(o);
  console.log(`✓ 已生成 ${relative(REPO_ROOT, dir)}/（${o.template === 'sector' ? '行业模板' : '基础模板'}，${files.length} 个文件）`);
  for (const f of files) console.log(`    ${f}`);

  if (o.install) {
    for (const line of await applyInstallEdits(REPO_ROOT, o.id)) console.log(`✓ ${line}`);
  }
  if (o.runInstall && pnpmInstall() !== 0) return 1;
  if (!o.install) {
    console.log(`\n安装本插件（或运行 pnpm create-plugin ${o.id} --install 自动完成）：`);
    for (const e of installEditsOf(o.id, REPO_ROOT)) {
      console.log(`  ${e.file}:  ${e.importLine}  并把 ${e.identifier} 加入列表`);
    }
    console.log(`  并在 apps/server 与 apps/web 的 package.json dependencies 中加入 "@gongkai/plugin-${o.id}": "workspace:*"，再运行 pnpm install`);
  }
  console.log(`\n检查：pnpm --filter @gongkai/plugin-${o.id} typecheck && pnpm --filter @gongkai/plugin-${o.id} test`);
  if (o.template === 'sector') console.log('提示：行业插件需要 key-sectors 已安装并在同一地区启用（requires: [\'key-sectors\']）。');
  return 0;
}

Promise.resolve(main()).then((code) => { process.exitCode = code; }, (err) => {
  console.error(`✗ ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
