// A recursive proxy over a vanilla tRPC client that remembers the procedure path, so that
// hooks can derive cache keys from a procedure handle (`useApiQuery(api.catalogue.search, input)`).

/** Symbol under which every handle exposes its dotted path ('catalogue.search'). */
export const PROCEDURE_PATH: unique symbol = Symbol.for('gongkai.procedurePath');

type Resolve = () => unknown;

export function pathProxy(path: readonly string[], resolve: Resolve): unknown {
  const target = function procedureHandle() { /* callable target for the apply trap */ };
  return new Proxy(target, {
    get(_t, key) {
      if (key === PROCEDURE_PATH) return path;
      // Never look like a promise or a React element; everything else is a path segment.
      if (typeof key !== 'string' || key === 'then' || key === '$$typeof' || key === 'toJSON') return undefined;
      return pathProxy([...path, key], resolve);
    },
    apply(_t, _this, args: unknown[]) {
      const method = path[path.length - 1];
      let node = resolve() as Record<string, unknown>;
      for (const segment of path.slice(0, -1)) node = node[segment] as Record<string, unknown>;
      const fn = node[method as string] as ((...a: unknown[]) => unknown) | undefined;
      if (typeof fn !== 'function') throw new Error(`Not a procedure method: ${path.join('.')}`);
      return fn(...args);
    },
  });
}

/** Path segments of a handle made by `pathProxy` (without the final query/mutate). */
export function procedurePath(handle: unknown): string[] {
  const path = (handle as { [PROCEDURE_PATH]?: readonly string[] } | null)?.[PROCEDURE_PATH];
  if (!path) throw new Error('Expected a procedure handle from getApiClient() or createPluginClient()');
  return [...path];
}
