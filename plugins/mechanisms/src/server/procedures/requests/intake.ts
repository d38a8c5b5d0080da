// Intake: online applications by citizens, staff-entered ones for every other channel.
import { fail } from '@gongkai/kernel';
import { intakeInput, submitInput } from '../../../contracts/requests';
import { receiptRules } from '../../../contracts/receipt';
import { receiptDate } from '../../domain/receipt';
import { p } from '../../procedure';
import { today } from '../../services/calendar';
import { requireOrg } from '../../services/organizations';
import { createRequest, type CreatedRequest } from '../../services/requests';

const result = (r: CreatedRequest) => ({ id: r.id, number: r.number, receivedOn: r.receivedOn, dueDate: r.dueDate });

/** A citizen applies online; the platform's receipt confirms the date at once (Art. 31(3)). */
export const submit = p.authed().input(submitInput).mutation(async ({ ctx, input }) => {
  if (ctx.principal.kind !== 'public') throw fail.forbidden('工作人员请通过“登记申请”录入当面、邮寄等渠道的申请');
  await requireOrg(ctx.plugin, input.organizationId, input.divisionCode, 'organizationId');
  const day = today(ctx.plugin);
  const r = await createRequest(ctx.plugin, {
    ...input, channel: 'online', receivedOn: day, receiptRule: receiptRules.online.rule,
    applicantUserId: ctx.principal.userId, assistanceNote: null, enteredById: null,
  }, { id: ctx.principal.userId, name: null });
  ctx.audit.target('mechanisms.request', r.id, r.divisionCode);
  return result(r);
});

/** Staff register an application received in person, orally, by mail, fax or e-mail. */
export const intake = p.can('requests.intake').input(intakeInput).mutation(async ({ ctx, input }) => {
  await requireOrg(ctx.plugin, input.organizationId, input.divisionCode, 'organizationId');
  await ctx.guard.division(input.divisionCode, input.organizationId);
  const receipt = receiptDate(input.channel, input, today(ctx.plugin));
  if (!receipt.ok) throw fail.badRequest(receipt.message, receipt.field);
  const { submittedOn: _s, signedOn: _g, confirmedOn: _c, ...fields } = input;
  const r = await createRequest(ctx.plugin, {
    ...fields, receivedOn: receipt.receivedOn, receiptRule: receipt.rule, applicantUserId: null, enteredById: ctx.principal.userId,
  }, { id: ctx.principal.userId, name: ctx.principal.displayName });
  ctx.audit.target('mechanisms.request', r.id, r.divisionCode);
  return result(r);
});
