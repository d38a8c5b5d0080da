// The jobs backend of this process: BullMQ on Redis when REDIS_URL is set, otherwise BullMQ's
// PostgreSQL backend on the platform database (the kernel's bullmqJobsDriver). API processes only
// enqueue; worker processes (`start`, `work`) also run one worker per queue and the job schedulers
// (among them the outbox dispatcher's periodic sweep).
import { bullmqJobsDriver, isBullmqDriver, startWorkers, type JobsDriver, type Kernel, type RunningWorkers } from '@gongkai/kernel';
import type { Logger } from 'pino';

export type JobsBackendKind = 'redis' | 'postgres';

export interface JobsRuntime {
  kind: JobsBackendKind;
  /** Passed to Kernel.boot. */
  driver: (kernel: Kernel) => JobsDriver;
  /** Starts the queue workers and job schedulers in this process. */
  startWorkers(kernel: Kernel): Promise<void>;
  /** Resolves when the backend answers. */
  ping(): Promise<void>;
  /** Stops the workers, letting running jobs finish (the kernel closes the queues). */
  close(): Promise<void>;
}

export interface JobsRuntimeOptions {
  redisUrl: string | null;
  databaseUrl: string;
  /** The embedded database multiplexes connections onto one session: BullMQ's tables go to `public`. */
  embedded: boolean;
  concurrency: number;
  prefix: string | null;
  logger: Logger;
}

export function createJobsRuntime(o: JobsRuntimeOptions): JobsRuntime {
  const factory = bullmqJobsDriver({
    databaseUrl: o.databaseUrl,
    ...(o.embedded ? { schema: 'public' } : {}),
    ...(o.prefix ? { prefix: o.prefix } : {}),
  });
  let driver: JobsDriver | null = null;
  let workers: RunningWorkers | null = null;
  return {
    kind: o.redisUrl ? 'redis' : 'postgres',
    driver: (kernel) => (driver = factory(kernel)),
    async startWorkers(kernel) {
      workers = await startWorkers(kernel, { concurrency: o.concurrency });
    },
    async ping() {
      if (!driver) throw new Error('任务队列尚未启动');
      if (isBullmqDriver(driver)) await driver.ping();
    },
    async close() {
      const w = workers;
      workers = null;
      await w?.close();
    },
  };
}
