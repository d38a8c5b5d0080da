// The plugin client plumbing against a real tRPC server (fetch adapter, in process): typed calls
// through the shared client's namespace, the CSRF header on mutations, the hooks' cache keys and
// the mapping of BAD_REQUEST issues to fields.
import { describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { renderHook, waitFor, act } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { initTRPC, TRPCError } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import superjson from 'superjson';
import { z, ZodError } from 'zod';
import { createApiClient, createPluginClient } from './client';
import { useApiMutation, useApiQuery } from './hooks';
import { fieldErrorsFrom } from './errors';

const t = initTRPC.context<{ csrf: string | null }>().create({
  transformer: superjson,
  errorFormatter: ({ shape, error }) => ({
    ...shape,
    data: { ...shape.data, issues: error.cause instanceof ZodError ? error.cause.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) : null },
  }),
});

const requests: { title: string; at: Date }[] = [];
const mechanismsRouter = t.router({
  requests: t.router({
    list: t.procedure.input(z.object({ page: z.number().int().min(1) }).strict()).query(({ input }) => ({ page: input.page, items: requests })),
    submit: t.procedure.input(z.object({ title: z.string().min(2, '标题至少 2 个字') }).strict()).mutation(({ input, ctx }) => {
      if (ctx.csrf !== 'tok-1') throw new TRPCError({ code: 'FORBIDDEN', message: 'CSRF' });
      const r = { title: input.title, at: new Date('2026-10-01T00:00:00Z') };
      requests.push(r);
      return r;
    }),
  }),
});
const appRouter = t.router({ mechanisms: mechanismsRouter });

createApiClient<typeof appRouter>({
  url: 'http://gongkai.test/trpc',
  csrfToken: () => 'tok-1',
  fetch: (input, init) => fetchRequestHandler({
    endpoint: '/trpc', router: appRouter, req: new Request(input as string, init),
    createContext: ({ req }) => ({ csrf: req.headers.get('x-csrf-token') }),
  }),
});
const api = createPluginClient<typeof mechanismsRouter>('mechanisms');

function wrapper({ children }: { children: ReactNode }) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={qc}>{children}</QueryClientProvider>;
}

describe('createPluginClient with the hooks', () => {
  it('queries and mutates the plugin namespace, refreshing queries after a mutation', async () => {
    const { result } = renderHook(() => ({ list: useApiQuery(api.requests.list, { page: 1 }), submit: useApiMutation(api.requests.submit) }), { wrapper });
    await waitFor(() => expect(result.current.list.data).toEqual({ page: 1, items: [] }));
    await act(async () => { await result.current.submit.mutateAsync({ title: '申请公开预算' }); });
    await waitFor(() => expect(result.current.list.data?.items).toHaveLength(1));
    // superjson carries Dates through.
    expect(result.current.list.data?.items[0]?.at).toEqual(new Date('2026-10-01T00:00:00Z'));
  });

  it('maps a BAD_REQUEST to field errors', async () => {
    const { result } = renderHook(() => useApiMutation(api.requests.submit), { wrapper });
    await act(async () => { await result.current.mutateAsync({ title: 'x' }).catch(() => undefined); });
    expect(fieldErrorsFrom(result.current.error)).toEqual({ title: '标题至少 2 个字' });
  });
});
