import type { Logger } from 'pino';

export interface EnqueueOptions { delayMs?: number; jobId?: string; attempts?: number }

/** How jobs reach workers. The BullMQ driver is used when running; tests may run jobs inline. */
export interface JobsDriver {
  enqueue(queue: string, name: string, data: Record<string, unknown>, opts?: EnqueueOptions): Promise<void>;
  close(): Promise<void>;
}

export type JobRunner = (name: string, data: Record<string, unknown>, jobId: string) => Promise<unknown>;

/** Runs each job immediately in-process (tests, and the CLI's one-shot commands). */
export function inlineJobsDriver(run: () => JobRunner, logger: Logger): JobsDriver & { pending: Promise<unknown>[]; drain(): Promise<void> } {
  const pending: Promise<unknown>[] = [];
  let seq = 0;
  return {
    pending,
    async enqueue(_queue, name, data, opts) {
      const p = run()(name, data, opts?.jobId ?? `inline-${++seq}`).catch((err: unknown) => logger.error({ err, name }, 'inline job failed'));
      pending.push(p);
    },
    async drain() { while (pending.length) await pending.shift(); },
    async close() { await Promise.all(pending); },
  };
}
