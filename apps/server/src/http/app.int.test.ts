// The HTTP application end to end, in-process (app.inject) on a fresh PostgreSQL database.
import { Validator } from '@seriousme/openapi-schema-validator';
import { createTestDatabase, type TestDatabase } from '@gongkai/testing';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from '../runtime/platform';
import { fakeWebDist, passwordFromBox, testServerConfig } from '../test-support';
import { noticeBoardPlugin } from '../test-fixtures/notice-board';

let database: TestDatabase;
let platform: Platform;
let printed = '';
const app = () => platform.http!.app;
/** The first administrator's password once the forced first-login change is made (see 'first administrator'). */
const ADMIN_PASSWORD = 'Admin-passw0rd-1';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers are inspected field by field
type TrpcBody = any;
interface Login { session: string; csrf: string; setCookie: string[] }

async function login(username: string, password: string, remoteAddress = '127.0.0.1'): Promise<{ status: number; body: TrpcBody; login?: Login }> {
  const res = await app().inject({ method: 'POST', url: '/trpc/auth.login', remoteAddress, payload: { json: { username, password } } });
  const body = res.json();
  if (res.statusCode !== 200) return { status: res.statusCode, body };
  const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const session = res.cookies.find((c) => c.name === 'gk_session')!.value;
  const csrf = res.cookies.find((c) => c.name === 'gk_csrf')!.value;
  return { status: 200, body, login: { session, csrf, setCookie } };
}

beforeAll(async () => {
  database = await createTestDatabase();
  platform = await startPlatform('all', {
    config: testServerConfig({ DATABASE_URL: database.url, GONGKAI_WEB_DIST: fakeWebDist(), GONGKAI_PUBLIC_URL: 'http://gongkai.test' }),
    logger: pino({ level: 'silent' }),
    print: (t) => { printed += t; },
    listen: false,
    plugins: [noticeBoardPlugin],
  });
});

afterAll(async () => {
  await platform?.close();
  await database?.drop();
});

describe('health', () => {
  it('/healthz answers while the process is up', async () => {
    const res = await app().inject('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok' });
  });

  it('/readyz checks the database, migrations and the jobs backend', async () => {
    const res = await app().inject('/readyz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'ok', jobs: 'ok' } });
  });

  it('/readyz answers 503 while draining for shutdown', async () => {
    platform.http!.health.draining = true;
    try {
      const res = await app().inject('/readyz');
      expect(res.statusCode).toBe(503);
      expect(res.json().status).toBe('draining');
      expect((await app().inject('/healthz')).statusCode).toBe(200);
    } finally {
      platform.http!.health.draining = false;
    }
  });

  it('/readyz reports a missing migration', async () => {
    await platform.db.$executeRawUnsafe(`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = (SELECT max(migration_name) FROM "_prisma_migrations")`);
    try {
      const res = await app().inject('/readyz');
      expect(res.statusCode).toBe(503);
      expect(res.json().checks.migrations).toMatch(/未应用的迁移/);
    } finally {
      await platform.db.$executeRawUnsafe(`UPDATE "_prisma_migrations" SET rolled_back_at = NULL`);
    }
  });
});

describe('first administrator', () => {
  it('was created once with a one-time password and must change it', async () => {
    expect(printed).toContain('admin');
    const admin = await platform.db.user.findUniqueOrThrow({ where: { username: 'admin' }, include: { grants: { include: { role: true } } } });
    expect(admin.mustChangePassword).toBe(true);
    expect(admin.grants.map((g) => [g.role.key, g.divisionCode])).toEqual([['kernel.admin', '23']]);
    const { ensureFirstAdmin } = await import('../runtime/first-admin');
    expect(await ensureFirstAdmin(platform.kernel)).toEqual({ created: false });
  });

  it('may only change the password, read itself and sign out until the one-time password is changed', async () => {
    const oneTime = passwordFromBox(printed);
    const { login: s } = await login('admin', oneTime);
    const call = (url: string, payload?: unknown) => app().inject({
      method: payload === undefined ? 'GET' : 'POST', url, cookies: { gk_session: s!.session }, headers: { 'x-csrf-token': s!.csrf },
      ...(payload === undefined ? {} : { payload: { json: payload } }),
    });
    const me = await call('/trpc/auth.me');
    expect(me.json().result.data.json).toMatchObject({ username: 'admin', mustChangePassword: true });
    const create = await call('/trpc/divisions.create', { code: '230195', name: '改密前新区' });
    expect(create.statusCode).toBe(403);
    expect(create.json().error.json.message).toMatch(/请先修改密码/);
    const read = await call('/trpc/organizations.list?input=' + encodeURIComponent(JSON.stringify({ json: {} })));
    expect(read.statusCode).toBe(403);
    expect(await platform.db.division.findUnique({ where: { code: '230195' } })).toBeNull();
    const denied = await platform.db.auditRecord.findFirstOrThrow({ where: { action: 'divisions.create', outcome: 'denied' } });
    expect(denied.actorKind).toBe('staff');

    const changed = await call('/trpc/auth.changePassword', { oldPassword: oneTime, newPassword: ADMIN_PASSWORD });
    expect(changed.statusCode).toBe(200);
    // The same session, looked up again on the next request, is no longer restricted.
    expect((await call('/trpc/auth.me')).json().result.data.json).toMatchObject({ mustChangePassword: false });
    expect((await call('/trpc/divisions.create', { code: '230195', name: '改密后新区' })).statusCode).toBe(200);
  });
});

