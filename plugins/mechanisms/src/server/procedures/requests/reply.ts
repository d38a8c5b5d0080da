// The reply: an outcome code from the annual-report vocabulary, reasons and legal basis where the
// law requires them, the 告知书 from the organisation's template, optional forwarding to the body
// that holds the information, publication of disclosed material, and the Art. 44 suggestion.
import { fail } from '@gongkai/kernel';
import type { MechanismsRequest } from '@gongkai/db';
import { isLeafTopic } from '@gongkai/kernel/contracts';
import { z } from 'zod';
import { outcomes, type OutcomeCode } from '../../../contracts/vocabulary';
import { publishDisclosedInput, replyInput } from '../../../contracts/requests';
import { recordId } from '../../../contracts/common';
import { validateTemplate, renderLetter } from '../../domain/letters';
import { p } from '../../procedure';
import { fromDb, toDb, today } from '../../services/calendar';
import { closeRequest } from '../../services/closing';
import type { Ctx } from '../../services/context';
import { baseValues, issueLetter, outcomeValues, resolveTemplate } from '../../services/letters';
import { orgsById, requireOrg } from '../../services/organizations';
import { createRequest, loadRequest, requireOpen } from '../../services/requests';
import { addEvent } from '../../services/timeline';
import { checkActionDate } from './guards';

type ReplyInput = z.output<typeof replyInput>;

function checkOutcome(r: MechanismsRequest, input: ReplyInput, hasUnpaidExpired: boolean): void {
  const info = outcomes[input.outcomeCode];
  if (info.requiresReason && !input.reason) throw fail.badRequest(`“${info.label}”须说明理由`, 'reason');
  if (input.outcomeCode === 'other.no-correction' && r.status !== 'awaiting-correction') throw fail.badRequest('只有待补正的申请才能以“逾期不补正”办结', 'outcomeCode');
  if (input.outcomeCode === 'other.unpaid' && !hasUnpaidExpired) throw fail.badRequest('没有逾期未缴的收费通知', 'outcomeCode');
  if (input.forwardToOrganizationId && input.outcomeCode !== 'unavailable.not-held') throw fail.badRequest('只有“本机关不掌握相关政府信息”时才能转给负责机关', 'forwardToOrganizationId');
  if (input.onTheSpot && input.repliedOn !== fromDb(r.receivedOn)) throw fail.badRequest('当场答复的日期须为收到申请之日', 'repliedOn');
  if (r.status === 'awaiting-correction' && !['other.no-correction', 'unavailable.unclear', 'other.other'].includes(input.outcomeCode)) {
    throw fail.badRequest('申请人补正前只能以“逾期不补正”或“其他”办结', 'outcomeCode');
  }
}

async function letterValues(ctx: Ctx, r: MechanismsRequest, input: ReplyInput, transferBody: string | null) {
  const org = (await orgsById(ctx, [r.organizationId])).get(r.organizationId);
  return {
    ...baseValues(r, org?.name ?? '', input.repliedOn), ...outcomeValues(input.outcomeCode, input.reason, input.legalBasis),
    公开内容: input.disclosedContent ?? '', 负责机关: transferBody ?? '', 负责机关联系方式: input.transferContact ?? '',
  };
}

async function template(ctx: Ctx, r: MechanismsRequest, input: ReplyInput) {
  const t = await resolveTemplate(ctx, r.divisionCode, r.organizationId, input.outcomeCode);
  if (input.letterBody !== undefined) {
    const problem = validateTemplate(input.letterBody);
    if (problem) throw fail.badRequest(problem, 'letterBody');
    return { title: t.title, body: input.letterBody };
  }
  return t;
}

/**
 * The letter the reply would produce, for review before issuing. A mutation only so that the reply
 * (up to some 40,000 characters of reasons, disclosed content and letter text) travels in the request
 * body instead of the URL; it reads and changes nothing, so it runs outside the audited transaction
 * (`audit: false`, like a query) and leaves no audit record.
 */
export const previewReply = p.can('requests.reply').meta({ audit: false }).input(replyInput).mutation(async ({ ctx, input }) => {
  const r = await loadRequest(ctx.plugin, ctx.guard, input.id);
  const t = await template(ctx.plugin, r, input);
  return { title: t.title, body: t.body, html: renderLetter(t, await letterValues(ctx.plugin, r, input, input.transferBody)) };
});

