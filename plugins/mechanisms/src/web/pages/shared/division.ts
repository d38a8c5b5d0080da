import { skipToken, useApiQuery, useDivision } from '@gongkai/ui';
import { kernelApi } from './api';

/**
 * The division a page works in. The console always has one; the portal's "whole province" (no
 * `?d=`) is the root of the division tree.
 */
export function usePageDivision(): string | null {
  const { code } = useDivision();
  const roots = useApiQuery(kernelApi.divisions.children, code ? skipToken : { parentCode: null }, { staleTime: 60 * 60_000 });
  return code ?? roots.data?.[0]?.code ?? null;
}

/** A division's name (null while loading or unknown). */
export function useDivisionName(code: string | null): string | null {
  const q = useApiQuery(kernelApi.divisions.get, code ? { code } : skipToken, { staleTime: 60 * 60_000 });
  return q.data?.name ?? null;
}

/** Is the plugin switched on for a division (null while loading)? */
export function usePluginEnabled(code: string | null): boolean | null {
  const q = useApiQuery(kernelApi.plugins.enabledFor, code ? { divisionCode: code } : skipToken, { staleTime: 60_000 });
  if (!code || !q.data) return null;
  return q.data.includes('mechanisms');
}

/** The top of the division tree (the province); null while loading. */
export function useRootDivision(): string | null {
  const roots = useApiQuery(kernelApi.divisions.children, { parentCode: null }, { staleTime: 60 * 60_000 });
  return roots.data?.[0]?.code ?? null;
}
