// The division (行政区划) the person is looking at. The portal keeps it in the URL (`?d=2301`) so
// every page stays linkable; the console keeps it in localStorage so it survives navigation.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';

export const DIVISION_PARAM = 'd';
export const CONSOLE_DIVISION_KEY = 'gongkai.console.division';
const CODE = /^\d{2}(\d{2}){0,2}(\d{3}){0,2}$/;

export interface DivisionState {
  /** GB/T 2260 code, or null for "not chosen" (the portal then shows the whole province). */
  code: string | null;
  setCode: (code: string | null) => void;
  /** Adds the current division to an in-app link (portal: `?d=`; console: unchanged). */
  withDivision: (to: string) => string;
}

const DivisionContext = createContext<DivisionState | null>(null);

export function isDivisionCode(v: unknown): v is string {
  return typeof v === 'string' && CODE.test(v);
}

/** Appends `d=<code>` to a path, keeping its own query and hash. */
export function appendDivisionParam(to: string, code: string | null): string {
  if (!code) return to;
  const hashAt = to.indexOf('#');
  const hash = hashAt >= 0 ? to.slice(hashAt) : '';
  const base = hashAt >= 0 ? to.slice(0, hashAt) : to;
  const [path, query = ''] = base.split('?') as [string, string?];
  const params = new URLSearchParams(query);
  params.set(DIVISION_PARAM, code);
  return `${path}?${params.toString()}${hash}`;
}

function UrlDivisionProvider({ children, fallback }: { children: ReactNode; fallback: string | null }) {
  const [params, setParams] = useSearchParams();
  const raw = params.get(DIVISION_PARAM);
  const code = isDivisionCode(raw) ? raw : fallback;
  const setCode = useCallback((next: string | null) => {
    setParams((prev) => {
      const p = new URLSearchParams(prev);
      if (next) p.set(DIVISION_PARAM, next); else p.delete(DIVISION_PARAM);
      p.delete('page');
      return p;
    });
  }, [setParams]);
  const withDivision = useCallback((to: string) => appendDivisionParam(to, isDivisionCode(raw) ? raw : null), [raw]);
  const value = useMemo(() => ({ code, setCode, withDivision }), [code, setCode, withDivision]);
  return <DivisionContext.Provider value={value}>{children}</DivisionContext.Provider>;
}

function readStored(key: string): string | null {
  try {
    const v = globalThis.localStorage?.getItem(key);
    return isDivisionCode(v) ? v : null;
  } catch {
    return null;
  }
}

function StorageDivisionProvider({ children, fallback, storageKey, accept }: { children: ReactNode; fallback: string | null; storageKey: string; accept?: (code: string) => boolean }) {
  const [stored, setStored] = useState<string | null>(() => readStored(storageKey));
  const setCode = useCallback((next: string | null) => {
    try {
      if (next) globalThis.localStorage?.setItem(storageKey, next); else globalThis.localStorage?.removeItem(storageKey);
    } catch { /* private mode: keep it in memory */ }
    setStored(next);
  }, [storageKey]);
  const usable = stored !== null && (accept ? accept(stored) : true) ? stored : null;
  const value = useMemo(() => ({ code: usable ?? fallback, setCode, withDivision: (to: string) => to }), [usable, fallback, setCode]);
  return <DivisionContext.Provider value={value}>{children}</DivisionContext.Provider>;
}

export interface DivisionProviderProps {
  /** 'url' for the portal (`?d=`), 'storage' for the console (localStorage). */
  persist: 'url' | 'storage';
  /** Used when nothing is chosen yet (e.g. the staff member's own division). */
  fallback?: string | null;
  storageKey?: string;
  /** Storage mode: a remembered division is used only if accepted (e.g. within the account's reach). */
  accept?: (code: string) => boolean;
  children: ReactNode;
}

export function DivisionProvider({ persist, fallback = null, storageKey = CONSOLE_DIVISION_KEY, accept, children }: DivisionProviderProps) {
  return persist === 'url'
    ? <UrlDivisionProvider fallback={fallback}>{children}</UrlDivisionProvider>
    : <StorageDivisionProvider fallback={fallback} storageKey={storageKey} accept={accept}>{children}</StorageDivisionProvider>;
}

/** The current division; throws outside a DivisionProvider. */
export function useDivision(): DivisionState {
  const v = useContext(DivisionContext);
  if (!v) throw new Error('useDivision() needs a <DivisionProvider>');
  return v;
}
