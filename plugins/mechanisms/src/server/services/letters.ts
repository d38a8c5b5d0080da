// Letter templates (division/organisation overrides over the built-in defaults) and the values
// a request supplies to them.
import { selfAndAncestors } from '@gongkai/kernel';
import { defaultTemplate, renderLetter, type LetterTemplate, type TemplateKey } from '../domain/letters';
import { outcomes, type OutcomeCode } from '../../contracts/vocabulary';
import { fromDb } from './calendar';
import type { Ctx } from './context';

/** The nearest template: organisation, then its division and ancestors, then the built-in one. */
export async function resolveTemplate(ctx: Ctx, divisionCode: string, organizationId: string | null, key: TemplateKey): Promise<LetterTemplate & { source: string }> {
  const chain = selfAndAncestors(divisionCode);
  const rows = await ctx.db.mechanismsLetterTemplate.findMany({ where: { key, divisionCode: { in: chain }, organizationId: { in: ['', ...(organizationId ? [organizationId] : [])] } } });
  const own = organizationId ? rows.find((r) => r.organizationId === organizationId) : undefined;
  if (own) return { title: own.title, body: own.body, source: 'organization' };
  for (const c of chain) {
    const r = rows.find((x) => x.divisionCode === c && x.organizationId === '');
    if (r) return { title: r.title, body: r.body, source: `division:${c}` };
  }
  return { ...defaultTemplate(key), source: 'default' };
}

export function cnDate(d: string): string {
  return `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
}

export interface LetterRequest { number: string; applicantName: string; receivedOn: Date; description: string; docNo: string | null }

export function baseValues(r: LetterRequest, organizationName: string, issuedOn: string): Record<string, string> {
  return {
    申请人: r.applicantName, 申请编号: r.number, 收到申请日期: cnDate(fromDb(r.receivedOn)),
    申请内容: r.docNo ? `${r.description}（${r.docNo}）` : r.description, 机关名称: organizationName, 答复日期: cnDate(issuedOn),
  };
}

export function outcomeValues(code: OutcomeCode, reason: string | null, legalBasis: string | null): Record<string, string> {
  const info = outcomes[code];
  return { 办理结果: info.label, 理由: reason ?? '', 法律依据: legalBasis ?? info.defaultBasis };
}

export async function issueLetter(ctx: Ctx, args: { requestId: string; divisionCode: string; kind: string; template: LetterTemplate; values: Record<string, string | null | undefined>; issuedOn: string; actorId: string | null }): Promise<{ id: string; html: string }> {
  const html = renderLetter(args.template, args.values);
  const row = await ctx.db.mechanismsLetter.create({
    data: { requestId: args.requestId, divisionCode: args.divisionCode, kind: args.kind, title: args.template.title, html, issuedOn: new Date(`${args.issuedOn}T00:00:00Z`), createdById: args.actorId },
  });
  return { id: row.id, html };
}
