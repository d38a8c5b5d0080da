import { addCalendarDays } from '@gongkai/kernel';
import { describe, expect, it } from 'vitest';
import chineseDays from 'chinese-days';
import { coverage, coverageStatus } from './coverage';

// The official schedule (chinese-days, the data the kernel calendar starts from): the 2026
// National Day holiday is 1–7 October and Saturday 10 October is an adjusted working day (调休).
const between = (a: string, b: string) => {
  let n = 0;
  for (let d = addCalendarDays(a, 1); d <= b; d = addCalendarDays(d, 1)) if (chineseDays.isWorkday(d)) n++;
  return n;
};

describe('interpretation coverage', () => {
  it('counts working days after publication with the official holidays and adjusted working days', () => {
    // Published Wednesday 30 September 2026, the day before the National Day holiday: the first
    // working days after it are 8, 9 and 10 (Saturday, 调休) October, then 12 October.
    const p = { itemId: 'a', title: '政策', publishedOn: '2026-09-30' };
    expect(coverageStatus({ ...p, interpretedOn: '2026-10-10' }, 3, '2026-10-20', between)).toMatchObject({ workingDays: 3, status: 'covered' });
    expect(coverageStatus({ ...p, interpretedOn: '2026-10-12' }, 3, '2026-10-20', between)).toMatchObject({ workingDays: 4, status: 'late' });
    // Nothing yet on 9 October: two working days have passed, still pending.
    expect(coverageStatus({ ...p, interpretedOn: null }, 3, '2026-10-09', between).status).toBe('pending');
    expect(coverageStatus({ ...p, interpretedOn: null }, 3, '2026-10-12', between).status).toBe('missing');
  });

  it('treats same-day or earlier interpretation (同步解读) as 0 days', () => {
    expect(coverageStatus({ itemId: 'a', title: '', publishedOn: '2026-11-02', interpretedOn: '2026-11-02' }, 0, '2026-11-02', between)).toMatchObject({ workingDays: 0, status: 'covered' });
    expect(coverageStatus({ itemId: 'a', title: '', publishedOn: '2026-11-02', interpretedOn: '2026-10-30' }, 0, '2026-11-02', between)).toMatchObject({ workingDays: 0, status: 'covered' });
  });

  it('splits late, missing and pending and computes the rate over decided policies', () => {
    const policies = [
      { itemId: 'on-time', title: '', publishedOn: '2026-11-02', interpretedOn: '2026-11-05' }, // Mon → Thu: 3
      { itemId: 'late', title: '', publishedOn: '2026-11-02', interpretedOn: '2026-11-06' }, // 4
      { itemId: 'missing', title: '', publishedOn: '2026-11-02', interpretedOn: null },
      { itemId: 'pending', title: '', publishedOn: '2026-11-06', interpretedOn: null }, // Fri → Wed 11th: 3 days
    ];
    const c = coverage(policies, 3, '2026-11-11', between);
    expect(c.rows.map((r) => r.status)).toEqual(['covered', 'late', 'missing', 'pending']);
    expect(c).toMatchObject({ covered: 1, late: 1, missing: 1, pending: 1, rate: 33.3 });
    expect(coverage([], 3, '2026-11-11', between).rate).toBeNull();
  });
});
