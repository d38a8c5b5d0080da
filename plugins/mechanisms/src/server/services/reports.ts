// Annual-report tables computed from the cases: per organisation, overlaid with the saved report
// (manual adjustments for offline cases), summed for a division roll-up.
import type { MechanismsAnnualReport } from '@gongkai/db';
import { applicantTypes, type ApplicantType, type OutcomeCode } from '../../contracts/vocabulary';
import type { MatrixRow } from '../../contracts/reports';
import { addCase, buildReviewMatrix, emptyMatrix, sumMatrices, sumReviewMatrices, type Matrix, type ReviewMatrix } from '../domain/annual-report';
import { fromDb, fromDbOrNull } from './calendar';
import type { Ctx } from './context';

export interface Adjustment { row: MatrixRow; column: ApplicantType; delta: number; reason: string }

export function applyAdjustments(m: Matrix, adj: readonly Adjustment[]): Matrix {
  const out = sumMatrices([m]);
  for (const a of adj) { out[a.row][a.column] += a.delta; out[a.row].total += a.delta; }
  return out;
}

/** Computed tables per organisation of the division subtree (or one organisation). */
export async function computeByOrganization(ctx: Ctx, divisionCode: string, year: number, organizationId?: string): Promise<Map<string, { matrix: Matrix; reviews: ReviewMatrix; divisionCode: string }>> {
  const first = new Date(`${year}-01-01T00:00:00Z`);
  const last = new Date(`${year}-12-31T00:00:00Z`);
  const rows = await ctx.db.mechanismsRequest.findMany({
    where: {
      divisionCode: { startsWith: divisionCode }, ...(organizationId ? { organizationId } : {}),
      receivedOn: { lte: last }, OR: [{ closedOn: null }, { closedOn: { gte: first } }],
    },
    select: { organizationId: true, divisionCode: true, applicantType: true, receivedOn: true, closedOn: true, outcomeCode: true },
  });
  const reviews = await ctx.db.mechanismsReview.findMany({
    where: { divisionCode: { startsWith: divisionCode }, ...(organizationId ? { organizationId } : {}), filedOn: { gte: first, lte: last } },
  });
  const out = new Map<string, { matrix: Matrix; reviews: ReviewMatrix; divisionCode: string }>();
  const entry = (org: string, d: string) => {
    let e = out.get(org);
    if (!e) out.set(org, (e = { matrix: emptyMatrix(), reviews: buildReviewMatrix([], year), divisionCode: d }));
    return e;
  };
  for (const r of rows) {
    addCase(entry(r.organizationId, r.divisionCode).matrix, {
      applicantType: (applicantTypes as readonly string[]).includes(r.applicantType) ? r.applicantType as ApplicantType : 'other',
      receivedOn: fromDb(r.receivedOn), closedOn: fromDbOrNull(r.closedOn), outcomeCode: r.outcomeCode as OutcomeCode | null,
    }, year);
  }
  const byOrg = new Map<string, typeof reviews>();
  for (const rv of reviews) byOrg.set(rv.organizationId, [...(byOrg.get(rv.organizationId) ?? []), rv]);
  for (const [org, list] of byOrg) {
    entry(org, list[0]!.divisionCode).reviews = buildReviewMatrix(list.map((x) => ({ kind: x.kind as never, filedOn: fromDb(x.filedOn), result: x.result as never, decidedOn: fromDbOrNull(x.decidedOn) })), year);
  }
  return out;
}

export interface ReportTables { matrix: Matrix; reviews: ReviewMatrix; computed: Matrix; adjustments: Adjustment[]; saved: MechanismsAnnualReport | null; organizations: number }

/** The report for an organisation (computed + its saved adjustments) or a division roll-up. */
export async function reportTables(ctx: Ctx, divisionCode: string, year: number, organizationId?: string): Promise<ReportTables> {
  const computed = await computeByOrganization(ctx, divisionCode, year, organizationId);
  const saved = await ctx.db.mechanismsAnnualReport.findMany({ where: { year, divisionCode: { startsWith: divisionCode }, ...(organizationId ? { organizationId } : { organizationId: { not: '' } }) } });
  const own = organizationId ? saved.find((s) => s.organizationId === organizationId) ?? null : await ctx.db.mechanismsAnnualReport.findUnique({ where: { divisionCode_organizationId_year: { divisionCode, organizationId: '', year } } });
  const matrices: Matrix[] = [];
  const reviews: ReviewMatrix[] = [];
  const orgs = new Set([...computed.keys(), ...saved.map((s) => s.organizationId)]);
  for (const org of orgs) {
    const c = computed.get(org);
    const s = saved.find((x) => x.organizationId === org);
    const base = c?.matrix ?? emptyMatrix();
    matrices.push(s ? applyAdjustments(base, s.adjustments as unknown as Adjustment[]) : base);
    reviews.push(c?.reviews ?? buildReviewMatrix([], year));
  }
  const computedSum = sumMatrices([...computed.values()].map((c) => c.matrix));
  const adjustments = organizationId ? ((own?.adjustments as unknown as Adjustment[]) ?? []) : [];
  return { matrix: sumMatrices(matrices), reviews: sumReviewMatrices(reviews), computed: computedSum, adjustments, saved: own, organizations: orgs.size };
}
