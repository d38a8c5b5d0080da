// Editable 告知书 templates per outcome code and letter kind, for a division or an organisation.
import { fail } from '@gongkai/kernel';
import { templateGetInput, templateSetInput } from '../../../contracts/requests';
import { allTemplateKeys, placeholders, validateTemplate, type TemplateKey } from '../../domain/letters';
import { outcomes, type OutcomeCode } from '../../../contracts/vocabulary';
import { p } from '../../procedure';
import { resolveTemplate } from '../../services/letters';
import { requireOrg } from '../../services/organizations';

const label = (k: TemplateKey) => (k in outcomes ? outcomes[k as OutcomeCode].label : { correction: '补正告知书', extension: '延长答复期限告知书', fee: '收费通知', delay: '延迟答复告知书' }[k as string] ?? k);

export const templates = p.can('requests.read').input(templateGetInput).query(async ({ ctx, input }) => {
  if (input.organizationId) await requireOrg(ctx.plugin, input.organizationId, input.divisionCode, 'organizationId');
  const list = [];
  for (const key of allTemplateKeys()) {
    const t = await resolveTemplate(ctx.plugin, input.divisionCode, input.organizationId ?? null, key);
    list.push({ key, label: label(key), ...t });
  }
  return { templates: list, placeholders };
});

export const setTemplate = p.can('requests.templates').input(templateSetInput).mutation(async ({ ctx, input }) => {
  if (!(allTemplateKeys() as string[]).includes(input.key)) throw fail.badRequest('未知的告知书类型', 'key');
  if (input.organizationId) {
    await requireOrg(ctx.plugin, input.organizationId, input.divisionCode, 'organizationId');
    await ctx.guard.division(input.divisionCode, input.organizationId);
  }
  const problem = validateTemplate(input.body);
  if (problem) throw fail.badRequest(problem, 'body');
  const organizationId = input.organizationId ?? '';
  const row = await ctx.plugin.db.mechanismsLetterTemplate.upsert({
    where: { divisionCode_organizationId_key: { divisionCode: input.divisionCode, organizationId, key: input.key } },
    create: { divisionCode: input.divisionCode, organizationId, key: input.key, title: input.title, body: input.body, updatedById: ctx.principal.userId },
    update: { title: input.title, body: input.body, updatedById: ctx.principal.userId },
  });
  ctx.audit.target('mechanisms.letter-template', row.id, input.divisionCode);
  return { id: row.id };
});
