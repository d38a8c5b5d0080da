import { describe, expect, it } from 'vitest';
import { defineWebPlugin, navEntryVisible, type NavGrant } from './index';

const city = (permissions: string[], divisionCode = '2301'): NavGrant => ({ permissions, divisionCode, organizationDivisionCode: null });
const org = (permissions: string[], organizationDivisionCode = '2301'): NavGrant => ({ permissions, divisionCode: null, organizationDivisionCode });

describe('navEntryVisible', () => {
  it('shows an entry without a permission to everyone', () => {
    expect(navEntryVisible(undefined, [], '2301')).toBe(true);
  });

  it('needs the permission (or a pattern granting it), any one of several', () => {
    const g = [city(['mechanisms.requests.read'])];
    expect(navEntryVisible('mechanisms.requests.read', g, '2301')).toBe(true);
    expect(navEntryVisible('mechanisms.releases.manage', g, '2301')).toBe(false);
    expect(navEntryVisible(['mechanisms.releases.manage', 'mechanisms.requests.read'], g, '2301')).toBe(true);
    expect(navEntryVisible([], g, '2301')).toBe(false);
    expect(navEntryVisible('mechanisms.releases.manage', [city(['mechanisms.*'])], '2301')).toBe(true);
    expect(navEntryVisible('mechanisms.releases.manage', [city(['*'], '23')], '2301')).toBe(true);
    expect(navEntryVisible('mechanisms.releases.manage', [city(['kernel.*'])], '2301')).toBe(false);
  });

  it('counts a grant where the console works: its subtree, or inside the division shown', () => {
    const g = [city(['mechanisms.requests.read'], '2301')];
    expect(navEntryVisible('mechanisms.requests.read', g, '230108')).toBe(true); // a county of the city
    expect(navEntryVisible('mechanisms.requests.read', g, '23')).toBe(true); // the province, showing the city's work
    expect(navEntryVisible('mechanisms.requests.read', g, '2302')).toBe(false); // another city
    const o = [org(['mechanisms.subtasks.answer'], '2301')];
    expect(navEntryVisible('mechanisms.subtasks.answer', o, '2301')).toBe(true);
    expect(navEntryVisible('mechanisms.subtasks.answer', o, '23')).toBe(true);
    expect(navEntryVisible('mechanisms.subtasks.answer', o, '230108')).toBe(false); // the organisation is not in the county
  });
});

describe('defineWebPlugin', () => {
  it('refuses a permission on a portal entry', () => {
    expect(() => defineWebPlugin({ id: 'x', title: 'X', routes: [], nav: [{ area: 'portal', to: '/x', label: 'X', permission: 'x.read' }] })).toThrow(/portal is public/);
    expect(defineWebPlugin({ id: 'x', title: 'X', routes: [], nav: [{ area: 'console', to: '/console/x', label: 'X', permission: 'x.read' }] }).nav).toHaveLength(1);
  });
});
