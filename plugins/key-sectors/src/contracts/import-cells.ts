// Cell conversions for grouped imports (record types that build one record from many rows).
// A cell that cannot be converted is passed through unchanged, so the record's schema reports it
// with its own message and the row number.

/** '' → undefined; '1,234.50' → 1234.5; anything else unconvertible stays a string. */
export function cellNumber(v: string | undefined): number | string | undefined {
  if (v === undefined) return undefined;
  const s = v.trim().replace(/,/g, '');
  if (s === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : v;
}

export function cellText(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const s = v.trim();
  return s === '' ? undefined : s;
}

/** First non-empty cell among several header spellings (field id or Chinese label). */
export function pick(cells: Readonly<Record<string, string>>, ...headers: string[]): string | undefined {
  for (const h of headers) {
    const v = cells[h];
    if (v !== undefined && v.trim() !== '') return v;
  }
  return undefined;
}
