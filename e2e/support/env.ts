// The platform's address and first administrator, published by global-setup.ts through
// process.env (the config's `use.baseURL` is evaluated before globalSetup runs, so tests build
// absolute URLs here).

function required(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run the suite through playwright.config.ts (globalSetup starts the platform)`);
  return v;
}

/** An absolute URL on the platform under test. */
export function url(path: string): string {
  return new URL(path, required('E2E_BASE_URL')).toString();
}

/** The first administrator's username and one-time password, parsed from the console box. */
export function admin(): { username: string; password: string } {
  return { username: required('E2E_ADMIN_USER'), password: required('E2E_ADMIN_PASSWORD') };
}

/** The published item seeded at start (support/seed.ts) for the read-only suites. */
export function sampleItem(): { id: string; title: string; indexNo: string } {
  return JSON.parse(required('E2E_SAMPLE_ITEM')) as { id: string; title: string; indexNo: string };
}
