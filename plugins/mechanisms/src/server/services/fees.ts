// Fee notices (国办函〔2020〕109号): counting per applicant per natural month, the notice with a
// payment deadline (the period from notice to payment is not counted, see rule set), and closing
// as 其他处理 when the deadline passes unpaid.
import { fail } from '@gongkai/kernel';
import type { MechanismsRequest } from '@gongkai/db';
import { monthRange, quoteByItem, quoteByVolume, type FeeMethod, type FeeQuote } from '../domain/fees';
import { fromDb, toDb } from './calendar';
import type { Ctx } from './context';
import { closeRequests } from './closing';

/** Items this applicant filed earlier in the natural month of the request's receipt. */
export async function earlierItems(ctx: Ctx, r: MechanismsRequest): Promise<number> {
  const { from } = monthRange(fromDb(r.receivedOn));
  const rows = await ctx.db.$queryRaw<{ n: bigint | null }[]>`
    SELECT COALESCE(SUM(item_count), 0) AS n FROM mechanisms_request
    WHERE applicant_key = ${r.applicantKey} AND id <> ${r.id}
      AND received_on >= ${from}::date AND (received_on < ${fromDb(r.receivedOn)}::date OR (received_on = ${fromDb(r.receivedOn)}::date AND created_at < ${r.createdAt}))`;
  return Number(rows[0]?.n ?? 0);
}

export async function quote(ctx: Ctx, r: MechanismsRequest, method: FeeMethod, units: number): Promise<FeeQuote & { earlierUnits: number }> {
  if (method === 'by-item') {
    const earlier = await earlierItems(ctx, r);
    return { ...quoteByItem(earlier, units), earlierUnits: earlier };
  }
  return { ...quoteByVolume(units), earlierUnits: 0 };
}

/**
 * Closes as 其他处理（逾期未缴费） every open request among `requestIds` whose fee notice went unpaid
 * past its deadline; returns how many were closed. Rows are locked in id order.
 */
export async function closeForNonPayment(ctx: Ctx, requestIds: readonly string[], today: string): Promise<number> {
  if (requestIds.length === 0) return 0;
  const ids = [...requestIds].sort();
  await ctx.db.$queryRaw`SELECT id FROM mechanisms_request WHERE id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`;
  const open = await ctx.db.mechanismsRequest.findMany({ where: { id: { in: ids }, status: { not: 'closed' } } });
  const fees = await ctx.db.mechanismsFee.findMany({ where: { requestId: { in: open.map((r) => r.id) }, status: 'unpaid', payBy: { lt: toDb(today) } } });
  const feeOf = new Map<string, (typeof fees)[number]>();
  for (const f of fees) if (!feeOf.has(f.requestId)) feeOf.set(f.requestId, f);
  const list = open.flatMap((r) => {
    const fee = feeOf.get(r.id);
    return fee ? [{ r, a: {
      outcomeCode: 'other.unpaid' as const, reason: `申请人未在${fromDb(fee.payBy)}前缴纳信息处理费${fee.amount}元，视为放弃申请`, legalBasis: null,
      closedOn: today, actor: { id: null, name: '系统' },
    } }] : [];
  });
  await closeRequests(ctx, list);
  return list.length;
}

export function assertNoFeeYet(r: MechanismsRequest, existing: number): void {
  if (existing > 0) throw fail.precondition('本申请已发出收费通知；每件申请只能适用一种收费标准，不得重复计收');
}