describe('sessions and CSRF', () => {
  it('login sets an HttpOnly, SameSite=Lax session cookie and a readable CSRF cookie', async () => {
    const r = await login('admin', ADMIN_PASSWORD);
    expect(r.status).toBe(200);
    const session = r.login!.setCookie.find((c) => c.startsWith('gk_session='))!;
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(session).toMatch(/Path=\//);
    expect(session).not.toMatch(/Secure/);
    const csrf = r.login!.setCookie.find((c) => c.startsWith('gk_csrf='))!;
    expect(csrf).not.toMatch(/HttpOnly/);
    expect(r.body.result.data.json.csrfToken).toBe(r.login!.csrf);
  });

  it('a mutation with the session cookie but without the CSRF header is refused; with it, it succeeds', async () => {
    const { login: s } = await login('admin', ADMIN_PASSWORD);
    const create = (code: string, headers: Record<string, string>) => app().inject({
      method: 'POST', url: '/trpc/divisions.create', cookies: { gk_session: s!.session }, headers,
      payload: { json: { code, name: '测试新区' } },
    });

    const without = await create('230197', {});
    expect(without.statusCode).toBe(403);
    expect(without.json().error.json.message).toMatch(/CSRF/);
    const wrong = await create('230197', { 'x-csrf-token': 'not-the-token' });
    expect(wrong.statusCode).toBe(403);
    expect(await platform.db.division.findUnique({ where: { code: '230197' } })).toBeNull();

    const ok = await create('230198', { 'x-csrf-token': s!.csrf });
    expect(ok.statusCode).toBe(200);
    expect(await platform.db.division.findUnique({ where: { code: '230198' } })).toMatchObject({ name: '测试新区', parentCode: '2301' });
  });

  it('queries need no CSRF header and see the signed-in account', async () => {
    const { login: s } = await login('admin', ADMIN_PASSWORD);
    const res = await app().inject({ url: '/trpc/auth.me', cookies: { gk_session: s!.session } });
    expect(res.statusCode).toBe(200);
    expect(res.json().result.data.json).toMatchObject({ username: 'admin', kind: 'staff' });
  });

  it('refuses state-changing requests from another origin, even login', async () => {
    const res = await app().inject({
      method: 'POST', url: '/trpc/auth.login', headers: { origin: 'https://evil.example' },
      payload: { json: { username: 'admin', password: 'x' } },
    });
    expect(res.statusCode).toBe(403);
    const sameSite = await app().inject({
      method: 'POST', url: '/trpc/auth.login', headers: { origin: 'http://gongkai.test', 'sec-fetch-site': 'same-origin' },
      payload: { json: { username: 'nobody', password: 'x' } },
    });
    expect(sameSite.statusCode).toBe(401);
    const crossSite = await app().inject({
      method: 'POST', url: '/trpc/auth.login', headers: { 'sec-fetch-site': 'cross-site' },
      payload: { json: { username: 'nobody', password: 'x' } },
    });
    expect(crossSite.statusCode).toBe(403);
  });

  it('API tokens authenticate tRPC calls without cookies or CSRF header', async () => {
    const admin = await platform.db.user.findUniqueOrThrow({ where: { username: 'admin' } });
    const { token } = await platform.kernel.identity.createApiToken(platform.db, admin.id, '测试系统', null);
    const me = await app().inject({ url: '/trpc/auth.me', headers: { authorization: `Bearer ${token}` } });
    expect(me.json().result.data.json).toMatchObject({ username: 'admin' });
    const created = await app().inject({
      method: 'POST', url: '/trpc/divisions.create', headers: { authorization: `Bearer ${token}` },
      payload: { json: { code: '230196', name: '令牌新区' } },
    });
    expect(created.statusCode).toBe(200);
  });
});

describe('security headers', () => {
  it('sends the web app\'s CSP, nosniff, frame and referrer policies on pages', async () => {
    for (const url of ['/', '/console/login', '/apiary', '/trpcx']) {
      const res = await app().inject(url);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(res.headers['x-dns-prefetch-control']).toBe('off');
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['x-request-id']).toBeTruthy();
    }
  });

  it('sends the OWASP REST set on API answers: nothing may load or frame them', async () => {
    for (const url of ['/trpc/auth.me', '/api/v1/openapi.json', '/feeds/atom.xml?division=23', '/healthz', '/metrics', '/metrics?x=1']) {
      const res = await app().inject(url);
      expect(res.headers['content-security-policy'], url).toBe("default-src 'none';frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(res.headers['cross-origin-resource-policy']).toBeDefined();
      // Document-only headers stay off data answers.
      for (const h of ['x-dns-prefetch-control', 'x-download-options', 'x-permitted-cross-domain-policies', 'x-xss-protection', 'origin-agent-cluster', 'cross-origin-opener-policy']) expect(res.headers[h], `${url} ${h}`).toBeUndefined();
      expect(res.headers['x-request-id']).toBeTruthy();
    }
  });

  it('echoes a well-formed request id', async () => {
    const res = await app().inject({ url: '/healthz', headers: { 'x-request-id': 'abc-123' } });
    expect(res.headers['x-request-id']).toBe('abc-123');
  });
});

describe('rate limits', () => {
  it('throttles repeated failed logins per account (kernel) and per address (HTTP)', async () => {
    const ip = '10.9.8.7';
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await login('admin', `wrong-${i}`, ip)).status);
    // Five failures are allowed per account in the window, then the account is throttled.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const throttled = await login('admin', ADMIN_PASSWORD, ip);
    expect(throttled.status).toBe(429);
    expect(throttled.body.error.json.message).toMatch(/登录失败次数过多/);

    // The HTTP limiter allows 10 login requests a minute per address, whatever the account.
    const more: number[] = [];
    for (let i = 0; i < 5; i++) more.push((await login(`someone${i}`, 'x', ip)).status);
    expect(more.slice(0, 3)).toEqual([401, 401, 401]);
    const limited = await app().inject({ method: 'POST', url: '/trpc/auth.login', remoteAddress: ip, payload: { json: { username: 'a', password: 'b' } } });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeTruthy();
    expect(limited.json().error.json.data.code).toBe('TOO_MANY_REQUESTS');
    expect(limited.json().error.json.message).toMatch(/请求过于频繁/);
    // Other addresses and other procedures are unaffected.
    expect((await app().inject({ url: '/trpc/auth.me', remoteAddress: ip })).statusCode).toBe(200);
  });
});

