// Jobs of the mechanisms plugin (`mechanisms.<job>` on the plugin's queue).
import type { JobHandler } from '@gongkai/kernel';
import type { Ctx } from '../services/context';
import { sweepDeadlines } from './sweep';
import { deliverRelease } from './deliver-release';
import { checkRelease } from './release-deadlines';
import { fetchFeeds } from './opinion-feeds';
import { sweepOpinion } from './opinion-sweep';

export const jobs: Record<string, JobHandler> = {
  /** Every 15 minutes: reminders, overdue alerts (requests, sub-tasks, releases), unpaid fees, paused clocks. */
  'sweep-deadlines': async ({ ctx }) => sweepDeadlines(ctx as Ctx),
  /** After a request changes: the same checks for that request alone. */
  'check-request': async ({ ctx, data }) => (typeof data.requestId === 'string' ? sweepDeadlines(ctx as Ctx, { requestId: data.requestId }) : null),
  /** After a release is planned: its publication reminder or overdue flag at once. */
  'check-release': async ({ ctx, data }) => (typeof data.releaseId === 'string' ? checkRelease(ctx as Ctx, data.releaseId) : null),
  /** One channel delivery of a published release. */
  'deliver-release': async ({ ctx, data }) => deliverRelease(ctx as Ctx, String(data.releaseId), String(data.channelId)),
  /** Every 5 minutes (or one source on demand): fetch the opinion feeds that are due. */
  'opinion-fetch-feeds': async ({ ctx, data }) => fetchFeeds(ctx as Ctx, typeof data.sourceId === 'string' ? { sourceId: data.sourceId } : {}),
  /** Every 15 minutes: topic heat as time passes, automatic warnings, overdue response tasks. */
  'opinion-sweep': async ({ ctx }) => sweepOpinion(ctx as Ctx),
};
