// Information sharing between departments: loading with the right side's guard, who may see the
// access details, notices to the other side.
import { fail, type PluginGuard } from '@gongkai/kernel';
import type { MechanismsSharedResource, MechanismsShareRequest } from '@gongkai/db';
import { settingsSchema, type Settings } from '../settings';
import type { Ctx } from './context';

export interface Reach { divisions: string[]; organizations: { id: string; divisionCode: string }[] }

/** A resource of a division where the plugin is enabled (NOT_FOUND otherwise), with its settings. */
export async function loadResource(ctx: Ctx, id: string): Promise<{ resource: MechanismsSharedResource; settings: Settings }> {
  const resource = await ctx.db.mechanismsSharedResource.findUnique({ where: { id } });
  if (!resource) throw fail.notFound('共享资源');
  const state = await ctx.kernel.enablement.effective(ctx.tx, resource.divisionCode, 'mechanisms');
  if (!state.enabled) throw fail.notFound('共享资源');
  return { resource, settings: settingsSchema.parse(state.settings) };
}

export async function loadShareRequest(ctx: Ctx, id: string): Promise<{ request: MechanismsShareRequest; resource: MechanismsSharedResource }> {
  const request = await ctx.db.mechanismsShareRequest.findUnique({ where: { id } });
  if (!request) throw fail.notFound('共享申请');
  const resource = (await ctx.db.mechanismsSharedResource.findUnique({ where: { id: request.resourceId } }))!;
  return { request, resource };
}

/** The owner's side: staff whose permission reaches the owning organisation. */
export async function guardOwner(guard: PluginGuard, r: MechanismsSharedResource): Promise<void> {
  await guard.division(r.divisionCode, r.organizationId);
}

/** The requesting side: staff whose permission reaches the requesting organisation. */
export async function guardRequester(guard: PluginGuard, q: MechanismsShareRequest): Promise<void> {
  await guard.division(q.requesterDivisionCode, q.requesterOrganizationId);
}

export const reaches = (reach: Reach, divisionCode: string, organizationId: string): boolean =>
  reach.divisions.some((d) => divisionCode.startsWith(d)) || reach.organizations.some((o) => o.id === organizationId);

/** An approved request still in force on `today`. */
export const inForce = (q: MechanismsShareRequest, today: string): boolean =>
  q.status === 'approved' && (!q.validUntil || q.validUntil.toISOString().slice(0, 10) >= today);

export async function shareNotice(ctx: Ctx, n: { divisionCode: string; organizationId: string; requestId: string; kind: string; message: string; dueDate?: Date | null }): Promise<void> {
  await ctx.db.mechanismsNotice.upsert({
    where: { dedupeKey: `share-request:${n.requestId}:${n.kind}` }, update: {},
    create: { divisionCode: n.divisionCode, organizationId: n.organizationId, subjectType: 'share-request', subjectId: n.requestId, kind: n.kind, dedupeKey: `share-request:${n.requestId}:${n.kind}`, message: n.message, dueDate: n.dueDate ?? null, createdAt: ctx.clock.now() },
  });
}
