// One access-log line per request, after the response: method, URL, status, duration, client
// address and request id. Routes declared with a quieter log level (health, metrics: 'warn') stay
// out of it unless they fail.
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';

export function registerAccessLog(app: FastifyInstance, accessLog: Logger): void {
  const values = accessLog.levels.values;
  app.addHook('onResponse', (req, reply, done) => {
    const level = reply.statusCode >= 500 ? 'error' : 'info';
    const routeLevel = req.routeOptions.logLevel;
    if (!routeLevel || (values[routeLevel] ?? 0) <= values[level]!) {
      accessLog[level]({ reqId: req.id, method: req.method, url: req.originalUrl, statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10, ip: req.ip }, 'request');
    }
    done();
  });
}
