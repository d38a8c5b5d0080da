import { describe, expect, it } from 'vitest';
import { expiredRedirect } from './query-client';

describe('expiredRedirect', () => {
  it('sends console pages back to the console login with the page to return to', () => {
    expect(expiredRedirect({ pathname: '/console/users', search: '?q=a' })).toBe('/console/login?expired=1&next=%2Fconsole%2Fusers%3Fq%3Da');
    expect(expiredRedirect({ pathname: '/console/login', search: '' })).toBeNull();
    expect(expiredRedirect({ pathname: '/search', search: '' })).toBeNull();
  });
});
