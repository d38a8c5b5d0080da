// A named place that enabled plugins fill. Each filler is loaded lazily; a disabled plugin's
// filler is never downloaded.
import { Suspense } from 'react';
import type { SlotName, SlotProps } from '@gongkai/kernel/web';
import { useComposition } from './context';
import { lazyOnce } from './lazy-cache';
import { PluginBoundary } from './PluginBoundary';

export function Slot<N extends SlotName>({ name, props }: { name: N; props: SlotProps[N] }) {
  const { slots } = useComposition();
  const fills = slots[name] ?? [];
  if (fills.length === 0) return null;
  return (
    <div className="gk-slot" data-slot={name}>
      {fills.map(({ pluginId, fill }) => {
        const Filler = lazyOnce<SlotProps[N]>(`${pluginId}:${name}:${fill.id}`, fill.load as () => Promise<{ default: React.ComponentType<SlotProps[N]> }>);
        return (
          <PluginBoundary key={`${pluginId}:${fill.id}`} pluginId={pluginId}>
            <Suspense fallback={<p className="gk-loading" role="status">正在加载…</p>}>
              <Filler {...props} />
            </Suspense>
          </PluginBoundary>
        );
      })}
    </div>
  );
}
