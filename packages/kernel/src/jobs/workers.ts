import { createRequire } from 'node:module';
import type { Job, Worker } from 'bullmq';
import type { Kernel } from '../kernel';
import type { RepeatableJob } from '../plugins/define-plugin';
import { PLUGIN_LIFECYCLE_JOB } from '../plugins/lifecycle';
import { isBullmqDriver, repeatOptionsOf, type BullmqJobsDriver } from './bullmq-driver';
import { KERNEL_QUEUE, kernelJobs, kernelRepeatables, queueNameOf } from './kernel-jobs';

const require = createRequire(import.meta.url);
const { UnrecoverableError } = require('bullmq') as typeof import('bullmq');

export interface StartWorkersOptions {
  /** Jobs run at once per queue (default 5). */
  concurrency?: number;
  /** Only these queues (default: all). */
  queues?: string[];
  /** Register the repeatable jobs with BullMQ job schedulers (default true). */
  schedule?: boolean;
}

export interface RunningWorkers {
  readonly workers: readonly Worker[];
  /** Schedulers registered per queue: `<plugin>.<job>` ids. */
  readonly schedulers: Record<string, string[]>;
  /** Stops taking jobs and waits for the running ones to finish. */
  close(): Promise<void>;
}

/** Does `name` resolve to a job handler? Unknown names fail at once instead of being retried. */
function resolvable(kernel: Kernel, name: string): boolean {
  const dot = name.indexOf('.');
  if (dot < 1) return false;
  const owner = name.slice(0, dot);
  const job = name.slice(dot + 1);
  if (owner === 'kernel') return job in kernelJobs || name === PLUGIN_LIFECYCLE_JOB;
  return Boolean(kernel.registry.get(owner)?.jobs?.[job]);
}

function repeatablesOf(kernel: Kernel, queue: string): { id: string; r: RepeatableJob }[] {
  if (queue === KERNEL_QUEUE) return kernelRepeatables.map((r) => ({ id: `kernel.${r.job}`, r }));
  const plugin = kernel.registry.plugins.find((p) => queueNameOf(p.id) === queue);
  return (plugin?.repeatable ?? []).map((r) => ({ id: `${plugin!.id}.${r.job}`, r }));
}

/**
 * Registers each queue's repeatable jobs as BullMQ job schedulers (upsert: safe to run from every
 * worker process at every start) and removes schedulers no longer declared. Scheduled jobs carry
 * `divisionCode: null`: a platform-wide job looks at every division itself.
 */
export async function syncSchedulers(kernel: Kernel, driver: BullmqJobsDriver, queues = driver.queueNames()): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const name of queues) {
    const q = driver.queue(name);
    const wanted = repeatablesOf(kernel, name);
    for (const { id, r } of wanted) {
      await q.upsertJobScheduler(id, repeatOptionsOf(r), { name: id, data: { divisionCode: null }, opts: driver.defaultJobOptions });
    }
    const ids = new Set(wanted.map((w) => w.id));
    for (const s of await q.getJobSchedulers()) {
      if (!ids.has(s.key)) await q.removeJobScheduler(s.key);
    }
    out[name] = [...ids];
  }
  return out;
}

/**
 * Runs one BullMQ worker per queue, each calling `kernel.runJob(name, data, jobId)` (which re-checks
 * that the plugin is enabled for the payload's division). Failed jobs are retried with exponential
 * backoff (the driver's default attempts); unknown job names fail without retry. `close()` lets
 * running jobs finish. Call it before `kernel.close()`.
 */
export async function startWorkers(kernel: Kernel, options: StartWorkersOptions = {}): Promise<RunningWorkers> {
  const driver = kernel.jobs;
  if (!isBullmqDriver(driver)) throw new Error('startWorkers needs the BullMQ jobs driver (Kernel.boot({ jobs: bullmqJobsDriver(...) }))');
  await driver.ready();
  const queues = options.queues ?? driver.queueNames();
  const schedulers = options.schedule === false ? {} : await syncSchedulers(kernel, driver, queues);
  const workers = queues.map((name) => {
    const w = driver.worker(name, async (job: Job) => {
      if (!resolvable(kernel, job.name)) throw new UnrecoverableError(`No handler for job "${job.name}"`);
      return kernel.runJob(job.name, job.data as Record<string, unknown>, job.id ?? '');
    }, { concurrency: options.concurrency ?? 5 });
    w.on('failed', (job, err) => kernel.logger.warn({ err, queue: name, job: job?.name, jobId: job?.id, attempts: job?.attemptsMade }, 'job failed'));
    w.on('error', (err) => kernel.logger.error({ err, queue: name }, 'worker error'));
    return w;
  });
  await Promise.all(workers.map((w) => w.waitUntilReady()));
  kernel.logger.info({ queues, backend: driver.backend }, 'job workers started');
  let closing: Promise<void> | null = null;
  return {
    workers, schedulers,
    close() {
      closing ??= Promise.all(workers.map((w) => w.close())).then(() => undefined);
      return closing;
    },
  };
}
