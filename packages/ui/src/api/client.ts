// The app's one tRPC client. apps/web creates it (typed with the full AppRouter); plugins reach
// their own sub-router through `createPluginClient`, and kernel-level UI through `getApiClient`.
import { createTRPCClient, httpBatchLink, httpLink, splitLink, type TRPCClient } from '@trpc/client';
import type { AnyRouter } from '@trpc/server';
import superjson from 'superjson';
import type { createAppRouter } from '@gongkai/kernel';
import { CSRF_HEADER, readCsrfToken } from './csrf';
import { pathProxy } from './path-proxy';

/** The kernel-only app router (no plugins): what shared UI may call without knowing plugins. */
export type KernelAppRouter = ReturnType<typeof createAppRouter<[]>>;

export interface ApiClientOptions {
  /** Endpoint of the tRPC adapter; default `/trpc` on the same origin. */
  url?: string;
  /** Replace `fetch` (tests). */
  fetch?: typeof fetch;
  /** Where the CSRF token comes from; default the `gk_csrf` cookie. */
  csrfToken?: () => string;
}

let shared: TRPCClient<AnyRouter> | null = null;

/** Creates the app's tRPC client and makes it the shared one that plugins and shared UI use. */
export function createApiClient<TRouter extends AnyRouter>(options: ApiClientOptions = {}): TRPCClient<TRouter> {
  const url = options.url ?? '/trpc';
  const csrf = options.csrfToken ?? (() => readCsrfToken());
  const common = { url, transformer: superjson, fetch: options.fetch };
  const client = createTRPCClient<KernelAppRouter>({
    links: [
      // Mutations go one by one (each is its own transaction and audit record) with the CSRF
      // header; queries are batched.
      splitLink({
        condition: (op) => op.type === 'mutation',
        true: httpLink({ ...common, headers: () => ({ [CSRF_HEADER]: csrf() }) }),
        false: httpBatchLink({ ...common, maxURLLength: 4000 }),
      }),
    ],
  });
  setApiClient(client as unknown as TRPCClient<AnyRouter>);
  return pathProxy([], () => client) as unknown as TRPCClient<TRouter>;
}

/** Makes an existing client the shared one (tests, or an app that builds its own links). */
export function setApiClient(client: TRPCClient<AnyRouter>): void {
  shared = client;
}

function requireShared(): TRPCClient<AnyRouter> {
  if (!shared) throw new Error('API client not configured: call createApiClient() before rendering');
  return shared;
}

/**
 * The shared client typed with the kernel routers only. Resolves the client at call time, and each
 * procedure handle carries its path so `useApiQuery` can key the cache by it.
 */
export function getApiClient(): TRPCClient<KernelAppRouter> {
  return pathProxy([], requireShared) as TRPCClient<KernelAppRouter>;
}

/**
 * A typed vanilla client for one plugin's sub-router: `createPluginClient<MyRouter>('mechanisms')`
 * is the shared client's `mechanisms` namespace. Safe to call at module load: the shared client
 * is looked up when a procedure is called.
 */
export function createPluginClient<TRouter extends AnyRouter>(camelId: string): TRPCClient<TRouter> {
  if (!/^[a-z][a-zA-Z0-9]*$/.test(camelId)) throw new Error(`createPluginClient: "${camelId}" is not a camelCase plugin id`);
  return pathProxy([camelId], requireShared) as TRPCClient<TRouter>;
}
