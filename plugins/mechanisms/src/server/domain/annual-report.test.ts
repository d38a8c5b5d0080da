import { describe, expect, it } from 'vitest';
import { buildMatrix, buildReviewMatrix, checkConsistency, sumMatrices, type CaseFacts } from './annual-report';

const cases: CaseFacts[] = [
  { applicantType: 'natural', receivedOn: '2025-12-20', closedOn: '2026-01-10', outcomeCode: 'disclose' }, // carried over, handled
  { applicantType: 'natural', receivedOn: '2025-12-01', closedOn: '2025-12-30', outcomeCode: 'disclose' }, // closed last year: ignored
  { applicantType: 'business', receivedOn: '2026-03-01', closedOn: '2026-03-20', outcomeCode: 'partial' },
  { applicantType: 'legal-service', receivedOn: '2026-05-01', closedOn: '2026-05-21', outcomeCode: 'withhold.process' },
  { applicantType: 'natural', receivedOn: '2026-12-25', closedOn: '2027-01-15', outcomeCode: 'disclose' }, // carried forward
  { applicantType: 'research', receivedOn: '2026-12-28', closedOn: null, outcomeCode: null }, // still open
  { applicantType: 'other', receivedOn: '2027-01-02', closedOn: null, outcomeCode: null }, // next year: ignored
];

describe('annual report matrix', () => {
  it('counts new, carried-over, outcomes and carried-forward by applicant type', () => {
    const m = buildMatrix(cases, 2026);
    expect(m.new.total).toBe(4);
    expect(m['carried-over']).toMatchObject({ natural: 1, total: 1 });
    expect(m.disclose).toMatchObject({ natural: 1, total: 1 });
    expect(m.partial.business).toBe(1);
    expect(m['withhold.process']['legal-service']).toBe(1);
    expect(m.handled.total).toBe(3);
    expect(m['carried-forward']).toMatchObject({ natural: 1, research: 1, total: 2 });
    expect(checkConsistency(m)).toEqual([]);
  });

  it('flags a hand-edited table that breaks 本年新收 + 上年结转 = 办理结果总计 + 结转下年度', () => {
    const m = buildMatrix(cases, 2026);
    m.new.natural += 1;
    m.new.total += 1;
    const issues = checkConsistency(m);
    expect(issues.map((i) => i.rule)).toEqual(['balance', 'balance']);
    expect(issues[0]!.message).toContain('本年新收');
  });

  it('flags outcome rows that do not add up to the total and a bad row total', () => {
    const m = buildMatrix(cases, 2026);
    m.disclose.natural += 1;
    m.partial.total += 1;
    const rules = checkConsistency(m).map((i) => i.rule);
    expect(rules).toContain('handled-sum');
    expect(rules).toContain('row-total');
  });

  it('rolls up organisation tables into a consistent division table', () => {
    const a = buildMatrix(cases.slice(0, 3), 2026);
    const b = buildMatrix(cases.slice(3), 2026);
    const sum = sumMatrices([a, b]);
    expect(sum).toEqual(buildMatrix(cases, 2026));
    expect(checkConsistency(sum)).toEqual([]);
  });
});

describe('review matrix (section 四)', () => {
  it('counts by route and result, pending when undecided at year end', () => {
    const r = buildReviewMatrix([
      { kind: 'reconsideration', filedOn: '2026-02-01', result: 'upheld', decidedOn: '2026-04-01' },
      { kind: 'reconsideration', filedOn: '2026-11-01', result: 'corrected', decidedOn: '2027-02-01' },
      { kind: 'litigation-direct', filedOn: '2026-06-01', result: 'pending', decidedOn: null },
      { kind: 'litigation-direct', filedOn: '2025-06-01', result: 'upheld', decidedOn: '2025-09-01' },
    ], 2026);
    expect(r.reconsideration).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 });
    expect(r['litigation-direct'].pending).toBe(1);
    expect(r['litigation-direct'].total).toBe(1);
  });
});
