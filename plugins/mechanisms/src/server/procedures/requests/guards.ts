// Date checks shared by the case actions: legal dates are never in the future nor before receipt.
import { fail } from '@gongkai/kernel';
import type { MechanismsRequest } from '@gongkai/db';
import { fromDb, today } from '../../services/calendar';
import type { Ctx } from '../../services/context';

export function checkActionDate(ctx: Ctx, r: MechanismsRequest, date: string, field: string): void {
  if (date > today(ctx)) throw fail.badRequest(`日期不能晚于今天（${today(ctx)}）`, field);
  if (date < fromDb(r.receivedOn)) throw fail.badRequest(`日期不能早于收到申请之日（${fromDb(r.receivedOn)}）`, field);
}

export const actor = (p: { userId: string; displayName: string }) => ({ id: p.userId, name: p.displayName });
