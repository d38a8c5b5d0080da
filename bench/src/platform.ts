// A booted kernel on an existing database (the seeded clone), with an anonymous tRPC caller: what
// createTestPlatform gives, minus creating and seeding the database.
import { createDb, type Db } from '@gongkai/db';
import { Kernel, createAppRouter, createCallerFactory, createContext, fixedClock, memoryCookieJar, testConfig } from '@gongkai/kernel';
import pino from 'pino';

export async function benchPlatform(url: string) {
  const db: Db = createDb(url, { max: 5 });
  const kernel = await Kernel.boot({ db, clock: fixedClock('2026-11-25T02:00:00Z'), plugins: [], config: testConfig(), logger: pino({ level: 'silent' }) });
  const callerFactory = createCallerFactory(createAppRouter([]));
  return {
    db, kernel,
    anonymous: () => callerFactory(createContext({ kernel, principal: null, cookies: memoryCookieJar(), meta: { ip: '127.0.0.1', userAgent: 'bench' } })),
    async close() { await kernel.close(); await db.$disconnect(); },
  };
}
