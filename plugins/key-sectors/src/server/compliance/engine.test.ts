import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '@gongkai/kernel';
import type { DisclosureRequirement } from '../../contracts';
import { computeMatrix, evaluateCell, rates, type MatrixDivision, type PublicationFact } from './engine';
import { dueAfter } from './due';

// The kernel's calendar with the official 2026 arrangements (National Day 10-01…10-07, make-up
// working days on Sunday 09-20 and Saturday 10-10).
const cal = new WorkCalendar();

const threeExpenses: DisclosureRequirement = {
  id: 'three-expenses-final', label: '本级政府公开“三公”经费决算', recordType: 'three-expenses', categories: ['决算:本级政府'],
  levels: ['province', 'prefecture', 'county'],
  due: { kind: 'afterEvent', days: 20, unit: 'calendar', eventLabel: '决算批准', latestEvent: (y) => `${y + 1}-09-30` },
};
const licences: DisclosureRequirement = {
  id: 'licences', label: '行政许可 7 个工作日内公开', recordType: 'licence', levels: ['county'],
  due: { kind: 'afterEvent', days: 7, unit: 'working', eventLabel: '作出决定', latestEvent: (y) => `${y}-12-31` },
};
const stations: DisclosureRequirement = {
  id: 'air-stations', label: '公开空气质量监测站点', recordType: 'station', levels: ['prefecture', 'county'],
  due: { kind: 'byDate', label: '3 月 31 日前', date: (y) => `${y}-03-31` },
};

const fact = (over: Partial<PublicationFact>): PublicationFact => ({ divisionCode: '230108', sector: 'budget', recordType: 'three-expenses', category: '决算:本级政府', eventDate: '2026-09-14', firstPublishedOn: '2026-10-08', count: 1, ...over });

describe('due dates over the holiday calendar', () => {
  it('moves a calendar-day period ending in the National Day holiday to the next working day', () => {
    expect(dueAfter(threeExpenses.due as Extract<DisclosureRequirement['due'], { kind: 'afterEvent' }>, '2026-09-14', cal).dueDate).toBe('2026-10-08');
    expect(dueAfter(threeExpenses.due as Extract<DisclosureRequirement['due'], { kind: 'afterEvent' }>, '2026-06-01', cal).dueDate).toBe('2026-06-22'); // 06-21 is a Sunday
  });

  it('counts working days, skipping the holiday and counting the make-up Saturday', () => {
    expect(dueAfter(licences.due as Extract<DisclosureRequirement['due'], { kind: 'afterEvent' }>, '2026-09-28', cal).dueDate).toBe('2026-10-13');
  });
});

describe('one cell', () => {
  it('is on time when published by the due date, late after it', () => {
    expect(evaluateCell(threeExpenses, 2025, '2026-11-25', [fact({})], cal)).toMatchObject({ status: 'on-time', dueDate: '2026-10-08', publishedOn: '2026-10-08' });
    expect(evaluateCell(threeExpenses, 2025, '2026-11-25', [fact({ firstPublishedOn: '2026-10-09' })], cal)).toMatchObject({ status: 'late', dueDate: '2026-10-08' });
  });

  it('ignores records of other categories (a department’s, a budget)', () => {
    expect(evaluateCell(threeExpenses, 2025, '2026-11-25', [fact({ category: '决算:部门' }), fact({ category: '预算:本级政府' })], cal).status).toBe('missing');
  });

  it('is missing once the latest plausible deadline passed, pending before', () => {
    expect(evaluateCell(threeExpenses, 2025, '2026-11-25', [], cal)).toMatchObject({ status: 'missing', dueDate: '2026-10-20' });
    expect(evaluateCell(threeExpenses, 2025, '2026-10-20', [], cal).status).toBe('pending');
    expect(evaluateCell(stations, 2027, '2026-11-25', [], cal)).toMatchObject({ status: 'pending', dueDate: '2027-03-31' });
  });

  it('prefers an on-time publication among several', () => {
    const c = evaluateCell(threeExpenses, 2025, '2026-11-25', [fact({ eventDate: '2026-07-01', firstPublishedOn: '2026-08-30' }), fact({ eventDate: '2026-09-14', firstPublishedOn: '2026-09-20', count: 2 })], cal);
    expect(c).toMatchObject({ status: 'on-time', publishedOn: '2026-09-20', records: 3 });
  });
});

describe('per-event and conditional requirements', () => {
  const decisions: DisclosureRequirement = { ...licences, levels: ['county'], each: true, appliesWhen: { categories: ['有效'] } };
  const f = (eventDate: string, firstPublishedOn: string): PublicationFact => ({ divisionCode: '230108', sector: 'approval', recordType: 'licence', category: '有效', eventDate, firstPublishedOn, count: 1 });
  it('is late when any one disclosure was late', () => {
    expect(evaluateCell(decisions, 2026, '2026-11-25', [f('2026-09-28', '2026-10-13'), f('2026-11-02', '2026-11-20')], cal)).toMatchObject({ status: 'late', eventDate: '2026-11-02', records: 2 });
    expect(evaluateCell(decisions, 2026, '2026-11-25', [f('2026-09-28', '2026-10-13')], cal).status).toBe('on-time');
  });
  it('does not apply where no triggering record exists', () => {
    expect(evaluateCell(decisions, 2026, '2026-11-25', [], cal).status).toBe('not-required');
  });
});

describe('the matrix', () => {
  const divisions: MatrixDivision[] = [
    { code: '23', name: '黑龙江省', level: 'province', parentCode: null },
    { code: '2301', name: '哈尔滨市', level: 'prefecture', parentCode: '23' },
    { code: '230108', name: '平房区', level: 'county', parentCode: '2301' },
    { code: '231102', name: '爱辉区', level: 'county', parentCode: '2311' },
  ];
  const rows = computeMatrix({
    year: 2025, today: '2026-11-25', divisions,
    requirements: [
      { key: 'budget.three-expenses-final', sector: 'budget', pluginIds: ['key-sectors'], def: threeExpenses },
      { key: 'environment.air-stations', sector: 'environment', pluginIds: ['key-sectors'], def: stations },
    ],
    enabled: (code) => !code.startsWith('2311'),
    facts: [fact({}), fact({ divisionCode: '2301', firstPublishedOn: '2026-10-12' }), { divisionCode: '230108', sector: 'environment', recordType: 'station', category: '市控', eventDate: null, firstPublishedOn: '2025-02-01', count: 3 }],
    calendar: cal,
  });

  it('gives each division its status per requirement', () => {
    const by = Object.fromEntries(rows.map((r) => [r.division.code, Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, c.status]))]));
    expect(by).toEqual({
      23: { 'budget.three-expenses-final': 'missing', 'environment.air-stations': 'not-required' },
      2301: { 'budget.three-expenses-final': 'late', 'environment.air-stations': 'missing' },
      230108: { 'budget.three-expenses-final': 'on-time', 'environment.air-stations': 'on-time' },
      231102: { 'budget.three-expenses-final': 'disabled', 'environment.air-stations': 'disabled' },
    });
  });

  it('summarises completeness and timeliness', () => {
    const city = rows.find((r) => r.division.code === '2301')!;
    expect(city.summary).toEqual({ required: 2, onTime: 0, late: 1, missing: 1, pending: 0 });
    expect(rates(city.summary)).toEqual({ completeness: 50, timeliness: 0 });
    expect(rates(rows.find((r) => r.division.code === '231102')!.summary)).toEqual({ completeness: null, timeliness: null });
  });
});
