// Sector descriptions for the portal and the console: record types with their JSON Schema (forms
// are generated from it), views, charts and disclosure requirements.
import { router } from '@gongkai/kernel';
import { jsonSchemaOf, topLevelFields } from '../../contracts';
import { enabledFor } from '../divisions';
import { sectorCatalog } from '../sector-catalog';
import { describeDue } from '../compliance/due';
import { divisionCode, z } from './inputs';
import { p } from './procedures';

export const sectorsRouter = router({
  /** Sectors enabled in the division (all installed sectors without a division). */
  list: p.public()
    .input(z.object({ divisionCode: divisionCode.optional() }).strict())
    .query(async ({ ctx, input }) => {
      const all = sectorCatalog(ctx.kernel.registry).all();
      let shown = all;
      if (input.divisionCode) {
        const owners = [...new Set(all.map((s) => s.pluginId))];
        const states = await Promise.all(owners.map(async (pid) => [pid, (await enabledFor(ctx.db, [pid], [input.divisionCode!])).get(input.divisionCode!) ?? false] as const));
        const on = new Map(states);
        shown = all.filter((s) => on.get(s.pluginId));
      }
      return shown.map(({ def, pluginId }) => ({
        id: def.id,
        label: def.label,
        description: def.description ?? '',
        planItem: def.planItem ?? null,
        pluginId,
        topicCode: def.topicCode,
        recordTypes: def.recordTypes.map((rt) => ({
          id: rt.id,
          label: rt.label,
          description: rt.description ?? '',
          catalogue: rt.catalogue !== false,
          jsonSchema: jsonSchemaOf(rt.schema) as Record<string, unknown>,
          fields: topLevelFields(rt.schema).map((f) => ({ key: f.key, label: f.label, required: f.required })),
          list: rt.list.columns.map((c) => ({ field: c.field, label: c.label ?? null })),
          detail: rt.detail?.sections.map((s) => ({ title: s.title, fields: s.fields.map((f) => ({ field: f.field, label: f.label ?? null })) })) ?? null,
          importHeaders: rt.import?.templateHeaders ? [...rt.import.templateHeaders] : topLevelFields(rt.schema).map((f) => f.key),
          groupedImport: !!rt.import?.group,
        })),
        requirements: def.requirements.map((r) => ({ id: r.id, label: r.label, recordType: r.recordType, levels: [...r.levels], due: describeDue(r.due), basis: r.basis ?? '' })),
        charts: (def.charts ?? []).map((c) => ({ id: c.id, label: c.label, recordType: c.recordType, needs: c.needs ?? {} })),
      }));
    }),
});
