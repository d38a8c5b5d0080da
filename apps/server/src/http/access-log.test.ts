// The access log and the per-request logger: one line per request with its id, quiet routes kept
// quiet, the request logger made only when used and still redacting.
import { Writable } from 'node:stream';
import Fastify, { LogController, type FastifyBaseLogger } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../runtime/logger';
import { AccessLog, registerAccessLog, type AccessFields } from './access-log';
import { LazyRequestLogger, lazyChildLogger } from './request-logger';

function memoryLogger() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({ write(chunk, _enc, cb) { for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l)); cb(); } });
  return { logger: createLogger('info', {}, sink), lines };
}

let close: (() => Promise<void>) | null = null;
afterEach(async () => { await close?.(); close = null; });

async function appWith(logger: ReturnType<typeof createLogger>) {
  const app = Fastify({ loggerInstance: logger as FastifyBaseLogger, childLoggerFactory: lazyChildLogger, logController: new LogController({ disableRequestLogging: true }), genReqId: () => 'req-1' });
  registerAccessLog(app, new AccessLog(logger));
  let seen: unknown = null;
  app.get('/ok', async (req) => { seen = req.log; return { ok: true }; });
  app.get('/quiet', { logLevel: 'warn' }, async (req) => { req.log.info('not written'); return { ok: true }; });
  app.get('/boom', { logLevel: 'warn' }, async () => { throw new Error('boom'); });
  app.get('/talk', async (req) => { req.log.info({ password: 'secret-1', note: 'hello' }, 'inside'); return { ok: true }; });
  await app.ready();
  close = () => app.close();
  return { app, seen: () => seen };
}

describe('access log', () => {
  it('writes one line per request with the request id, method, URL, status, duration and address', async () => {
    const { logger, lines } = memoryLogger();
    const { app, seen } = await appWith(logger);
    await app.inject('/ok?x=1');
    logger.flush();
    const access = lines.filter((l) => l.msg === 'request');
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({ level: 30, service: 'gongkai', pid: process.pid, reqId: 'req-1', method: 'GET', url: '/ok?x=1', statusCode: 200, ip: '127.0.0.1' });
    expect(typeof access[0]!.ms).toBe('number');
    expect(Date.parse(String(access[0]!.time))).toBeGreaterThan(Date.now() - 60_000);
    // The request never logged through its own logger, so its child was never made.
    expect(seen()).toBeInstanceOf(LazyRequestLogger);
    expect((seen() as unknown as { made: unknown }).made).toBeNull();
  });

  it('keeps routes with a quieter level out of it, unless they fail', async () => {
    const { logger, lines } = memoryLogger();
    const { app } = await appWith(logger);
    await app.inject('/quiet');
    await app.inject('/boom');
    logger.flush();
    expect(lines.some((l) => l.msg === 'not written')).toBe(false);
    const access = lines.filter((l) => l.msg === 'request');
    expect(access.map((l) => [l.url, l.statusCode, l.level])).toEqual([['/boom', 500, 50]]);
  });

  it('gives a request that logs a child logger bound to its id, with the platform\'s redaction', async () => {
    const { logger, lines } = memoryLogger();
    const { app } = await appWith(logger);
    await app.inject('/talk');
    logger.flush();
    const inside = lines.find((l) => l.msg === 'inside');
    expect(inside).toMatchObject({ reqId: 'req-1', note: 'hello', password: '[redacted]' });
  });

  it('formats its lines exactly as pino does for the same fields, awkward strings included', () => {
    const written: string[] = [];
    const sink = new Writable({ write(chunk, _enc, cb) { written.push(String(chunk)); cb(); } });
    const logger = createLogger('info', {}, sink);
    const access = new AccessLog(logger);
    const cases: AccessFields[] = [
      { reqId: 'req-1', method: 'GET', url: '/trpc/catalogue.item?input=%7B%22json%22%7D', statusCode: 200, ms: 1.3, ip: '127.0.0.1' },
      { reqId: 'a"b\\c', method: 'POST', url: '/搜索?q="引号"\\反斜杠\n换行\u0001\u007f', statusCode: 503, ms: 0, ip: '::ffff:10.0.0.1' },
      { reqId: 'x'.repeat(128), method: 'DELETE', url: `/${'长'.repeat(300)}`, statusCode: 404, ms: 12345.6, ip: '2001:db8::1' },
    ];
    for (const f of cases) {
      const level = f.statusCode >= 500 ? 50 : 30;
      const ours = access.line(level, f);
      written.length = 0;
      logger[level === 50 ? 'error' : 'info']({ ...f }, 'request');
      logger.flush();
      const theirs = written.join('');
      const strip = (line: string) => line.replace(/"time":"[^"]*"/, '"time":""');
      expect(strip(ours)).toBe(strip(theirs));
      expect(JSON.parse(ours)).toMatchObject({ ...f, level, service: 'gongkai', pid: process.pid, msg: 'request' });
    }
  });

  it('writes nothing below the logger\'s level, and follows a level changed while running', () => {
    const { logger, lines } = memoryLogger();
    const access = new AccessLog(logger);
    const f: AccessFields = { reqId: 'r', method: 'GET', url: '/', statusCode: 200, ms: 1, ip: '127.0.0.1' };
    logger.level = 'warn';
    access.write(30, f);
    access.write(50, { ...f, statusCode: 500 });
    logger.level = 'info';
    access.write(30, f);
    logger.flush();
    expect(lines.map((l) => [l.level, l.statusCode])).toEqual([[50, 500], [30, 200]]);
  });
});