export const reply = p.can('requests.reply').input(replyInput).mutation(async ({ ctx, input }) => {
  const r = await loadRequest(ctx.plugin, ctx.guard, input.id, { lock: true });
  requireOpen(r);
  checkActionDate(ctx.plugin, r, input.repliedOn, 'repliedOn');
  const expired = await ctx.plugin.db.mechanismsFee.count({ where: { requestId: r.id, status: 'unpaid', payBy: { lt: toDb(today(ctx.plugin)) } } });
  checkOutcome(r, input, expired > 0);
  let transferBody = input.transferBody;
  let forwarded: { id: string; number: string } | null = null;
  if (input.forwardToOrganizationId) {
    const target = await requireOrg(ctx.plugin, input.forwardToOrganizationId, null, 'forwardToOrganizationId');
    if (target.id === r.organizationId) throw fail.badRequest('不能转给本机关', 'forwardToOrganizationId');
    if (!(await ctx.kernel.enablement.effective(ctx.db, target.divisionCode, 'mechanisms')).enabled) throw fail.badRequest('该机构所在地区未启用本功能，请告知申请人向其提出申请', 'forwardToOrganizationId');
    transferBody = transferBody ?? target.name;
    const n = await createRequest(ctx.plugin, {
      divisionCode: target.divisionCode, organizationId: target.id, channel: r.channel as never, receivedOn: input.repliedOn,
      receiptRule: `由${(await orgsById(ctx.plugin, [r.organizationId])).get(r.organizationId)?.name ?? '其他机关'}转来（原申请编号${r.number}），以转来之日为收到申请之日`,
      applicantType: r.applicantType, applicantUserId: r.applicantUserId, applicantName: r.applicantName, idDocType: r.idDocType, idDocNumber: r.idDocNumber,
      legalRepresentative: r.legalRepresentative, contactPhone: r.contactPhone, contactEmail: r.contactEmail, address: r.address, postalCode: r.postalCode,
      description: r.description, docNo: r.docNo, purpose: r.purpose, deliveryForm: r.deliveryForm, deliveryMethod: r.deliveryMethod, assistanceNote: null, enteredById: ctx.principal.userId, forwardedFromId: r.id,
    }, { id: ctx.principal.userId, name: ctx.principal.displayName });
    forwarded = { id: n.id, number: n.number };
  }
  const t = await template(ctx.plugin, r, input);
  const letter = await issueLetter(ctx.plugin, { requestId: r.id, divisionCode: r.divisionCode, kind: 'reply', template: t, issuedOn: input.repliedOn, actorId: ctx.principal.userId, values: await letterValues(ctx.plugin, r, input, transferBody) });
  await closeRequest(ctx.plugin, r, {
    outcomeCode: input.outcomeCode, reason: input.reason, legalBasis: input.legalBasis, closedOn: input.repliedOn, onTheSpot: input.onTheSpot,
    transferBody, transferContact: input.transferContact, actor: { id: ctx.principal.userId, name: ctx.principal.displayName },
  });
  if (transferBody) {
    await addEvent(ctx.plugin, { requestId: r.id, divisionCode: r.divisionCode, kind: 'transferred', on: input.repliedOn, actorId: ctx.principal.userId, actorName: ctx.principal.displayName, public: true,
      note: forwarded ? `已转${transferBody}办理，新申请编号${forwarded.number}` : `请向${transferBody}申请${input.transferContact ? `（${input.transferContact}）` : ''}`, data: forwarded ? { forwardedId: forwarded.id } : {} });
  }
  ctx.audit.target('mechanisms.request', r.id, r.divisionCode);
  ctx.audit.detail({ outcomeCode: input.outcomeCode });
  return { letterId: letter.id, forwarded, suggestProactive: await repeatCount(ctx.plugin, r, r.settings.requests.repeatSuggestThreshold) };
});

/** Art. 44: several applicants asked this organisation for the same information. */
async function repeatCount(ctx: Ctx, r: MechanismsRequest, threshold: number): Promise<{ count: number; suggested: boolean }> {
  const same = r.docNo
    ? { docNo: r.docNo }
    : { description: r.description };
  const rows = await ctx.db.mechanismsRequest.findMany({ where: { organizationId: r.organizationId, ...same, outcomeCode: { in: ['disclose', 'partial'] } }, select: { applicantKey: true } });
  const count = new Set(rows.map((x) => x.applicantKey)).size;
  return { count, suggested: count >= threshold };
}

/** Publishes the disclosed material of a reply to the catalogue (依申请公开 → 目录). */
export const publishDisclosed = p.can('requests.reply').input(publishDisclosedInput).mutation(async ({ ctx, input }) => {
  const r = await loadRequest(ctx.plugin, ctx.guard, input.id, { lock: true });
  if (r.status !== 'closed' || (r.outcomeCode !== 'disclose' && r.outcomeCode !== 'partial')) throw fail.precondition('只有予以公开或部分公开的答复内容才能发布');
  if (!isLeafTopic(input.topicCode)) throw fail.badRequest('须为主题分类的末级类目', 'topicCode');
  const res = await ctx.plugin.catalogue.publish({
    sourceRef: `request:${r.id}`, divisionCode: r.divisionCode, organizationId: r.organizationId, itemType: 'mechanisms.disclosed',
    title: input.title, summary: input.summary ?? '', body: input.body, generatedOn: fromDb(r.closedOn!), topicCode: input.topicCode,
    disclosureMode: '依申请公开', metadata: { requestNumber: r.number, outcomeCode: r.outcomeCode as OutcomeCode },
  });
  await ctx.plugin.db.mechanismsRequest.update({ where: { id: r.id }, data: { publishedItemId: res.id } });
  await addEvent(ctx.plugin, { requestId: r.id, divisionCode: r.divisionCode, kind: 'published', on: today(ctx.plugin), actorId: ctx.principal.userId, actorName: ctx.principal.displayName, public: true, note: res.url, data: { itemId: res.id, indexNo: res.indexNo } });
  ctx.audit.target('mechanisms.request', r.id, r.divisionCode);
  return res;
});

/** Requests for the same information (Art. 44 candidates) of an organisation. */
export const repeats = p.can('requests.read').input(z.object({ id: recordId }).strict()).query(async ({ ctx, input }) => {
  const r = await loadRequest(ctx.plugin, ctx.guard, input.id);
  return repeatCount(ctx.plugin, r, r.settings.requests.repeatSuggestThreshold);
});
