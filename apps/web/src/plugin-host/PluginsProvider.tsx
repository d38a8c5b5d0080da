import { useMemo, type ReactNode } from 'react';
import type { WebPlugin } from '@gongkai/kernel/web';
import { skipToken, useApiQuery } from '@gongkai/ui';
import { api } from '../api';
import { composePlugins } from './compose';
import { CompositionContext } from './context';

/** Loads the enabled set for a division and provides the composition of the installed modules. */
const NONE: string[] = [];

export function PluginsProvider({ divisionCode, modules, children }: { divisionCode: string; modules: readonly WebPlugin[]; children: ReactNode }) {
  // Nothing to ask when no plugin has a web module.
  const enabled = useApiQuery(api.plugins.enabledFor, modules.length > 0 ? { divisionCode } : skipToken, { staleTime: 60_000 });
  const ids = modules.length === 0 ? NONE : enabled.data ?? (enabled.isError ? NONE : null);
  const value = useMemo(() => composePlugins(modules, ids), [modules, ids]);
  return <CompositionContext.Provider value={value}>{children}</CompositionContext.Provider>;
}
