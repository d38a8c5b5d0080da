import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { errorCode } from '@gongkai/ui';

const NO_RETRY = new Set(['BAD_REQUEST', 'UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'PRECONDITION_FAILED', 'TOO_MANY_REQUESTS']);

/** Where a console page goes when its session has expired (null outside the console). */
export function expiredRedirect(location: { pathname: string; search: string }): string | null {
  if (!location.pathname.startsWith('/console') || location.pathname.startsWith('/console/login')) return null;
  return `/console/login?expired=1&next=${encodeURIComponent(location.pathname + location.search)}`;
}

function onError(error: unknown): void {
  if (errorCode(error) !== 'UNAUTHORIZED' || typeof window === 'undefined') return;
  const to = expiredRedirect(window.location);
  if (to) window.location.assign(to);
}

/** Tuned for weak connections: no refetch on focus, short retries only for transient failures. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => !NO_RETRY.has(errorCode(error) ?? '') && count < 2,
      },
      mutations: { retry: false },
    },
  });
}
