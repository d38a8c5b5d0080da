import type { Kernel } from '../kernel';
import type { RepeatableJob } from '../plugins/define-plugin';
import { dispatchOutbox } from '../events/dispatcher';

/** Kernel jobs run on their own queue, like a plugin's, as `kernel.<job>`. */
export const KERNEL_QUEUE = 'gongkai.kernel';
export const DISPATCH_JOB = 'kernel.events.dispatch';

export function queueNameOf(pluginId: string): string {
  return `gongkai.${pluginId}`;
}

type KernelJob = (kernel: Kernel, data: Record<string, unknown>, jobId: string) => Promise<unknown>;

export const kernelJobs: Record<string, KernelJob> = {
  /** Delivers committed outbox events (also kicked after every commit that emitted some). */
  'events.dispatch': (kernel) => dispatchOutbox(kernel),
};

/** The periodic sweep: events whose kick was lost, and retries after backoff, are delivered within seconds. */
export const kernelRepeatables: readonly RepeatableJob[] = [{ job: 'events.dispatch', everyMs: 3_000 }];

export function runKernelJob(kernel: Kernel, job: string, data: Record<string, unknown>, jobId: string): Promise<unknown> {
  const handler = kernelJobs[job];
  if (!handler) throw new Error(`The kernel has no job "${job}"`);
  return handler(kernel, data, jobId);
}

/**
 * After a commit that emitted events, enqueue one dispatcher run. Kicks in the same tick are
 * coalesced; a lost kick only delays delivery until the periodic sweep.
 */
export function installDispatchKick(kernel: Kernel): void {
  let pending = false;
  kernel.events.onEmitted = () => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      kernel.jobs.enqueue(KERNEL_QUEUE, DISPATCH_JOB, { divisionCode: null })
        .catch((err: unknown) => kernel.logger.warn({ err }, 'could not enqueue the event dispatcher; the periodic sweep will deliver'));
    });
  };
}
