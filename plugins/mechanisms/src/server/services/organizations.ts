// Organisation look-ups through the kernel (plugins never read kernel tables directly).
import { TRPCError } from '@trpc/server';
import { fail } from '@gongkai/kernel';
import type { Ctx } from './context';

export interface OrgInfo { id: string; divisionCode: string; code: string; name: string; active: boolean }

export async function orgsById(ctx: Ctx, ids: readonly (string | null | undefined)[]): Promise<Map<string, OrgInfo>> {
  const rows = await ctx.kernel.identity.organizations(ctx.tx, ids.filter((x): x is string => !!x));
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * The organisation `id`, which must be active and belong to `divisionCode` (or, with `subtree`,
 * to it or a division below it); otherwise BAD_REQUEST naming `field`.
 */
export async function requireOrg(ctx: Ctx, id: string, divisionCode: string | null, field: string, opts: { subtree?: boolean } = {}): Promise<OrgInfo> {
  const org = (await orgsById(ctx, [id])).get(id);
  const inDivision = org && (divisionCode === null || (opts.subtree ? org.divisionCode.startsWith(divisionCode) : org.divisionCode === divisionCode));
  if (!org || !org.active || !inDivision) {
    throw fail.badRequest(divisionCode === null ? '机构不存在或已停用' : '机构不存在、已停用或不属于该地区', field);
  }
  return org;
}

export function isTrpcError(e: unknown): e is TRPCError { return e instanceof TRPCError; }
