import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

const cache = new Map<string, unknown>();

/** One React.lazy per plugin module (keyed), so re-renders never re-create it. */
export function lazyOnce<P extends object>(key: string, load: () => Promise<{ default: ComponentType<P> }>): LazyExoticComponent<ComponentType<P>> {
  let c = cache.get(key) as LazyExoticComponent<ComponentType<P>> | undefined;
  if (!c) {
    c = lazy(load);
    cache.set(key, c);
  }
  return c;
}
