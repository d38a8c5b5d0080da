import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '@gongkai/kernel';
import { createKsPlatform, makeOrganization, threeExpensesFinal, type KsPlatform } from '../test-support';

let p: KsPlatform;
let org: string;

// Today is 2026-09-30: the 2025 final accounts are due within 20 days of their approval.
beforeAll(async () => {
  p = await createKsPlatform({ clock: fixedClock('2026-09-30T02:00:00Z') });
  await p.setPlugin('23', 'key-sectors', true);
  await p.setPlugin('2311', 'key-sectors', false);
  org = await makeOrganization(p.db, '230108', '平房区人民政府');
});
afterAll(async () => { await p?.close(); });

describe('compliance matrix', () => {
  it('turns a county’s cell green when it publishes its 三公经费 on time', async () => {
    const province = await p.createUser({ roles: ['key-sectors.supervisor'], divisionCode: '23' });
    const before = await province.caller.keySectors.compliance.matrix({ divisionCode: '2301', year: 2025, sector: 'budget' });
    const pf = () => before.rows.find((r) => r.division.code === '230108')!;
    expect(pf().cells['budget.three-expenses-final']!.status).toBe('pending'); // not yet due on 2026-09-30

    const { caller } = await p.createUser({ roles: ['key-sectors.budget-editor'], divisionCode: '230108' });
    // Approved 2026-09-14: 20 days end on 10-04 inside the National Day holiday → due 10-08. Published 09-30.
    await caller.keySectors.records.create({ divisionCode: '230108', sector: 'budget', recordType: 'three-expenses', organizationId: org, data: threeExpensesFinal({ approvedOn: '2026-09-14' }), publish: true });

    const after = await province.caller.keySectors.compliance.matrix({ divisionCode: '2301', year: 2025, sector: 'budget' });
    const cell = after.rows.find((r) => r.division.code === '230108')!.cells['budget.three-expenses-final']!;
    expect(cell).toMatchObject({ status: 'on-time', dueDate: '2026-10-08', publishedOn: '2026-09-30', eventDate: '2026-09-14', records: 1 });
    expect(after.sectors[0]).toMatchObject({ id: 'budget', label: '财政预算决算和“三公”经费' });
    expect(after.rows.map((r) => r.division.code)[0]).toBe('2301');
    expect(after.rows.every((r) => r.division.code === '2301' || r.division.parentCode === '2301')).toBe(true);
  });

  it('rolls counties up under their city in the province view and drills down to a cell', async () => {
    const province = await p.createUser({ roles: ['key-sectors.supervisor'], divisionCode: '23' });
    const m = await province.caller.keySectors.compliance.matrix({ divisionCode: '23', year: 2025 });
    expect(m.rows).toHaveLength(14); // the province and its 13 prefecture-level units
    const harbin = m.rows.find((r) => r.division.code === '2301')!;
    expect(harbin.subtree!.onTime).toBeGreaterThanOrEqual(1);
    const heihe = m.rows.find((r) => r.division.code === '2311')!;
    expect(new Set(Object.values(heihe.cells).map((c) => c.status))).toEqual(new Set(['disabled', 'not-required']));
    const all = await province.caller.keySectors.compliance.matrix({ divisionCode: '23', year: 2025, rows: 'subtree' });
    expect(all.rows.length).toBeGreaterThan(130);

    const cell = await province.caller.keySectors.compliance.cell({ divisionCode: '230108', year: 2025, requirement: 'budget.three-expenses-final' });
    expect(cell.cell.status).toBe('on-time');
    expect(cell.records).toHaveLength(1);
    expect(cell.requirement.due).toBe('决算批准后 20 个日内');
  });

  it('limits a city to its own view and refuses callers without the permission', async () => {
    const city = await p.createUser({ roles: ['key-sectors.supervisor'], divisionCode: '2302' });
    await expect(city.caller.keySectors.compliance.matrix({ divisionCode: '2301', year: 2025 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await city.caller.keySectors.compliance.matrix({ divisionCode: '2302', year: 2025 })).rows[0]!.division.code).toBe('2302');
    const editor = await p.createUser({ roles: ['key-sectors.budget-editor'], divisionCode: '2302' });
    await expect(editor.caller.keySectors.compliance.matrix({ divisionCode: '2302', year: 2025 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(city.caller.keySectors.compliance.matrix({ divisionCode: '2311', year: 2025 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(city.caller.keySectors.compliance.cell({ divisionCode: '2302', year: 2025, requirement: 'budget.nope' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('requirement') });
  });

  it('contributes completeness and timeliness metrics per sector and division', async () => {
    const auditor = await p.createUser({ roles: ['kernel.auditor'], divisionCode: '230108' });
    const values = await auditor.caller.metrics.compute({ divisionCode: '230108', from: '2026-01-01', to: '2026-12-31', ids: ['key-sectors.budget.completeness', 'key-sectors.budget.timeliness', 'key-sectors.completeness'] });
    const by = Object.fromEntries(values.map((v: { id: string; value: number | null }) => [v.id, v.value]));
    // 2026 deadlines for 平房区 in the budget sector: 2025 三公 final accounts (on time), 2026 三公 budget and the
    // 2026 departmental budget tables (missing: due 2026-04-20 and 2026-05-20), 2025 departmental final accounts (pending).
    expect(by['key-sectors.budget.timeliness']).toBe(100);
    expect(by['key-sectors.budget.completeness']).toBeCloseTo(33.3, 1);
    expect(by['key-sectors.completeness']).toBeGreaterThan(0);
  });
});
