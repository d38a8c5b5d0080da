import { skipToken, useApiQuery } from '@gongkai/ui';
import { api } from '../api';
import { rootDivision } from '../site-config';

/** The name of a division (the province's when none is chosen). */
export function useDivisionName(code: string | null): string | null {
  const q = useApiQuery(api.divisions.get, code && code !== rootDivision.code ? { code } : skipToken, { staleTime: 10 * 60_000 });
  if (!code || code === rootDivision.code) return rootDivision.name;
  return q.data?.name ?? null;
}
