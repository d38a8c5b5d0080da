import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tx } from '@gongkai/db';
import { createTestPlatform, type TestPlatform } from '@gongkai/testing';
import { definePlugin, type EventEnvelope } from '../index';
import { dispatchOutbox } from '../events/dispatcher';
import type { DeadlineInput } from '../calendar/deadlines';

const seen: EventEnvelope[] = [];
const watcher = definePlugin({
  id: 'cal-watch',
  title: '期限测试',
  events: {
    'kernel.calendar.deadline-changed': async (e) => { seen.push(e); },
  },
});

let p: TestPlatform;
beforeAll(async () => {
  p = await createTestPlatform({ plugins: [watcher] });
  await p.setPlugin('23', 'cal-watch', true);
});
afterAll(async () => { await p?.close(); });

const base = { pluginId: 'cal-watch', divisionCode: '230108', subjectType: 'request' } as const;
const register = (input: DeadlineInput) => p.db.$transaction((tx) => p.kernel.calendar.registerDeadline(tx as Tx, input));

/** A schedule for 2027 with only what the test needs: New Year's Day on Friday 2027-01-01 and the weekend after it. */
const newYear2027 = {
  year: 2027,
  notice: '国务院办公厅关于2027年部分节假日安排的通知（测试）',
  holidays: [{ date: '2027-01-01', name: '元旦' }, { date: '2027-01-02', name: '元旦' }, { date: '2027-01-03', name: '元旦' }],
  workdays: [],
};

