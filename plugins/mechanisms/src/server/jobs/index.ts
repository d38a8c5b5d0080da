// Jobs of the mechanisms plugin (`mechanisms.<job>` on the plugin's queue).
import type { JobHandler } from '@gongkai/kernel';
import type { Ctx } from '../services/context';
import { sweepDeadlines } from './sweep';
import { deliverRelease } from './deliver-release';

export const jobs: Record<string, JobHandler> = {
  /** Every 15 minutes: reminders, overdue alerts, unpaid fees, paused clocks. */
  'sweep-deadlines': async ({ ctx }) => sweepDeadlines(ctx as Ctx),
  /** After a request changes: the same checks for that request alone. */
  'check-request': async ({ ctx, data }) => (typeof data.requestId === 'string' ? sweepDeadlines(ctx as Ctx, { requestId: data.requestId }) : null),
  /** One channel delivery of a published release. */
  'deliver-release': async ({ ctx, data }) => deliverRelease(ctx as Ctx, String(data.releaseId), String(data.channelId)),
};
