// gongkai start | serve | work: long-running processes.
import type { ServerConfig } from '../../config';
import { createLogger } from '../../runtime/logger';
import { startPlatform, type Mode } from '../../runtime/platform';
import { installShutdown } from '../../runtime/shutdown';

export async function runProcess(mode: Mode, config: ServerConfig): Promise<void> {
  const logger = createLogger(config.logLevel);
  const platform = await startPlatform(mode, { config, logger });
  installShutdown(platform, logger, config.shutdownTimeoutMs);
}
