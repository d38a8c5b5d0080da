// One access-log line per request, after the response: method, URL, status, duration, client
// address and request id. Routes declared with a quieter log level (health, metrics: 'warn') stay
// out of it unless they fail.
//
// The line goes to the platform logger's own destination, in pino's format (level, time, the
// logger's base fields, the request's fields, msg), but it is formatted here. Its fields are fixed
// and none can carry a secret, so pino's general path — walking an object, serialisers, hooks,
// message formatting — is not needed; it was about 10 µs of a public read's CPU time under load
// (perf, CPU-clock samples). access-log.test.ts checks that the lines equal pino's.
import type { FastifyInstance } from 'fastify';
import pino, { type Logger } from 'pino';
import { isoTimestamp } from '../runtime/logger';

const INFO = 30;
const ERROR = 50;

export interface AccessFields {
  reqId: string;
  method: string;
  url: string;
  statusCode: number;
  /** Duration in milliseconds, one decimal. */
  ms: number;
  ip: string;
}

/** Writes access lines to `logger`'s destination at its level, with its base fields (service, pid). */
export class AccessLog {
  private readonly stream: pino.DestinationStream;
  private readonly bindings: string;

  constructor(private readonly logger: Logger) {
    const own = logger as unknown as Record<symbol, unknown>;
    this.stream = own[pino.symbols.streamSym] as pino.DestinationStream;
    this.bindings = own[pino.symbols.chindingsSym] as string;
  }

  /** Whether a line of this level is written (the logger's level may change while running). */
  enabled(level: number): boolean { return level >= this.logger.levelVal; }

  /** The JSON line, with its newline. */
  line(level: number, f: AccessFields): string {
    return `{"level":${level}${isoTimestamp()}${this.bindings},"reqId":${JSON.stringify(f.reqId)},"method":${JSON.stringify(f.method)},"url":${JSON.stringify(f.url)},"statusCode":${f.statusCode},"ms":${f.ms},"ip":${JSON.stringify(f.ip)},"msg":"request"}\n`;
  }

  write(level: number, f: AccessFields): void {
    if (this.enabled(level)) this.stream.write(this.line(level, f));
  }
}

export function registerAccessLog(app: FastifyInstance, accessLog: AccessLog): void {
  const values = pino.levels.values;
  app.addHook('onResponse', (req, reply, done) => {
    const level = reply.statusCode >= 500 ? ERROR : INFO;
    if (accessLog.enabled(level)) {
      const routeLevel = req.routeOptions.logLevel;
      if (!routeLevel || (values[routeLevel] ?? 0) <= level) {
        accessLog.write(level, { reqId: String(req.id), method: req.method, url: req.originalUrl, statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10, ip: req.ip });
      }
    }
    done();
  });
}
