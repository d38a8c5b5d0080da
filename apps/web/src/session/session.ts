import { useApiQuery } from '@gongkai/ui';
import { api, type Outputs } from '../api';

export type Me = NonNullable<Outputs['auth']['me']>;

/** The signed-in account (null when signed out). */
export function useMe() {
  return useApiQuery(api.auth.me, undefined, { staleTime: 30_000, retry: false });
}

/** Does any of the account's grants include the permission (anywhere)? */
export function hasPermission(me: Me | null | undefined, permission: string): boolean {
  if (!me) return false;
  return me.grants.some((g) => g.permissions.some((p) => p === '*' || p === permission || (p.endsWith('.*') && permission.startsWith(p.slice(0, -1)))));
}

/** A same-site path to return to after signing in (never an absolute URL). */
export function safeNext(next: string | null, fallback: string): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
