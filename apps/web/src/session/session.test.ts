import { describe, expect, it } from 'vitest';
import { hasPermission, safeNext, type Me } from './session';

const me = (permissions: string[]): Me => ({
  id: 'u1', username: 'zhang', displayName: '张三', kind: 'staff', divisionCode: '2301', organizationId: null, mustChangePassword: false,
  grants: [{ roleKey: 'r', permissions, divisionCode: '2301', organizationId: null, organizationDivisionCode: null }],
});

describe('hasPermission', () => {
  it('matches exact, wildcard and namespace grants', () => {
    expect(hasPermission(me(['kernel.audit.read']), 'kernel.audit.read')).toBe(true);
    expect(hasPermission(me(['kernel.*']), 'kernel.users.manage')).toBe(true);
    expect(hasPermission(me(['*']), 'mechanisms.requests.handle')).toBe(true);
    expect(hasPermission(me(['kernel.catalogue.read']), 'kernel.audit.read')).toBe(false);
    expect(hasPermission(null, 'kernel.audit.read')).toBe(false);
  });
});

describe('safeNext', () => {
  it('only follows same-site paths', () => {
    expect(safeNext('/console/users', '/console')).toBe('/console/users');
    expect(safeNext('https://evil.example/', '/console')).toBe('/console');
    expect(safeNext('//evil.example/', '/console')).toBe('/console');
    expect(safeNext(null, '/')).toBe('/');
  });
});
