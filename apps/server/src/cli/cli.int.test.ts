// The gongkai command line, run as a separate process against a fresh database.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { createDb, type Db } from '@gongkai/db';
import { createTestDatabase, type TestDatabase } from '@gongkai/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverRoot } from '../runtime/paths';

let database: TestDatabase;
let db: Db;

function gongkai(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', path.join(serverRoot, 'src/cli/index.ts'), ...args], {
      cwd: serverRoot,
      env: { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: 'warn', LOG_FORMAT: 'json' },
      timeout: 120_000,
    }, (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }));
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDb(database.url, { max: 2 });
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

// Each case starts the CLI several times (tsx start-up included): generous timeouts for busy CI machines.
describe('gongkai CLI', { timeout: 300_000 }, () => {
  it('migrate reports an up-to-date schema and seed inserts the divisions once', async () => {
    const m = await gongkai('migrate');
    expect(m.code, m.stderr).toBe(0);
    // The test database is already migrated; a second run applies nothing in any case.
    expect((await gongkai('migrate')).stdout).toMatch(/up to date/);
    const s = await gongkai('seed');
    expect(s.code, s.stderr).toBe(0);
    expect(s.stdout).toMatch(/inserted 140 division/);
    expect((await gongkai('seed')).stdout).toMatch(/inserted 0 division/);
  });

  it('user create makes a staff account with a one-time password', async () => {
    const r = await gongkai('user', 'create', '--username', 'zhang.san', '--division', '2301', '--role', 'kernel.division-admin', '--name', '张三');
    expect(r.code, r.stderr).toBe(0);
    const password = /One-time password:\s+(\S+)/.exec(r.stdout)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
    const user = await db.user.findUniqueOrThrow({ where: { username: 'zhang.san' }, include: { grants: { include: { role: true } } } });
    expect(user).toMatchObject({ kind: 'staff', displayName: '张三', divisionCode: '2301', mustChangePassword: true });
    expect(user.grants.map((g) => [g.role.key, g.divisionCode])).toEqual([['kernel.division-admin', '2301']]);
    expect(user.passwordHash).not.toContain(password!);
  });

  it('user create refuses bad input with a clear message and exit code 2', async () => {
    const role = await gongkai('user', 'create', '--username', 'li.si', '--division', '2301', '--role', 'no.such-role');
    expect(role.code).toBe(2);
    expect(role.stderr).toMatch(/角色“no.such-role”不存在/);
    const division = await gongkai('user', 'create', '--username', 'li.si', '--division', '12x', '--role', 'kernel.editor');
    expect(division.code).toBe(2);
    expect(division.stderr).toMatch(/--division/);
    expect(await db.user.findUnique({ where: { username: 'li.si' } })).toBeNull();
  });

  it('audit verify exits 0 on an intact chain and 1 naming the first altered record', async () => {
    expect((await gongkai('user', 'create', '--username', 'wang.wu', '--division', '230108', '--role', 'kernel.auditor')).code).toBe(0);
    const ok = await gongkai('audit', 'verify');
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/intact/);
    // Tampering as someone with direct database access would: bypassing the append-only trigger.
    await db.$transaction([
      db.$executeRawUnsafe(`SET LOCAL session_replication_role = 'replica'`),
      db.$executeRawUnsafe(`UPDATE kernel_audit_record SET action = 'forged' WHERE seq = 1`),
    ]);
    const broken = await gongkai('audit', 'verify');
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/BROKEN/);
    expect(broken.stdout).toMatch(/#1\b/);
  });
});