describe('public calendar reads', () => {
  it('reports coverage: chinese-days 2004–2026, nothing for 2027 yet', async () => {
    const c = await p.anonymous().calendar.coverage();
    expect(c.years[0]).toMatchObject({ year: 2004, source: 'package', label: 'chinese-days@1.5.7' });
    expect(c.years.at(-1)).toMatchObject({ year: 2026, source: 'package' });
    expect(c).toMatchObject({ today: '2026-11-25', currentYearCovered: true, nextYearCovered: false, packageVersion: '1.5.7' });
  });

  it('classifies days and months of the 2026 National Day holiday', async () => {
    const anon = p.anonymous();
    expect(await anon.calendar.day({ date: '2026-10-10' })).toMatchObject({ working: true, kind: 'makeup', name: '国庆节' });
    expect(await anon.calendar.day({ date: '2027-01-01' })).toMatchObject({ working: true, covered: false });
    const oct = await anon.calendar.month({ year: 2026, month: 10 });
    expect(oct.days).toHaveLength(31);
    expect(oct.covered).toBe(true);
    expect(oct.days.filter((d) => !d.working).map((d) => d.date.slice(8))).toEqual(['01', '02', '03', '04', '05', '06', '07', '11', '17', '18', '24', '25', '31']);
  });

  it('computes 20 working days from 2026-09-24 across Mid-Autumn and National Day', async () => {
    const r = await p.anonymous().calendar.computeDue({ startDate: '2026-09-24', workingDays: 20 });
    expect(r.dueDate).toBe('2026-10-29');
    expect(r.provisional).toBe(false);
    expect(r.explanation.items.find((i) => i.kind === 'makeup')).toMatchObject({ date: '2026-10-10', counted: true });
  });

  it('marks a December 2026 period reaching into 2027 as provisional', async () => {
    const r = await p.anonymous().calendar.computeDue({ startDate: '2026-12-15', workingDays: 20 });
    expect(r).toMatchObject({ dueDate: '2027-01-12', provisional: true });
    expect(r.explanation.uncoveredYears).toEqual([2027]);
  });

  it('rejects bad input with BAD_REQUEST naming the field', async () => {
    const anon = p.anonymous();
    await expect(anon.calendar.day({ date: '2026-02-30' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('date') });
    await expect(anon.calendar.computeDue({ startDate: '2026-01-01', workingDays: -3 })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('workingDays') });
    await expect(anon.calendar.computeDue({ startDate: '2026-01-01', workingDays: 1e9 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(anon.calendar.month({ year: 2026, month: 13 })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('month') });
    // @ts-expect-error unknown field
    await expect(anon.calendar.day({ date: '2026-01-01', extra: 1 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('deadlines and administrator-entered years', () => {
  it('registers deadlines with due dates, provisional flags and explanations; upsert and close', async () => {
    const d = await register({ ...base, subjectId: 'R-1', kind: 'reply', startDate: '2026-12-15', workingDays: 20 });
    expect(d).toMatchObject({ dueDate: '2027-01-12', provisional: true, status: 'open' });
    expect(d.explanation.text).toContain('暂定');
    const sept = await register({ ...base, subjectId: 'R-2', kind: 'reply', startDate: '2026-09-24', workingDays: 20 });
    expect(sept).toMatchObject({ dueDate: '2026-10-29', provisional: false });
    // Re-registering the same key updates it (e.g. a suspension adds paused days).
    const paused = await register({ ...base, subjectId: 'R-2', kind: 'reply', startDate: '2026-09-24', workingDays: 20, pausedDays: 2 });
    expect(paused).toMatchObject({ id: sept.id, dueDate: '2026-11-02' });
    const closed = await register({ ...base, subjectId: 'R-3', kind: 'reply', startDate: '2026-12-16', workingDays: 20 });
    const met = await p.db.$transaction((tx) => p.kernel.calendar.closeDeadline(tx as Tx, { pluginId: 'cal-watch', subjectType: 'request', subjectId: 'R-3', kind: 'reply' }, 'met'));
    expect(met).toMatchObject({ id: closed.id, status: 'met' });
    const open = await p.kernel.calendar.listOpen(p.db, { pluginId: 'cal-watch' });
    expect(open.map((o) => o.subjectId)).toEqual(['R-2', 'R-1']);
    expect(await p.kernel.calendar.listOpen(p.db, { divisionPrefixes: ['2302'] })).toEqual([]);
    expect((await p.kernel.calendar.listOpen(p.db, { provisional: true })).map((o) => o.subjectId)).toEqual(['R-1']);
  });

  it('lets only a province-level administrator enter a year', async () => {
    const city = await p.createUser({ roles: ['kernel.division-admin'], divisionCode: '2301' });
    await expect(city.caller.calendar.setYear(newYear2027)).rejects.toMatchObject({ code: 'FORBIDDEN', message: '工作日历只能由省级管理员维护' });
    const editor = await p.createUser({ roles: ['kernel.editor'], divisionCode: '23' });
    await expect(editor.caller.calendar.setYear(newYear2027)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(p.anonymous().calendar.setYear(newYear2027)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await p.db.calendarYear.count()).toBe(0);
  });

  it('rejects inconsistent schedules naming the field, changing nothing', async () => {
    const { caller } = await p.createUser({ roles: ['kernel.admin'], divisionCode: '23' });
    await expect(caller.calendar.setYear({ ...newYear2027, workdays: [{ date: '2027-01-04', name: '元旦' }] }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('workdays[0].date') });
    await expect(caller.calendar.setYear({ ...newYear2027, holidays: [{ date: '2026-12-31', name: '元旦' }] }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('不在 2027 年内') });
    await expect(caller.calendar.setYear({ ...newYear2027, workdays: [{ date: '2027-01-02', name: '元旦' }] }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('重复') });
    await expect(caller.calendar.setYear({ ...newYear2027, holidays: [] })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('holidays') });
    await expect(caller.calendar.setYear({ ...newYear2027, holidays: [{ date: '2027-01-01', name: '<script>'.repeat(10) }] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(caller.calendar.setYear({ ...newYear2027, year: 1999 })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('year') });
    expect(await p.db.calendarYear.count()).toBe(0);
  });

  it('entering 2027 moves the open December deadline by one day, clears provisional and announces it', async () => {
    const { caller, user } = await p.createUser({ roles: ['kernel.admin'], divisionCode: '23' });
    const r = await caller.calendar.setYear(newYear2027);
    expect(r.recomputed).toBe(2);
    expect(r.changed).toEqual([expect.objectContaining({ subjectId: 'R-1', previousDueDate: '2027-01-12', dueDate: '2027-01-13', provisional: false })]);

    const d = await p.db.deadline.findFirstOrThrow({ where: { subjectId: 'R-1' } });
    expect(d.dueDate.toISOString().slice(0, 10)).toBe('2027-01-13');
    expect(d.provisional).toBe(false);
    // The closed deadline is left as it was.
    const closed = await p.db.deadline.findFirstOrThrow({ where: { subjectId: 'R-3' } });
    expect(closed.provisional).toBe(true);

    const events = await p.db.outboxEvent.findMany({ where: { type: 'kernel.calendar.deadline-changed' } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ divisionCode: '230108', pluginId: null });
    expect(events[0]!.payload).toMatchObject({ pluginId: 'cal-watch', subjectType: 'request', subjectId: 'R-1', kind: 'reply', previousDueDate: '2027-01-12', dueDate: '2027-01-13', previousProvisional: true, provisional: false });
    expect(await p.db.outboxEvent.count({ where: { type: 'kernel.calendar.year-set' } })).toBe(1);

    const audit = await p.db.auditRecord.findMany({ where: { action: 'calendar.setYear', outcome: 'ok' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ targetType: 'calendarYear', targetId: '2027', actorId: user.id });

    // The plugin that owns the deadline hears about it once.
    await dispatchOutbox(p.kernel);
    expect(seen.map((e) => e.payload.subjectId)).toEqual(['R-1']);
  });

  it('shows the entered year in coverage, day and listYears', async () => {
    const c = await p.anonymous().calendar.coverage();
    expect(c.years.at(-1)).toMatchObject({ year: 2027, source: 'administrator', label: '管理员录入', notice: newYear2027.notice });
    expect(c.nextYearCovered).toBe(true);
    expect(await p.anonymous().calendar.day({ date: '2027-01-01' })).toMatchObject({ working: false, kind: 'holiday', name: '元旦', source: 'administrator' });
    const { caller } = await p.createUser({ roles: ['kernel.admin'], divisionCode: '23' });
    const list = await caller.calendar.listYears();
    expect(list.years).toEqual([expect.objectContaining({ year: 2027, holidays: newYear2027.holidays, workdays: [] })]);
    // New registrations see the entered year at once.
    const fresh = await register({ ...base, subjectId: 'R-4', kind: 'reply', startDate: '2026-12-15', workingDays: 20 });
    expect(fresh).toMatchObject({ dueDate: '2027-01-13', provisional: false });
  });

  it('re-entering the same schedule changes no deadline and emits no change event', async () => {
    const { caller } = await p.createUser({ roles: ['kernel.admin'], divisionCode: '23' });
    const r = await caller.calendar.setYear(newYear2027);
    expect(r.changed).toEqual([]);
    expect(await p.db.outboxEvent.count({ where: { type: 'kernel.calendar.deadline-changed' } })).toBe(1);
  });

  it('registers many deadlines at once exactly as one by one, reopening closed ones; the last input per key wins', async () => {
    const many = (n: number, pausedDays: number) => ({ ...base, subjectType: 'bulk', subjectId: `B-${n}`, kind: 'reply', startDate: n % 2 ? '2026-12-15' : '2026-09-24', workingDays: 20, pausedDays });
    const single = await register({ ...many(0, 0), subjectType: 'single' });
    const closeKey = { pluginId: 'cal-watch', subjectType: 'bulk', subjectId: 'B-1', kind: 'reply' };
    await register(many(1, 0));
    await p.db.$transaction((tx) => p.kernel.calendar.closeDeadline(tx as Tx, closeKey, 'met'));
    const written = await p.db.$transaction((tx) => p.kernel.calendar.registerDeadlines(tx as Tx, [many(0, 5), ...Array.from({ length: 1500 }, (_, i) => many(i, 0)), many(0, 3)]), { timeout: 60_000 });
    expect(written).toBe(1500);
    const rows = await p.db.deadline.findMany({ where: { subjectType: 'bulk' } });
    expect(rows).toHaveLength(1500);
    const b0 = rows.find((r) => r.subjectId === 'B-0')!;
    const expected = await register({ ...many(0, 3), subjectType: 'single' });
    expect(expected.id).toBe(single.id);
    expect({ ...b0, id: '', subjectType: '', createdAt: null, updatedAt: null }).toEqual({ ...(await p.db.deadline.findUniqueOrThrow({ where: { id: single.id } })), id: '', subjectType: '', createdAt: null, updatedAt: null });
    expect(b0.id).toMatch(/^[a-z0-9]{20,40}$/);
    const b1 = rows.find((r) => r.subjectId === 'B-1')!;
    // 2027 has been entered by now (tests above): the December period is no longer provisional.
    expect(b1).toMatchObject({ status: 'open', closedAt: null, provisional: false, pausedDays: 0 });
    expect(b1.dueDate.toISOString().slice(0, 10)).toBe('2027-01-13');
    await expect(p.db.$transaction((tx) => p.kernel.calendar.registerDeadlines(tx as Tx, [{ ...many(2, 0), workingDays: -1 }]))).rejects.toThrow();
    expect(await p.db.$transaction((tx) => p.kernel.calendar.registerDeadlines(tx as Tx, []))).toBe(0);
  });

  it('closes many deadlines at once as closeDeadline does: first closing time kept, unknown keys skipped', async () => {
    const key = (subjectId: string) => ({ pluginId: 'cal-watch', subjectType: 'bulk-close', subjectId, kind: 'reply' });
    for (const id of ['C-1', 'C-2', 'C-3']) await register({ ...key(id), divisionCode: '230108', startDate: '2026-09-24', workingDays: 20 });
    const first = await p.db.$transaction((tx) => p.kernel.calendar.closeDeadline(tx as Tx, key('C-1'), 'cancelled'));
    const n = await p.db.$transaction((tx) => p.kernel.calendar.closeDeadlines(tx as Tx, [key('C-1'), key('C-2'), key('C-404')], 'met'));
    expect(n).toBe(2);
    const rows = await p.db.deadline.findMany({ where: { subjectType: 'bulk-close' }, orderBy: { subjectId: 'asc' } });
    expect(rows.map((r) => [r.subjectId, r.status])).toEqual([['C-1', 'met'], ['C-2', 'met'], ['C-3', 'open']]);
    expect(rows[0]!.closedAt).toEqual(first!.closedAt);
    expect(rows[1]!.closedAt).toEqual(p.clock.now());
    expect(await p.db.$transaction((tx) => p.kernel.calendar.closeDeadlines(tx as Tx, [], 'met'))).toBe(0);
    await expect(p.db.$transaction((tx) => p.kernel.calendar.closeDeadlines(tx as Tx, [{ ...key('C-3'), kind: '' }], 'met'))).rejects.toThrow();
  });

  it('reads the calendar once per transaction, and a year entered in the same transaction at once', async () => {
    const key = { pluginId: 'cal-watch', divisionCode: '230108', subjectType: 'once', kind: 'reply', startDate: '2029-04-02', workingDays: 20 };
    const [before, after] = await p.db.$transaction(async (tx) => {
      const a = await p.kernel.calendar.registerDeadline(tx as Tx, { ...key, subjectId: 'O-1' });
      expect(await p.kernel.calendar.snapshot(tx as Tx)).toBe(await p.kernel.calendar.snapshot(tx as Tx));
      await p.kernel.calendar.setYear(tx as Tx, { year: 2029, notice: '测试', holidays: [{ date: '2029-04-04', name: '清明节' }], workdays: [] }, null);
      const b = await p.kernel.calendar.registerDeadline(tx as Tx, { ...key, subjectId: 'O-2' });
      return [a, b];
    }, { timeout: 30_000 });
    expect(before).toMatchObject({ dueDate: '2029-04-30', provisional: true });
    expect(after).toMatchObject({ dueDate: '2029-05-01', provisional: false });
    // The pool client checks the calendar rows' fingerprint every time: the same calendar while
    // they are unchanged, a new one as soon as they change (even at the same fixed clock time).
    const s1 = await p.kernel.calendar.snapshot(p.db);
    expect(await p.kernel.calendar.snapshot(p.db)).toBe(s1);
    expect(s1.isWorkingDay('2029-04-05')).toBe(true);
    await p.db.$transaction((tx) => p.kernel.calendar.setYear(tx as Tx, { year: 2029, notice: '测试', holidays: [{ date: '2029-04-04', name: '清明节' }, { date: '2029-04-05', name: '清明节' }], workdays: [] }, null));
    const s2 = await p.kernel.calendar.snapshot(p.db);
    expect(s2).not.toBe(s1);
    expect(s2.isWorkingDay('2029-04-05')).toBe(false);
  });
});