describe('metrics', () => {
  it('exposes default, HTTP and tRPC procedure metrics', async () => {
    await app().inject('/trpc/auth.me');
    await app().inject('/trpc/divisions.get?input=' + encodeURIComponent(JSON.stringify({ json: { code: '999999' } })));
    const res = await app().inject('/metrics');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/plain/);
    const text = res.body;
    expect(text).toMatch(/gongkai_process_cpu_user_seconds_total/);
    expect(text).toMatch(/gongkai_http_request_duration_seconds_bucket\{.*route="\/trpc\/:path".*\}/);
    expect(text).toMatch(/gongkai_trpc_procedure_calls_total\{path="auth.me",code="OK",transport="trpc",service="gongkai"\} \d+/);
    expect(text).toMatch(/gongkai_trpc_procedure_calls_total\{path="divisions.get",code="NOT_FOUND",transport="trpc",service="gongkai"\} 1/);
    expect(text).toMatch(/gongkai_trpc_procedure_calls_total\{path="divisions.create",code="FORBIDDEN",transport="trpc",service="gongkai"\} \d+/);
  });

  it('counts unknown procedures under one label', async () => {
    await app().inject('/trpc/no.such.thing');
    const text = (await app().inject('/metrics')).body;
    expect(text).toMatch(/path="\(unknown\)",code="NOT_FOUND"/);
    expect(text).not.toMatch(/no\.such\.thing/);
  });
});

