// The `gongkai` command line. From the repository root: `pnpm gongkai <command>`.
import { Command, InvalidArgumentError } from 'commander';
import { serverConfigFromEnv, type ServerConfig } from '../config';
import { auditVerifyCommand } from './commands/audit';
import { migrateCommand } from './commands/migrate';
import { runProcess } from './commands/run';
import { CliError, userCreateCommand } from './commands/user';

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('须为 0–65535 的整数');
  return n;
}

function config(overrides: { port?: number; host?: string } = {}): ServerConfig {
  const c = serverConfigFromEnv();
  return { ...c, ...(overrides.port !== undefined ? { port: overrides.port } : {}), ...(overrides.host ? { host: overrides.host } : {}) };
}

const program = new Command('gongkai')
  .description('Gongkai 政务公开平台 / the Gongkai government-openness platform')
  .showHelpAfterError();

for (const [name, mode, description] of [
  ['start', 'all', '在一个进程中运行接口和任务 / API and workers in one process'],
  ['serve', 'api', '只运行接口 / API only'],
  ['work', 'worker', '只运行任务和事件分发 / workers and the outbox dispatcher only'],
] as const) {
  program.command(name).description(description)
    .option('-p, --port <port>', 'listen port (env PORT, default 3000)', port)
    .option('--host <host>', 'listen address (env HOST, default 127.0.0.1)')
    .action(async (opts: { port?: number; host?: string }) => { await runProcess(mode, config(opts)); });
}

program.command('migrate').description('应用数据库迁移 / apply database migrations')
  .action(async () => { await migrateCommand(config(), { seed: false, townships: false }); process.exit(0); });

program.command('seed').description('写入黑龙江行政区划 / seed the Heilongjiang divisions (idempotent)')
  .option('--townships', '包含乡级 / include the township level')
  .action(async (opts: { townships?: boolean }) => {
    await migrateCommand(config(), { seed: true, townships: !!opts.townships || config().seedTownships });
    process.exit(0);
  });

program.command('audit').description('审计日志 / the audit log')
  .command('verify').description('校验审计链；完整退出码 0，损坏退出码 1 / verify the hash chain: exit 0 intact, 1 broken')
  .action(async () => {
    // 0 intact, 1 broken; 2 when the check itself could not run.
    const code = await auditVerifyCommand(config()).catch((err: unknown) => { console.error(err instanceof Error ? err.message : err); return 2; });
    process.exit(code);
  });

program.command('user').description('用户 / accounts')
  .command('create').description('创建工作人员账号并打印一次性密码 / create a staff account with a one-time password')
  .requiredOption('--username <username>', '用户名')
  .requiredOption('--division <code>', '所属行政区划代码，如 2301')
  .requiredOption('--role <key...>', '角色，如 kernel.division-admin（可多个）')
  .option('--org <idOrCode>', '所属机构（ID 或机构代码）；给出时角色授予在该机构')
  .option('--name <displayName>', '显示名')
  .action(async (opts: { username: string; division: string; role: string[]; org?: string; name?: string }) => {
    await userCreateCommand(config(), opts);
    process.exit(0);
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof CliError) console.error(err.message);
  else console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(err instanceof CliError ? 2 : 1);
});
