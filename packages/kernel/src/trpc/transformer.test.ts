import superjson from 'superjson';
import { describe, expect, it } from 'vitest';
import { isPlainJson, transformer } from './transformer';

const shared = { a: 1 };
const cyclic: Record<string, unknown> = { name: 'x' };
cyclic.self = cyclic;
class Point { constructor(public x: number) {} }
const nullProto = Object.assign(Object.create(null) as Record<string, unknown>, { a: 'b' });
// eslint-disable-next-line no-sparse-arrays
const holes = [1, , 3];

const cases: [string, unknown, boolean][] = [
  ['item-like object', { id: 'x', n: 3, ok: true, none: null, tags: ['a', 'b'], nested: { list: [{ k: 'v' }] }, empty: {} }, true],
  ['string', 'text', true],
  ['null', null, true],
  ['array of numbers', [0, 1.5, -2], true],
  ['null prototype object', nullProto, true],
  ['undefined', undefined, false],
  ['undefined inside', { a: undefined }, false],
  ['Date', { at: new Date('2026-01-02T03:04:05Z') }, false],
  ['negative zero', { z: -0 }, false],
  ['NaN', [Number.NaN], false],
  ['Infinity', { i: Number.POSITIVE_INFINITY }, false],
  ['bigint', { b: 10n }, false],
  ['Map', new Map([['k', 1]]), false],
  ['Set', { s: new Set([1]) }, false],
  ['class instance', { p: new Point(1) }, false],
  ['same object twice', { x: shared, y: shared }, false],
  ['cycle', cyclic, false],
  ['array with a hole', holes, false],
  ['symbol key', { [Symbol('s')]: 1, a: 1 }, false],
];

describe('tRPC transformer', () => {
  it.each(cases)('serialises %s exactly as superjson does', (_name, value, plain) => {
    expect(isPlainJson(value)).toBe(plain);
    expect(JSON.stringify(transformer.serialize(value))).toBe(JSON.stringify(superjson.serialize(value)));
    expect(transformer.serialize(value)).toEqual(superjson.serialize(value));
  });

  it('leaves objects with a prototype-polluting key to superjson, which refuses them', () => {
    const value = JSON.parse('{"__proto__": {"admin": true}}') as unknown;
    expect(isPlainJson(value)).toBe(false);
    expect(() => transformer.serialize(value)).toThrow(/prototype pollution/);
    expect(() => transformer.serialize({ constructor: 'x' })).toThrow(/prototype pollution/);
  });

  it('deserialises what superjson serialised, with and without meta', () => {
    for (const [, value] of cases.filter(([name]) => name !== 'cycle' && name !== 'symbol key')) {
      const wire = JSON.parse(JSON.stringify(superjson.serialize(value))) as unknown;
      const again = JSON.parse(JSON.stringify(superjson.serialize(value))) as Parameters<typeof superjson.deserialize>[0];
      expect(transformer.deserialize(wire)).toEqual(superjson.deserialize(again));
    }
    expect(transformer.deserialize({ json: { id: 'abc' } })).toEqual({ id: 'abc' });
    const dated = transformer.deserialize(JSON.parse(JSON.stringify(superjson.serialize({ at: new Date(0) })))) as { at: Date };
    expect(dated.at).toBeInstanceOf(Date);
  });
});
