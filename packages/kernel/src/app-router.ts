import { lazy, type AnyRouter } from '@trpc/server';
import { camelCase, type AnyPlugin, type CamelCase, type PluginDefinition } from './plugins/define-plugin';
import { kernelRouters } from './routers/kernel-router';
import { router } from './trpc/init';

type RouterOf<P> = P extends PluginDefinition<infer _S, infer R, infer _Id> ? R : never;
export type PluginRouters<P extends readonly AnyPlugin[]> = {
  [K in P[number] as K['router'] extends undefined ? never : CamelCase<K['id']>]: RouterOf<K>;
};

/**
 * The app router: kernel routers plus one lazily loaded router per installed plugin, under the
 * plugin's camelCase id (`trpc.mechanisms.requests.submit`). Only the composition root calls this.
 */
export function createAppRouter<const P extends readonly AnyPlugin[]>(plugins: P) {
  const pluginRecord: Record<string, AnyRouter> = {};
  for (const p of plugins) {
    const load = p.router;
    if (!load) continue;
    const key = camelCase(p.id);
    if (key in kernelRouters) throw new Error(`Plugin id "${p.id}" collides with the kernel router "${key}"`);
    pluginRecord[key] = lazy(load) as unknown as AnyRouter;
  }
  return router({ ...kernelRouters, ...(pluginRecord as PluginRouters<P>) });
}
