// Plugin lifecycle hooks (onEnable / onDisable) run as kernel jobs after the enabling or disabling
// transaction commits, never inside the administrator's request.
import { z } from 'zod';
import type { Tx } from '@gongkai/db';
import { appendAudit } from '../audit/audit-service';
import type { Kernel } from '../kernel';

/** The kernel's own queue and the job that runs a plugin's lifecycle hook for one division. */
export const KERNEL_QUEUE = 'gongkai.kernel';
export const PLUGIN_LIFECYCLE_JOB = 'kernel.plugin-lifecycle';

export const lifecyclePayload = z.object({
  pluginId: z.string().min(1).max(64),
  divisionCode: z.string().min(2).max(12),
  hook: z.enum(['onEnable', 'onDisable']),
}).strict();
export type LifecyclePayload = z.infer<typeof lifecyclePayload>;

export interface LifecycleOutcome { ran: boolean; reason?: string }

/**
 * Runs the hook in its own transaction (with a system audit record). The job is skipped when the
 * plugin has no such hook, or when the division's state changed again before the job ran (an
 * onEnable for a division that is disabled by now does nothing).
 */
export async function runPluginLifecycle(kernel: Kernel, data: Record<string, unknown>): Promise<LifecycleOutcome> {
  const p = lifecyclePayload.parse(data);
  const plugin = kernel.registry.get(p.pluginId);
  if (!plugin) throw new Error(`Lifecycle job for plugin "${p.pluginId}", which is not installed`);
  const hook = plugin.lifecycle?.[p.hook];
  if (!hook) return { ran: false, reason: 'no-hook' };
  const state = await kernel.enablement.effective(kernel.db, p.divisionCode, p.pluginId);
  if (state.enabled !== (p.hook === 'onEnable')) {
    kernel.logger.info(p, 'lifecycle hook skipped: the division changed state again');
    return { ran: false, reason: 'state-changed' };
  }
  const afterCommit: (() => Promise<void>)[] = [];
  await kernel.db.$transaction(async (tx) => {
    await hook({ divisionCode: p.divisionCode, ctx: kernel.pluginContext(p.pluginId, tx as Tx, (fn) => { afterCommit.push(fn); }) });
    await appendAudit(tx as Tx, {
      actorId: null, actorKind: 'system', action: `kernel.plugin.${p.hook}`, divisionCode: p.divisionCode,
      pluginId: p.pluginId, targetType: 'plugin', targetId: p.pluginId, outcome: 'ok',
    });
  }, { timeout: 120_000, maxWait: 30_000 });
  for (const fn of afterCommit) await fn();
  return { ran: true };
}

/** Schedules the hook to run as a job once the current mutation commits. */
export function scheduleLifecycle(ctx: { kernel: Kernel; afterCommit: (fn: () => Promise<void> | void) => void }, payload: LifecyclePayload): void {
  ctx.afterCommit(() => ctx.kernel.jobs.enqueue(KERNEL_QUEUE, PLUGIN_LIFECYCLE_JOB, { ...payload }));
}
