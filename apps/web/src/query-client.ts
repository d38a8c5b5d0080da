import { QueryClient } from '@tanstack/react-query';
import { errorCode } from '@gongkai/ui';

const NO_RETRY = new Set(['BAD_REQUEST', 'UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'PRECONDITION_FAILED', 'TOO_MANY_REQUESTS']);

/** Tuned for weak connections: no refetch on focus, short retries only for transient failures. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
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