describe('REST API /api/v1', () => {
  it('serves a valid OpenAPI 3 document listing every procedure with meta.openapi', async () => {
    const res = await app().inject('/api/v1/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info).toMatchObject({ title: 'Gongkai 公开 API', version: '1' });
    expect(doc.servers).toEqual([{ url: 'http://gongkai.test/api/v1' }]);
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);

    const expected = Object.values(platform.router._def.procedures as Record<string, { _def: { meta?: { openapi?: { path?: string } } } }>)
      .map((proc) => proc._def.meta?.openapi?.path)
      .filter((p): p is string => !!p);
    expect(expected.length).toBeGreaterThan(0);
    for (const p of expected) expect(Object.keys(doc.paths)).toContain(p);
    // The plugin's public endpoint appears with no server change.
    expect(doc.paths['/notice-board/summary'].get.summary).toBe('公告栏概况（测试插件）');
  });

  it('answers REST calls, with 4xx for bad input', async () => {
    await platform.db.pluginEnablement.create({ data: { divisionCode: '2301', pluginId: 'notice-board', enabled: true, settings: {} } });
    const ok = await app().inject('/api/v1/notice-board/summary?divisionCode=230108');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ divisionCode: '230108', divisionName: '平房区', notices: 0 });
    expect(ok.headers['access-control-allow-origin']).toBe('*');
    const disabled = await app().inject('/api/v1/notice-board/summary?divisionCode=2302');
    expect(disabled.statusCode).toBe(404);
    const bad = await app().inject('/api/v1/notice-board/summary?divisionCode=230108&extra=1');
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toMatch(/extra/);
    const unknown = await app().inject('/api/v1/no-such-endpoint');
    expect(unknown.statusCode).toBe(404);
    const text = (await app().inject('/metrics')).body;
    expect(text).toMatch(/path="noticeBoard.summary",code="OK",transport="rest"/);
  });
});

describe('divisions over REST', () => {
  it('lists the division endpoints in the OpenAPI document', async () => {
    const doc = (await app().inject('/api/v1/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/divisions', '/divisions/{code}']));
    expect(doc.paths['/divisions'].get.parameters.map((x: { name: string }) => x.name).sort()).toEqual(['level', 'page', 'pageSize', 'parentCode']);
    expect(doc.paths['/divisions/{code}'].get.tags).toEqual(['divisions']);
  });

  it('lists a city\'s counties and pages the whole level, anonymously', async () => {
    const res = await app().inject('/api/v1/divisions?parentCode=2301&level=county');
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const body = res.json();
    expect(body.items.length).toBe(body.total);
    expect(body.items.every((d: { parentCode: string; level: string }) => d.parentCode === '2301' && d.level === 'county')).toBe(true);
    expect(body.items.find((d: { code: string }) => d.code === '230108')).toEqual({ code: '230108', name: '平房区', level: 'county', parentCode: '2301', pilot: true, statisticalOnly: false, childCount: 0 });
    const page2 = (await app().inject('/api/v1/divisions?level=county&pageSize=100&page=2')).json();
    expect(page2).toMatchObject({ page: 2, pageSize: 100 });
    expect(page2.items).toHaveLength(page2.total - 100);
  });

  it('answers one division by code with public fields only; 404 when unknown, 400 for bad input', async () => {
    const res = await app().inject('/api/v1/divisions/2301');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ code: '2301', name: '哈尔滨市', level: 'prefecture', parentCode: '23', parentName: '黑龙江省', pilot: false, statisticalOnly: false, active: true });
    expect((await app().inject('/api/v1/divisions/239999')).statusCode).toBe(404);
    const bad = await app().inject('/api/v1/divisions/abc');
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toMatch(/code/);
    const badLevel = await app().inject('/api/v1/divisions?level=village');
    expect(badLevel.statusCode).toBe(400);
    expect(JSON.stringify(badLevel.json())).toMatch(/level/);
    expect((await app().inject('/api/v1/divisions?colour=red')).statusCode).toBe(400);
  });
});

describe('unexpected errors', () => {
  it('never show internal details to clients, only a request id', async () => {
    const trpc = await app().inject({ url: '/trpc/noticeBoard.broken?input=' + encodeURIComponent(JSON.stringify({ json: {} })), headers: { 'x-request-id': 'req-500-a' } });
    expect(trpc.statusCode).toBe(500);
    expect(trpc.body).not.toContain('secret_table');
    expect(trpc.json().error.json.message).toBe('服务器内部错误，请稍后再试（请求编号 req-500-a）');
    const rest = await app().inject({ url: '/api/v1/notice-board/broken', headers: { 'x-request-id': 'req-500-b' } });
    expect(rest.statusCode).toBe(500);
    expect(rest.body).not.toContain('secret_table');
    expect(rest.body).toContain('req-500-b');
  });
});

