// gongkai user create --username --division --role [--org] [--name]: a staff account with a
// one-time password (printed once; it must be changed at first sign-in).
import { appendAudit, divisionCode, generatePassword, Kernel, type Kernel as KernelT } from '@gongkai/kernel';
import type { Db, Tx } from '@gongkai/db';
import { z } from 'zod';
import type { ServerConfig } from '../../config';
import { installedPlugins } from '../../installed-plugins';
import { box } from '../../runtime/console-box';
import { createLogger } from '../../runtime/logger';
import { prepareDatabase } from '../../runtime/prepare-database';
import { withDatabase } from '../with-database';

export const userCreateInput = z.object({
  username: z.string().trim().regex(/^[A-Za-z0-9_.-]{3,64}$/, '用户名须为 3–64 位字母、数字、下划线、点或连字符'),
  division: divisionCode,
  role: z.array(z.string().trim().min(1).max(100)).min(1, '至少指定一个角色（--role）'),
  org: z.string().trim().min(1).max(64).optional(),
  name: z.string().trim().min(1).max(50).optional(),
}).strict();
export type UserCreateInput = z.input<typeof userCreateInput>;

export class CliError extends Error {}

/** Creates the account and its grants in one audited transaction; returns the one-time password. */
export async function createStaffUser(kernel: KernelT, db: Db, raw: UserCreateInput): Promise<{ userId: string; password: string; grantedAt: string }> {
  const parsed = userCreateInput.safeParse(raw);
  if (!parsed.success) throw new CliError(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
  const input = parsed.data;
  const division = await db.division.findUnique({ where: { code: input.division } });
  if (!division) throw new CliError(`--division: 行政区划 ${input.division} 不存在`);
  let organizationId: string | null = null;
  if (input.org) {
    const org = await db.organization.findFirst({ where: { OR: [{ id: input.org }, { divisionCode: input.division, code: input.org }] } });
    if (!org) throw new CliError(`--org: 在 ${input.division} 找不到机构“${input.org}”（机构 ID 或机构代码）`);
    if (org.divisionCode !== input.division) throw new CliError(`--org: 机构“${org.name}”属于 ${org.divisionCode}，不属于 ${input.division}`);
    organizationId = org.id;
  }
  for (const key of input.role) {
    if (!(await db.role.findUnique({ where: { key } }))) {
      const known = (await db.role.findMany({ select: { key: true }, orderBy: { key: 'asc' } })).map((r) => r.key);
      throw new CliError(`--role: 角色“${key}”不存在；可用角色：${known.join('、')}`);
    }
  }
  const password = generatePassword();
  const userId = await db.$transaction(async (tx) => {
    const user = await kernel.identity.createUser(tx as Tx, {
      kind: 'staff', username: input.username, displayName: input.name ?? input.username, password,
      divisionCode: input.division, organizationId, mustChangePassword: true,
    });
    for (const key of input.role) {
      await kernel.identity.grant(tx as Tx, user.id, key, organizationId ? { organizationId } : { divisionCode: input.division });
    }
    await appendAudit(tx as Tx, {
      actorId: null, actorKind: 'system', divisionCode: input.division, action: 'cli.user.create',
      targetType: 'user', targetId: user.id, outcome: 'ok',
      detail: { username: input.username, roles: input.role, organizationId },
    });
    return user.id;
  }, { timeout: 30_000 });
  return { userId, password, grantedAt: organizationId ? `organization ${organizationId}` : `division ${input.division}` };
}

export async function userCreateCommand(config: ServerConfig, raw: UserCreateInput): Promise<void> {
  const logger = createLogger(process.env.LOG_LEVEL || 'warn');
  await withDatabase(config, logger, async (db, database) => {
    await prepareDatabase({ url: database.url, db, logger, townships: config.seedTownships });
    const kernel = await Kernel.boot({ db, config: config.kernel, plugins: installedPlugins, logger });
    try {
      const r = await createStaffUser(kernel, db, raw);
      console.log(box([
        `已创建用户 · User created: ${raw.username}`,
        `角色 Roles: ${raw.role.join(', ')}  @ ${r.grantedAt}`,
        `一次性密码 One-time password:  ${r.password}`,
        '此密码只显示这一次，首次登录后必须修改。',
        'Shown only once; it must be changed at first sign-in.',
      ]));
    } finally {
      await kernel.close();
    }
  });
}
