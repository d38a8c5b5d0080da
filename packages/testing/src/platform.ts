// createTestPlatform(): a booted kernel on a fresh real database, with typed callers for any user.
import { createDb, seedDivisions, type Db } from '@gongkai/db';
import {
  Kernel, createAppRouter, createCallerFactory, createContext, fixedClock, memoryCookieJar, testConfig,
  type AnyPlugin, type Clock, type KernelConfig, type Principal,
} from '@gongkai/kernel';
import pino from 'pino';
import { createTestDatabase, type TestDatabase } from './database';

export interface TestPlatformOptions<P extends readonly AnyPlugin[]> {
  plugins?: P;
  /** Seed the Heilongjiang divisions (default true). */
  divisions?: boolean;
  clock?: Clock;
  config?: Partial<KernelConfig>;
}

export interface StaffSpec {
  username?: string;
  /** Role keys granted at `divisionCode` (or at `organizationId`). */
  roles: string[];
  divisionCode?: string;
  organizationId?: string;
  kind?: 'staff' | 'public';
}

let counter = 0;

export async function createTestPlatform<const P extends readonly AnyPlugin[] = []>(options: TestPlatformOptions<P> = {}) {
  const database: TestDatabase = await createTestDatabase();
  const db: Db = createDb(database.url, { max: 5 });
  if (options.divisions !== false) await seedDivisions(db);
  const clock = options.clock ?? fixedClock('2026-11-25T02:00:00Z');
  const plugins = (options.plugins ?? []) as unknown as P;
  const kernel = await Kernel.boot({
    db, clock, plugins,
    config: testConfig(options.config),
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
  });
  const appRouter = createAppRouter(plugins);
  const callerFactory = createCallerFactory(appRouter);

  /** A caller acting as `principal` (null: anonymous). */
  const as = (principal: Principal | null, cookies = memoryCookieJar()) =>
    callerFactory(createContext({ kernel, principal, cookies, meta: { ip: '127.0.0.1', userAgent: 'vitest' } }));

  async function createUser(spec: StaffSpec) {
    const username = spec.username ?? `user${++counter}_${Date.now().toString(36)}`;
    const user = await kernel.identity.createUser(db, {
      kind: spec.kind ?? 'staff', username, displayName: username, password: 'test-password-1',
      divisionCode: spec.divisionCode ?? null, organizationId: spec.organizationId ?? null,
    });
    for (const role of spec.roles) {
      await kernel.identity.grant(db, user.id, role, spec.organizationId ? { organizationId: spec.organizationId } : { divisionCode: spec.divisionCode ?? '23' });
    }
    const principal = (await kernel.identity.principalOf(db, user.id))!;
    return { user, principal, caller: as(principal) };
  }

  return {
    kernel, db, database, appRouter, clock,
    anonymous: () => as(null),
    as,
    createUser,
    /** Turns a plugin on (or off) for a division directly, as seed data. */
    async setPlugin(divisionCode: string, pluginId: string, enabled: boolean, settings: Record<string, unknown> = {}) {
      await db.pluginEnablement.upsert({
        where: { divisionCode_pluginId: { divisionCode, pluginId } },
        create: { divisionCode, pluginId, enabled, settings: settings as object },
        update: { enabled, settings: settings as object },
      });
    },
    async close() {
      await kernel.close();
      await db.$disconnect();
      await database.drop();
    },
  };
}

export type TestPlatform = Awaited<ReturnType<typeof createTestPlatform>>;
