// The tRPC transformer: superjson, with a shortcut for values that are plain JSON already.
// superjson walks every value to find Dates, Maps, undefined and the like, building a copy and
// path arrays on the way (about 15 µs for the public item page, five times JSON.stringify). Most
// answers of the public read side are plain JSON — strings, finite numbers, booleans, null, plain
// objects and arrays, no object twice — and superjson turns those into exactly `{ json: value }`.
// `isPlainJson` recognises them in one cheap pass; anything else goes through superjson unchanged,
// so the output is the same as superjson's in every case. The instance is our own, so nothing can
// register a custom transformer that would change what plain values serialise to.
import type { DataTransformer } from '@trpc/server/unstable-core-do-not-import';
import { SuperJSON, type SuperJSONResult } from 'superjson';

const instance = new SuperJSON();

/** Keys superjson refuses (prototype pollution); such a value must reach superjson to fail there. */
const REFUSED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** True when superjson would serialise `value` to `{ json: value }` with no meta. */
export function isPlainJson(value: unknown, seen: Set<object> = new Set()): boolean {
  switch (typeof value) {
    case 'string': case 'boolean': return true;
    case 'number': return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': break;
    default: return false; // undefined, bigint, symbol, function
  }
  if (value === null) return true;
  // An object met twice is a referential equality superjson records in meta (or a cycle).
  if (seen.has(value)) return false;
  seen.add(value);
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return false;
    for (let i = 0; i < value.length; i++) {
      if (!(i in value) || !isPlainJson(value[i], seen)) return false;
    }
    return true;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  if (Object.getOwnPropertySymbols(value).length > 0) return false;
  for (const key in value) {
    if (REFUSED_KEYS.has(key) || !isPlainJson((value as Record<string, unknown>)[key], seen)) return false;
  }
  return true;
}

export const transformer: DataTransformer & { serialize(v: unknown): SuperJSONResult } = {
  serialize(value: unknown): SuperJSONResult {
    return isPlainJson(value) ? { json: value as SuperJSONResult['json'] } : instance.serialize(value);
  },
  deserialize(payload: unknown): unknown {
    // superjson copies the JSON before applying meta; with no meta there is nothing to apply, and
    // the payload was just parsed from the request, so nobody else holds it.
    const p = payload as Partial<SuperJSONResult> | null;
    if (p !== null && typeof p === 'object' && p.meta === undefined && Object.getPrototypeOf(p) === Object.prototype) return p.json;
    return instance.deserialize(payload as SuperJSONResult);
  },
};
