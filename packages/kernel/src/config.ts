import path from 'node:path';

/** Every setting comes from the environment here, and only here. */
export interface KernelConfig {
  /** Directory for the embedded database, uploaded files and other local state. */
  dataDir: string;
  /** Base URL of the public site, used in feeds and links. */
  publicUrl: string;
  /** Session lifetime in hours. */
  sessionHours: number;
  /** Failed logins allowed per account (and per address ×4) in `loginWindowMinutes`. */
  loginMaxFailures: number;
  loginWindowMinutes: number;
  /** Display template of 索引号. */
  indexNoTemplate: string;
  redisUrl: string | null;
  /** Secure cookies (set when served over HTTPS). */
  secureCookies: boolean;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): KernelConfig {
  const dataDir = path.resolve(env.GONGKAI_DATA_DIR ?? '.data');
  const port = env.PORT ?? '3000';
  return {
    dataDir,
    publicUrl: (env.GONGKAI_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    sessionHours: Number(env.GONGKAI_SESSION_HOURS ?? 12),
    loginMaxFailures: Number(env.GONGKAI_LOGIN_MAX_FAILURES ?? 5),
    loginWindowMinutes: Number(env.GONGKAI_LOGIN_WINDOW_MINUTES ?? 15),
    indexNoTemplate: env.GONGKAI_INDEX_NO_TEMPLATE ?? '{orgCode}/{yyyy}-{nnnnn}',
    redisUrl: env.REDIS_URL || null,
    secureCookies: env.GONGKAI_SECURE_COOKIES === '1',
  };
}

export function testConfig(overrides: Partial<KernelConfig> = {}): KernelConfig {
  return { ...configFromEnv({}), dataDir: path.resolve('.data/test'), ...overrides };
}
