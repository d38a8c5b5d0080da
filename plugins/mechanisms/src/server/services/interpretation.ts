// Interpretations of catalogue policies: checks against the kernel catalogue, the expert
// register, and publication to the catalogue as item type `mechanisms.interpretation`.
import { fail, selfAndAncestors } from '@gongkai/kernel';
import type { MechanismsExpert, MechanismsInterpretation } from '@gongkai/db';
import { interpretationFormLabels, type InterpretationForm } from '../../contracts/interpretation';
import { shanghaiDate } from '../domain/calendar-port';
import type { Ctx } from './context';

export const INTERPRETATION_TYPE = 'mechanisms.interpretation';
export const sourceRef = (id: string) => `interpretation:${id}`;

export interface PolicyInfo { id: string; title: string; divisionCode: string; topicCode: string; publishedOn: string }

/** A published catalogue item that can be interpreted (not itself an interpretation). */
export async function requirePolicy(ctx: Ctx, itemId: string, field: string): Promise<PolicyInfo> {
  const item = await ctx.kernel.catalogue.get(ctx.tx, itemId);
  if (!item || item.status !== 'published' || !item.publishedAt) throw fail.badRequest('政策文件不存在或尚未在政府信息公开目录中发布', field);
  if (item.itemType === INTERPRETATION_TYPE) throw fail.badRequest('不能解读一篇解读', field);
  return { id: item.id, title: item.title, divisionCode: item.divisionCode, topicCode: item.topicCode, publishedOn: shanghaiDate(item.publishedAt) };
}

/** Experts usable in `divisionCode`: registered there or in a division above it, and active. */
export async function requireExperts(ctx: Ctx, ids: readonly string[], divisionCode: string, field: string): Promise<MechanismsExpert[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = await ctx.db.mechanismsExpert.findMany({ where: { id: { in: unique } } });
  const usable = new Set(selfAndAncestors(divisionCode));
  const ok = rows.filter((e) => e.active && usable.has(e.divisionCode));
  if (ok.length !== unique.length) throw fail.badRequest('专家不存在、已停用或不属于本地区及上级地区的专家库', field);
  return unique.map((id) => ok.find((e) => e.id === id)!);
}

export async function expertsOf(ctx: Ctx, rows: readonly MechanismsInterpretation[]): Promise<Map<string, MechanismsExpert>> {
  const ids = [...new Set(rows.flatMap((r) => r.expertIds))];
  if (ids.length === 0) return new Map();
  const experts = await ctx.db.mechanismsExpert.findMany({ where: { id: { in: ids } } });
  return new Map(experts.map((e) => [e.id, e]));
}

type QA = { question: string; answer: string }[];

/** The catalogue body: plain text paragraphs (the portal shows the body as text). */
export function catalogueBody(i: MechanismsInterpretation, experts: readonly MechanismsExpert[]): string {
  const parts = [`解读对象：《${i.policyTitle}》`];
  if (experts.length) parts.push(`解读专家：${experts.map((e) => [e.name, e.title, e.affiliation].filter(Boolean).join('，')).join('；')}`);
  if (i.body) parts.push(i.body);
  for (const [n, qa] of (i.qa as QA).entries()) parts.push(`问${n + 1}：${qa.question}\n答：${qa.answer}`);
  if (i.form === 'graphic' && i.imageAlt) parts.push(`图解说明：${i.imageAlt}`);
  return parts.join('\n\n');
}

export async function publishInterpretation(ctx: Ctx, i: MechanismsInterpretation, topicCode: string): Promise<MechanismsInterpretation> {
  const experts = [...(await expertsOf(ctx, [i])).values()];
  const today = shanghaiDate(ctx.clock.now());
  const published = await ctx.catalogue.publish({
    sourceRef: sourceRef(i.id), divisionCode: i.divisionCode, organizationId: i.organizationId, itemType: INTERPRETATION_TYPE,
    title: i.title, summary: i.summary || `对《${i.policyTitle}》的${interpretationFormLabels[i.form as InterpretationForm]}`,
    body: catalogueBody(i, experts).slice(0, 200_000), generatedOn: i.publishedOn ? i.publishedOn.toISOString().slice(0, 10) : today, topicCode,
    metadata: { policyItemId: i.policyItemId, policyTitle: i.policyTitle.slice(0, 300), form: i.form, experts: experts.map((e) => e.name) },
  });
  return ctx.db.mechanismsInterpretation.update({
    where: { id: i.id },
    data: { status: 'published', publishedOn: i.publishedOn ?? new Date(`${today}T00:00:00Z`), catalogueItemId: published.id },
  });
}