describe('catalogue public read side', () => {
  const title = '肇东市2026年财政预算执行情况公开';
  beforeAll(async () => {
    const admin = await platform.db.user.findUniqueOrThrow({ where: { username: 'admin' } });
    const org = await platform.db.organization.create({ data: { divisionCode: '231282', code: '11231282000000002B', name: '肇东市财政局' } });
    await platform.db.$transaction(async (tx) => {
      const draft = await platform.kernel.catalogue.createDraft(tx, {
        divisionCode: '231282', organizationId: org.id, itemType: 'kernel.document', title,
        summary: '预算执行情况', body: '正文', generatedOn: '2026-11-20', topicCode: '0201',
      }, { createdById: admin.id });
      await platform.kernel.catalogue.publish(tx, draft.id);
    });
  });

  it('lists the catalogue endpoints, the export and the feed in the OpenAPI document', async () => {
    const doc = (await app().inject('/api/v1/openapi.json')).json();
    for (const p of ['/catalogue/search', '/catalogue/facets', '/catalogue/items/{id}', '/catalogue/export.json', '/catalogue/export.csv', '/feeds/atom.xml']) {
      expect(Object.keys(doc.paths), p).toContain(p);
    }
    const exportParams = doc.paths['/catalogue/export.csv'].get.parameters.map((x: { name: string }) => x.name);
    expect(exportParams).toEqual(expect.arrayContaining(['q', 'divisionCode', 'topicCode']));
    expect(exportParams).not.toContain('page');
    expect((await new Validator().validate(doc)).valid).toBe(true);
  });

  it('searches the catalogue over REST', async () => {
    const res = await app().inject(`/api/v1/catalogue/search?q=${encodeURIComponent('肇东')}`);
    expect(res.statusCode).toBe(200);
    expect(JSON.stringify(res.json())).toContain(title);
  });

  it('serves Atom feeds per division, refusing unknown divisions and parameters', async () => {
    const res = await app().inject('/feeds/atom.xml?division=2312');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/atom\+xml/);
    expect(res.body).toContain('<feed');
    expect(res.body).toContain(title);
    expect((await app().inject('/feeds/atom.xml?division=2302')).body).not.toContain(title);
    expect((await app().inject('/feeds/atom.xml?division=239999')).statusCode).toBe(404);
    const bad = await app().inject('/feeds/atom.xml?colour=red');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/colour/);
  });

  it('exports any search as CSV and JSON', async () => {
    const csv = await app().inject(`/api/v1/catalogue/export.csv?q=${encodeURIComponent('预算')}&division=231282`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="catalogue-\d{8}\.csv"/);
    expect(csv.body.startsWith('\uFEFF索引号,名称')).toBe(true);
    expect(csv.body).toContain(title);
    expect(csv.headers['x-total-count']).toBe('1');
    const json = await app().inject('/api/v1/catalogue/export.json?divisionCode=231282&year=2026');
    expect(json.statusCode).toBe(200);
    expect(JSON.stringify(json.json())).toContain(title);
    expect((await app().inject('/api/v1/catalogue/export.json?year=abc')).statusCode).toBe(400);
  });
});

describe('web app', () => {
  it('serves index.html for portal and console routes without caching it', async () => {
    for (const url of ['/', '/console', '/console/users/abc', '/catalogue/item/xyz?q=1']) {
      const res = await app().inject(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('<div id="root">');
    }
  });

  it('caches hashed assets as immutable and revalidates other files', async () => {
    const asset = await app().inject('/assets/index-Bx7Kq2Zp.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await app().inject('/favicon.svg');
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('without a web build, answers page routes with a bilingual page saying how to build it', async () => {
    const { buildApp } = await import('./app');
    const bare = await buildApp({
      kernel: platform.kernel, router: platform.router, logger: pino({ level: 'silent' }), readiness: [],
      config: testServerConfig({ DATABASE_URL: database.url, GONGKAI_WEB_DIST: '/nonexistent/dist' }),
    });
    try {
      expect(bare.webBuilt).toBe(false);
      const page = await bare.app.inject('/console/users');
      expect(page.statusCode).toBe(503);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.body).toContain('网页尚未构建');
      expect(page.body).toContain('pnpm --filter @gongkai/web build');
      expect(page.body).toContain('The web app has not been built');
      expect((await bare.app.inject('/api/v1/openapi.json')).statusCode).toBe(200);
      expect((await bare.app.inject('/assets/x-12345678.js')).statusCode).toBe(404);
    } finally {
      await bare.app.close();
    }
  });

  it('answers 404 (not the page) for missing files and unknown API paths', async () => {
    expect((await app().inject('/assets/gone-12345678.js')).statusCode).toBe(404);
    const api = await app().inject('/api/v2/anything');
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toMatch(/json/);
    expect((await app().inject({ method: 'POST', url: '/console' })).statusCode).toBe(404);
  });
});
