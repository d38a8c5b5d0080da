// On a fresh platform (no staff account at all) creates the first administrator `admin`, granted
// kernel.admin at the province (23), with a one-time password printed once to the console and a
// forced change at first login. There is never a fixed default password.
import { appendAudit, generatePassword, type Kernel } from '@gongkai/kernel';
import type { Tx } from '@gongkai/db';
import { box } from './console-box';

export const FIRST_ADMIN_USERNAME = 'admin';
const FIRST_ADMIN_LOCK = 7_270_101;

export type FirstAdminResult = { created: false } | { created: true; userId: string; username: string; password: string };

export async function ensureFirstAdmin(kernel: Kernel): Promise<FirstAdminResult> {
  return kernel.db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${FIRST_ADMIN_LOCK})`);
    if ((await tx.user.count({ where: { kind: 'staff' } })) > 0) return { created: false } as const;
    const password = generatePassword();
    const user = await kernel.identity.createUser(tx as Tx, {
      kind: 'staff', username: FIRST_ADMIN_USERNAME, displayName: '系统管理员', password,
      divisionCode: '23', mustChangePassword: true,
    });
    await kernel.identity.grant(tx as Tx, user.id, 'kernel.admin', { divisionCode: '23' });
    await appendAudit(tx as Tx, {
      actorId: null, actorKind: 'system', divisionCode: '23', action: 'system.firstAdmin.create',
      targetType: 'user', targetId: user.id, outcome: 'ok', detail: { username: FIRST_ADMIN_USERNAME, role: 'kernel.admin' },
    });
    return { created: true, userId: user.id, username: FIRST_ADMIN_USERNAME, password } as const;
  }, { timeout: 30_000 });
}

export function firstAdminBox(username: string, password: string, url: string): string {
  return box([
    '首位管理员已创建 · First administrator created',
    '',
    `登录地址 Sign in at:   ${url}/console`,
    `用户名   Username:     ${username}`,
    `一次性密码 One-time password:  ${password}`,
    '',
    '此密码只显示这一次，首次登录后必须修改。',
    'This password is shown only once; you must change it at first sign-in.',
  ]);
}
