// One pino logger per process, shared by Fastify (with request ids) and the kernel. JSON lines by
// default (for log shippers); human-readable when LOG_FORMAT=pretty or on an interactive terminal.
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

/** Log lines are written in batches of this size, or after LOG_FLUSH_MS, whichever comes first. */
export const LOG_BATCH_BYTES = 4096;
export const LOG_FLUSH_MS = 200;

let second = -1;
let secondIso = '';
/**
 * pino's `isoTime` (`,"time":"2026-11-26T04:22:58.123Z"`, UTC) with the date part formatted once a
 * second instead of once a line: `new Date().toISOString()` was a tenth of an access line's cost.
 */
export function isoTimestamp(now: number = Date.now()): string {
  const s = Math.floor(now / 1000);
  if (s !== second) {
    second = s;
    secondIso = new Date(s * 1000).toISOString().slice(0, 19);
  }
  const ms = now - s * 1000;
  return `,"time":"${secondIso}.${ms < 10 ? '00' : ms < 100 ? '0' : ''}${ms}Z"`;
}

/** `destination` replaces standard output (tests). */
export function createLogger(level: string, env: NodeJS.ProcessEnv = process.env, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'gongkai', pid: process.pid },
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'password', '*.password'], censor: '[redacted]' },
    timestamp: isoTimestamp,
  };
  if (destination) return pino(options, destination);
  const format = env.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json');
  if (format === 'pretty') {
    return pino(options, pretty({ sync: true, colorize: process.stdout.isTTY, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,service' }));
  }
  // Asynchronous writes in batches: lines are buffered until 4 KiB have gathered or 200 ms have
  // passed since the last flush, then written together. A synchronous write per access-log line
  // cost about a quarter of the CPU time of a small API request under load, and an asynchronous
  // write per line or two (what sonic-boom does without a minimum length) still cost ~15 µs of
  // main-thread time plus a thread-pool hand-off per request. pino flushes what is buffered when
  // the process exits (also on an uncaught exception); only a SIGKILL can lose the last 200 ms.
  return pino(options, batchedDestination(1));
}

/**
 * pino's asynchronous destination (sonic-boom) on a file descriptor, batched as above, holding the
 * pending lines as buffers. In its default text mode sonic-boom appends each line to one pending
 * string and measures that whole string's UTF-8 length again on every write, which flattens it: per
 * line, work and garbage that grow with the batch (about 3 KB and a few µs per access line at 4 KiB
 * batches, seen in a sampling heap profile under load). In buffer mode it keeps a list of buffers
 * with their lengths; each line is encoded once, here, and the batch is joined once when written.
 */
export function batchedDestination(fd: number): pino.DestinationStream {
  const stream = pino.destination({ dest: fd, sync: false, minLength: LOG_BATCH_BYTES, periodicFlush: LOG_FLUSH_MS, contentMode: 'buffer' });
  const writeBuffer = stream.write.bind(stream) as unknown as (chunk: Buffer) => boolean;
  // pino writes strings; buffer mode counts `length` as bytes, so each line is encoded first.
  stream.write = (line: string | Buffer) => writeBuffer(typeof line === 'string' ? Buffer.from(line) : line);
  return stream;
}
