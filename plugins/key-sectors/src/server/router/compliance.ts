// The compliance matrix for the province and for each city, with drill-down to one cell.
import { fail, router } from '@gongkai/kernel';
import { describeDue } from '../compliance/due';
import { addToSummary, emptySummary, rates, type MatrixRow, type RowSummary } from '../compliance/engine';
import { loadCompliance } from '../compliance/load';
import { fromDbDate } from '../dates';
import { sectorCatalog } from '../sector-catalog';
import { divisionCode, sectorId, z } from './inputs';
import { p } from './procedures';

const year = z.number().int().min(2000, '年度不早于 2000 年').max(2100, '年度不晚于 2100 年');

function summaryOut(s: RowSummary) {
  return { ...s, ...rates(s) };
}

export const complianceRouter = router({
  /**
   * Rows: the division itself and its children ('children', each child with the roll-up of its
   * own subtree for drilling down) or every division of the subtree ('subtree').
   */
  matrix: p.can('compliance.read')
    .input(z.object({ divisionCode, year, sector: sectorId.optional(), rows: z.enum(['children', 'subtree']).default('children') }).strict())
    .query(async ({ ctx, input }) => {
      const catalog = sectorCatalog(ctx.kernel.registry);
      if (input.sector) catalog.sector(input.sector);
      const data = await loadCompliance(ctx.kernel, ctx.db, input.divisionCode, input.year, input.sector);
      const sectors = new Map<string, { id: string; label: string; requirements: { key: string; label: string; levels: string[]; due: string; basis: string }[] }>();
      for (const r of data.requirements) {
        let entry = sectors.get(r.sector);
        if (!entry) sectors.set(r.sector, (entry = { id: r.sector, label: catalog.find(r.sector)?.def.label ?? r.sector, requirements: [] }));
        entry.requirements.push({ key: r.key, label: r.def.label, levels: [...r.def.levels], due: describeDue(r.def.due), basis: r.def.basis ?? '' });
      }
      const byParent = new Map<string, MatrixRow[]>();
      for (const row of data.rows) {
        for (const anc of [row.division.code.slice(0, 2), row.division.code.slice(0, 4)]) {
          if (anc === row.division.code || anc.length > row.division.code.length) continue;
          const list = byParent.get(anc);
          if (list) list.push(row); else byParent.set(anc, [row]);
        }
      }
      const shown = input.rows === 'subtree' ? data.rows : data.rows.filter((r) => r.division.code === input.divisionCode || r.division.parentCode === input.divisionCode);
      return {
        year: data.year,
        today: data.today,
        sectors: [...sectors.values()],
        rows: shown.map((row) => {
          const below = emptySummary();
          for (const d of byParent.get(row.division.code) ?? []) for (const c of Object.values(d.cells)) addToSummary(below, c);
          return { division: row.division, cells: row.cells, summary: summaryOut(row.summary), subtree: row.division.code === input.divisionCode ? null : summaryOut(below) };
        }),
      };
    }),

  /** One cell: the rule, its due date with the calendar's explanation, and the matching records. */
  cell: p.can('compliance.read')
    .input(z.object({ divisionCode, year, requirement: z.string().max(100).regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, '合规要求标识格式不正确') }).strict())
    .query(async ({ ctx, input }) => {
      const [sector] = input.requirement.split('.');
      const data = await loadCompliance(ctx.kernel, ctx.db, input.divisionCode, input.year, sector);
      const req = data.requirements.find((r) => r.key === input.requirement);
      if (!req) throw fail.badRequest(`未知的合规要求“${input.requirement}”`, 'requirement');
      const row = data.rows.find((r) => r.division.code === input.divisionCode);
      if (!row) throw fail.notFound('行政区划');
      const cell = row.cells[req.key]!;
      const records = await ctx.plugin.db.keySectorsRecord.findMany({
        where: { divisionCode: input.divisionCode, sector: req.sector, recordType: req.def.recordType, year: input.year, ...(req.def.categories ? { category: { in: [...req.def.categories] } } : {}) },
        orderBy: [{ publishedAt: 'asc' }, { createdAt: 'asc' }],
        take: 50,
        select: { id: true, title: true, status: true, publishedAt: true, eventDate: true, catalogueItemId: true },
      });
      let explanation: string | null = null;
      if (req.def.due.kind === 'afterEvent' && req.def.due.unit === 'working' && cell.eventDate) {
        explanation = (await ctx.kernel.calendar.addWorkingDays(cell.eventDate, req.def.due.days, { db: ctx.db })).explanation.text;
      }
      return {
        division: row.division,
        requirement: { key: req.key, label: req.def.label, recordType: req.def.recordType, due: describeDue(req.def.due), basis: req.def.basis ?? '' },
        cell,
        explanation,
        records: records.map((r) => ({ ...r, eventDate: r.eventDate ? fromDbDate(r.eventDate) : null })),
      };
    }),
});
