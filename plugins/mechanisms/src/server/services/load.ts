// Loads a request with its related rows in separate queries. Prisma 6.19's JS query compiler
// mis-binds parameters when one query includes several relations of a found row ("bind message
// supplies 3 parameters, but prepared statement requires 4"), so relations are fetched one by one.
import type { MechanismsFee, MechanismsLetter, MechanismsRequest, MechanismsRequestEvent, MechanismsSubtask } from '@gongkai/db';
import type { Ctx } from './context';

export type FullRequest = MechanismsRequest & { events: MechanismsRequestEvent[]; subtasks: MechanismsSubtask[]; fees: MechanismsFee[]; letters: MechanismsLetter[] };

export async function loadFull(ctx: Ctx, id: string, opts: { eventKinds?: string[] } = {}): Promise<FullRequest | null> {
  const r = await ctx.db.mechanismsRequest.findUnique({ where: { id } });
  if (!r) return null;
  // Sequential on purpose (see above; concurrent queries trip the same bug).
  const events = await ctx.db.mechanismsRequestEvent.findMany({ where: { requestId: id, ...(opts.eventKinds ? { kind: { in: opts.eventKinds } } : {}) }, orderBy: { at: 'asc' } });
  const subtasks = await ctx.db.mechanismsSubtask.findMany({ where: { requestId: id }, orderBy: { createdAt: 'asc' } });
  const fees = await ctx.db.mechanismsFee.findMany({ where: { requestId: id }, orderBy: { createdAt: 'asc' } });
  const letters = await ctx.db.mechanismsLetter.findMany({ where: { requestId: id }, orderBy: { createdAt: 'asc' } });
  return { ...r, events, subtasks, fees, letters };
}
