import { Suspense, type ComponentType } from 'react';
import { useComposition } from './context';
import { lazyOnce } from './lazy-cache';
import { PluginBoundary } from './PluginBoundary';
import { NotEnabled } from '../shared/NotEnabled';

/** A plugin page: rendered only when the plugin is enabled for the current division. */
export function PluginRoute({ pluginId, path, load }: { pluginId: string; path: string; load: () => Promise<{ default: ComponentType }> }) {
  const { enabled } = useComposition();
  if (enabled === null) return <p className="gk-loading" role="status">正在加载…</p>;
  if (!enabled.has(pluginId)) return <NotEnabled />;
  const Page = lazyOnce<object>(`${pluginId}:route:${path}`, load);
  return (
    <PluginBoundary pluginId={pluginId}>
      <Suspense fallback={<p className="gk-loading" role="status">正在加载…</p>}>
        <Page />
      </Suspense>
    </PluginBoundary>
  );
}
