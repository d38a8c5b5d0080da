// The annual-report tables of 国办公开办函〔2021〕30号: section 三 (applications by applicant type
// and outcome) and section 四 (reconsideration and litigation), built from case data, with the
// table's own consistency rule (勾稽关系) checked before publication. Pure. The rows, columns and
// labels are in contracts/reports.ts.
import {
  applicantTypes, outcomeCodes, reviewKinds, reviewResults, type ApplicantType, type OutcomeCode, type ReviewKind, type ReviewResult,
} from '../../contracts/vocabulary';
import { matrixColumns, matrixRowLabels, matrixRows, reviewColumns, type MatrixColumn, type MatrixRow, type ReviewColumn } from '../../contracts/reports';

export type Matrix = Record<MatrixRow, Record<MatrixColumn, number>>;
export type ReviewMatrix = Record<ReviewKind, Record<ReviewColumn, number>>;

const zeroRow = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
export function emptyMatrix(): Matrix {
  return Object.fromEntries(matrixRows.map((r) => [r, zeroRow(matrixColumns)])) as Matrix;
}
export function emptyReviewMatrix(): ReviewMatrix {
  return Object.fromEntries(reviewKinds.map((r) => [r, zeroRow(reviewColumns)])) as ReviewMatrix;
}

export interface CaseFacts { applicantType: ApplicantType; receivedOn: string; closedOn: string | null; outcomeCode: OutcomeCode | null }

function bump(m: Matrix, row: MatrixRow, col: ApplicantType, by = 1): void {
  m[row][col] += by;
  m[row].total += by;
}

/** Adds one case to the year's matrix (dates 'YYYY-MM-DD'). */
export function addCase(m: Matrix, c: CaseFacts, year: number): void {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  if (c.receivedOn > last) return;
  const closedBefore = c.closedOn !== null && c.closedOn < first;
  if (closedBefore) return;
  if (c.receivedOn >= first) bump(m, 'new', c.applicantType); else bump(m, 'carried-over', c.applicantType);
  if (c.closedOn !== null && c.closedOn <= last && c.outcomeCode) {
    bump(m, c.outcomeCode, c.applicantType);
    bump(m, 'handled', c.applicantType);
  } else {
    bump(m, 'carried-forward', c.applicantType);
  }
}

export function buildMatrix(cases: Iterable<CaseFacts>, year: number): Matrix {
  const m = emptyMatrix();
  for (const c of cases) addCase(m, c, year);
  return m;
}

export function sumMatrices(ms: readonly Matrix[]): Matrix {
  const out = emptyMatrix();
  for (const m of ms) for (const r of matrixRows) for (const c of matrixColumns) out[r][c] += m[r]?.[c] ?? 0;
  return out;
}

export function sumReviewMatrices(ms: readonly ReviewMatrix[]): ReviewMatrix {
  const out = emptyReviewMatrix();
  for (const m of ms) for (const r of reviewKinds) for (const c of reviewColumns) out[r][c] += m[r]?.[c] ?? 0;
  return out;
}

export interface ReviewFacts { kind: ReviewKind; filedOn: string; result: ReviewResult; decidedOn: string | null }
/** Section 四: cases filed in the year; undecided by the year end count as 尚未审结. */
export function buildReviewMatrix(reviews: Iterable<ReviewFacts>, year: number): ReviewMatrix {
  const m = emptyReviewMatrix();
  for (const r of reviews) {
    if (r.filedOn.slice(0, 4) !== String(year)) continue;
    const decided = r.result !== 'pending' && r.decidedOn !== null && r.decidedOn <= `${year}-12-31`;
    const col: ReviewResult = decided ? r.result : 'pending';
    m[r.kind][col]++;
    m[r.kind].total++;
  }
  return m;
}

export interface ConsistencyIssue { rule: string; column: string; expected: number; actual: number; message: string }

/** The table's 勾稽关系 and its sums; an empty list means the report may be published. */
export function checkConsistency(m: Matrix, reviews?: ReviewMatrix): ConsistencyIssue[] {
  const issues: ConsistencyIssue[] = [];
  const colLabel = (c: string) => (c === 'total' ? '总计' : c);
  for (const c of matrixColumns) {
    const left = m.new[c] + m['carried-over'][c];
    const right = m.handled[c] + m['carried-forward'][c];
    if (left !== right) issues.push({ rule: 'balance', column: c, expected: left, actual: right, message: `${colLabel(c)}列：本年新收(${m.new[c]}) + 上年结转(${m['carried-over'][c]}) ≠ 办理结果总计(${m.handled[c]}) + 结转下年度(${m['carried-forward'][c]})` });
    const outcomeSum = outcomeCodes.reduce((s, o) => s + m[o][c], 0);
    if (outcomeSum !== m.handled[c]) issues.push({ rule: 'handled-sum', column: c, expected: outcomeSum, actual: m.handled[c], message: `${colLabel(c)}列：各项办理结果之和(${outcomeSum}) ≠ 总计(${m.handled[c]})` });
  }
  for (const r of matrixRows) {
    const s = applicantTypes.reduce((acc, a) => acc + m[r][a], 0);
    if (s !== m[r].total) issues.push({ rule: 'row-total', column: r, expected: s, actual: m[r].total, message: `“${matrixRowLabels[r]}”行：各类申请人之和(${s}) ≠ 总计(${m[r].total})` });
  }
  for (const r of matrixRows) for (const c of matrixColumns) {
    if (!Number.isInteger(m[r][c]) || m[r][c] < 0) issues.push({ rule: 'non-negative', column: `${r}.${c}`, expected: 0, actual: m[r][c], message: `“${matrixRowLabels[r]}”行的数值须为非负整数` });
  }
  if (reviews) {
    for (const k of reviewKinds) {
      const s = reviewResults.reduce((acc, x) => acc + reviews[k][x], 0);
      if (s !== reviews[k].total) issues.push({ rule: 'review-total', column: k, expected: s, actual: reviews[k].total, message: `${k}：各项结果之和(${s}) ≠ 总计(${reviews[k].total})` });
    }
  }
  return issues;
}
