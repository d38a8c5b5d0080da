// Web tests against the real server: the pages' tRPC client is answered in process by the real
// router and database (tRPC's fetch adapter, no mocks), and pages render inside the providers the
// console and portal give them.
import type { ReactNode } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { createContext, type Principal } from '@gongkai/kernel';
import type { TestPlatform } from '@gongkai/testing';
import { DivisionProvider, createApiClient } from '@gongkai/ui';

/**
 * Points the web API client at `platform`, acting as whoever `principal()` names at the time of
 * each call (a test can switch users between steps). `onCall` sees every request before it is served.
 */
export function serveApi(platform: Pick<TestPlatform, 'appRouter' | 'kernel'>, principal: () => Principal | null, onCall?: (url: URL, init?: RequestInit) => void): void {
  createApiClient({
    url: 'http://gongkai.test/trpc',
    csrfToken: () => 'test',
    fetch: (input, init) => {
      onCall?.(new URL(input as string), init);
      return fetchRequestHandler({
        endpoint: '/trpc', router: platform.appRouter, req: new Request(input as string, init),
        createContext: () => createContext({ kernel: platform.kernel, principal: principal() }),
      });
    },
  });
}

export interface RenderOptions {
  /** The route pattern the element is mounted at (omit to render it without a route). */
  path?: string;
  /** The address the router starts at. */
  url?: string;
  /** Wrap in the division picker's provider, as console and portal pages are. */
  division?: boolean;
}

/** Renders `element` with a fresh query cache (no retries) and a memory router. */
export function renderWithApp(element: ReactNode, o: RenderOptions = {}): RenderResult {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const routed = o.path ? <Routes><Route path={o.path} element={element} /></Routes> : element;
  const inner = o.division ? <DivisionProvider persist="url">{routed}</DivisionProvider> : routed;
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={o.url ? [o.url] : undefined}>{inner}</MemoryRouter>
    </QueryClientProvider>,
  );
}
