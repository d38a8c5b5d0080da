// Graceful shutdown on SIGTERM / SIGINT: /readyz turns 503, the listener stops accepting and
// in-flight requests finish, then workers, the kernel, the database pool and the embedded
// database close, in that order. A second signal, or the timeout, exits at once.
import type { Logger } from 'pino';

export interface Closable { close(): Promise<void> }

export function installShutdown(target: Closable, logger: Logger, timeoutMs: number): void {
  let closing = false;
  const shutdown = (reason: string, code: number) => {
    if (closing) {
      logger.warn({ reason }, 'second signal: exiting now');
      process.exit(1);
    }
    closing = true;
    logger.info({ reason }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error({ timeoutMs }, 'shutdown timed out: exiting');
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    target.close().then(
      () => { logger.info('stopped'); logger.flush?.(); process.exit(code); },
      (err: unknown) => { logger.error({ err }, 'shutdown failed'); process.exit(1); },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM', 0));
  process.on('SIGINT', () => shutdown('SIGINT', 0));
  process.on('uncaughtException', (err) => { logger.fatal({ err }, 'uncaught exception'); shutdown('uncaughtException', 1); });
  process.on('unhandledRejection', (err) => { logger.fatal({ err }, 'unhandled promise rejection'); shutdown('unhandledRejection', 1); });
}
