// The expert register (专家库). A division's experts are usable there and in the divisions below.
import { fail, selfAndAncestors } from '@gongkai/kernel';
import { expertsInput, saveExpertInput } from '../../../contracts/interpretation';
import type { MechanismsExpert } from '@gongkai/db';
import { p } from '../../procedure';

export const expertView = (e: MechanismsExpert) => ({
  id: e.id, divisionCode: e.divisionCode, name: e.name, title: e.title, affiliation: e.affiliation, fields: e.fields, bio: e.bio,
  phone: e.phone, email: e.email, active: e.active,
});

/** Experts registered in the division or above it (a province's experts serve its cities). */
export const experts = p.can('interpretations.manage').input(expertsInput).query(async ({ ctx, input }) => {
  const rows = await ctx.plugin.db.mechanismsExpert.findMany({
    where: {
      divisionCode: { in: selfAndAncestors(input.divisionCode) },
      ...(input.includeInactive ? {} : { active: true }),
      ...(input.q ? { OR: [{ name: { contains: input.q } }, { affiliation: { contains: input.q } }, { fields: { has: input.q } }] } : {}),
    },
    orderBy: [{ divisionCode: 'asc' }, { name: 'asc' }], take: 500,
  });
  return rows.map(expertView);
});

export const saveExpert = p.can('interpretations.manage').input(saveExpertInput).mutation(async ({ ctx, input }) => {
  const { id, divisionCode, ...data } = input;
  let row;
  if (id) {
    const existing = await ctx.plugin.db.mechanismsExpert.findUnique({ where: { id } });
    if (!existing || existing.divisionCode !== divisionCode) throw fail.notFound('专家');
    row = await ctx.plugin.db.mechanismsExpert.update({ where: { id }, data: { ...data, fields: [...new Set(data.fields)] } });
  } else {
    row = await ctx.plugin.db.mechanismsExpert.create({ data: { ...data, divisionCode, fields: [...new Set(data.fields)] } });
  }
  ctx.audit.target('mechanisms.expert', row.id, row.divisionCode);
  return expertView(row);
});
