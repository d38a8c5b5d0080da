import { createContext, useContext } from 'react';
import type { Composition } from './compose';

export const emptyComposition: Composition = { enabled: null, routes: [], nav: [], slots: {} };

export const CompositionContext = createContext<Composition>(emptyComposition);

/** The plugin routes, nav entries and slot fillers enabled for the current division. */
export function useComposition(): Composition {
  return useContext(CompositionContext);
}
