import { skipToken, useMutation, useQuery, useQueryClient, type QueryKey, type UseMutationOptions, type UseQueryOptions } from '@tanstack/react-query';
import { procedurePath } from './path-proxy';
import type { ApiError } from './errors';

/** Anything with a vanilla tRPC `query` (a handle from getApiClient / createPluginClient). */
export interface QueryProcedure<I, O> { query: (input: I) => Promise<O> }
/** Anything with a vanilla tRPC `mutate`. */
export interface MutationProcedure<I, O> { mutate: (input: I) => Promise<O> }

/** The cache key of a procedure (and its input): ['catalogue', 'search', input]. */
export function apiKey(handle: unknown, input?: unknown): QueryKey {
  const path = procedurePath(handle);
  return input === undefined ? path : [...path, input];
}

export type ApiQueryOptions<O, TData = O> = Omit<UseQueryOptions<O, ApiError, TData>, 'queryKey' | 'queryFn'>;

/**
 * `useQuery` over a tRPC procedure: `useApiQuery(api.catalogue.item, { id })`. Pass `skipToken`
 * as input to wait (e.g. until a division is chosen).
 */
export function useApiQuery<I, O, TData = O>(procedure: QueryProcedure<I, O>, input: I | typeof skipToken, options: ApiQueryOptions<O, TData> = {}) {
  const path = procedurePath(procedure);
  return useQuery<O, ApiError, TData>({
    ...options,
    queryKey: input === skipToken ? path : [...path, input],
    queryFn: input === skipToken ? skipToken : () => procedure.query(input),
  });
}

export interface ApiMutationOptions<I, O> extends Omit<UseMutationOptions<O, ApiError, I>, 'mutationFn'> {
  /**
   * Query caches to refresh after success: procedure or router handles (`[api.divisions]`).
   * Default: every active query, since a mutation may change what any page shows.
   */
  invalidate?: unknown[];
}

/** `useMutation` over a tRPC procedure; refreshes queries after success. */
export function useApiMutation<I, O>(procedure: MutationProcedure<I, O>, options: ApiMutationOptions<I, O> = {}) {
  const queryClient = useQueryClient();
  const { invalidate, onSuccess, ...rest } = options;
  return useMutation<O, ApiError, I>({
    ...rest,
    mutationFn: (input: I) => procedure.mutate(input),
    onSuccess: async (...args) => {
      if (invalidate) await Promise.all(invalidate.map((h) => queryClient.invalidateQueries({ queryKey: apiKey(h) })));
      else await queryClient.invalidateQueries();
      await onSuccess?.(...args);
    },
  });
}

export { skipToken };
