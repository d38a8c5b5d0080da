// Interpretation coverage (解读率): the share of major policies interpreted within N working days
// of their publication. A policy is
//   covered  when its first interpretation was published no more than N working days after it
//            (on the same day or before it, 同步解读, counts as 0),
//   late     when the first interpretation came later,
//   missing  when none has been published and more than N working days have passed,
//   pending  when none has been published yet but the N days have not run out (not counted).
// rate = covered / (covered + late + missing), null when nothing is decided yet.
// Working days are the kernel calendar's: days in (publishedOn, date], so the day after
// publication is working day 1 when it is a working day.

export type CoverageStatus = 'covered' | 'late' | 'missing' | 'pending';
export interface PolicyForCoverage { itemId: string; title: string; publishedOn: string; interpretedOn: string | null }
export interface CoverageRow extends PolicyForCoverage { workingDays: number | null; status: CoverageStatus }
export interface Coverage { rows: CoverageRow[]; covered: number; late: number; missing: number; pending: number; rate: number | null }

/** Working days in (a, b], as the kernel calendar counts them. */
export type WorkingDaysBetween = (a: string, b: string) => number;

export function coverageStatus(p: PolicyForCoverage, n: number, today: string, between: WorkingDaysBetween): CoverageRow {
  if (p.interpretedOn) {
    const days = p.interpretedOn <= p.publishedOn ? 0 : between(p.publishedOn, p.interpretedOn);
    return { ...p, workingDays: days, status: days <= n ? 'covered' : 'late' };
  }
  const elapsed = today <= p.publishedOn ? 0 : between(p.publishedOn, today);
  return { ...p, workingDays: null, status: elapsed > n ? 'missing' : 'pending' };
}

export function coverage(policies: readonly PolicyForCoverage[], n: number, today: string, between: WorkingDaysBetween): Coverage {
  const rows = policies.map((p) => coverageStatus(p, n, today, between));
  const count = (s: CoverageStatus) => rows.filter((r) => r.status === s).length;
  const covered = count('covered');
  const late = count('late');
  const missing = count('missing');
  const decided = covered + late + missing;
  return { rows, covered, late, missing, pending: count('pending'), rate: decided === 0 ? null : Math.round((covered / decided) * 1000) / 10 };
}
