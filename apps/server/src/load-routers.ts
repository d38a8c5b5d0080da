// Plugin routers are lazy (`lazy(() => import(...))`). Tools that walk `_def.procedures`
// synchronously (the OpenAPI generator and REST handler, the metrics' procedure list) see only
// what has been loaded, so the server loads every lazy router once at start-up.
import type { AnyRouter } from '@trpc/server';

interface LazyLoader { load(): Promise<void> }

export async function loadLazyRouters(router: AnyRouter): Promise<AnyRouter> {
  const lazy = (router._def as unknown as { lazy?: Record<string, LazyLoader> }).lazy;
  if (!lazy) return router;
  // Loading one may reveal nested lazy routers: repeat until none is left.
  for (let round = 0; Object.keys(lazy).length > 0; round++) {
    if (round > 20) throw new Error('Lazy routers keep appearing after 20 rounds of loading');
    await Promise.all(Object.values(lazy).map((l) => l.load()));
  }
  return router;
}
