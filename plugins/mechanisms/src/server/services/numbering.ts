// Public numbers: <division>-<year>-<6-digit sequence>-<4-character check>, gap-free per division
// and year (a counter row locked by its upsert). The random check stops enumeration of numbers.
import { randomBytes } from 'node:crypto';
import type { Ctx } from './context';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base32: no I, L, O, U

const NEXT = {
  name: 'mechanisms_counter_next',
  text: `INSERT INTO mechanisms_counter (division_code, kind, year, last_value) VALUES ($1, $2, $3, 1)
         ON CONFLICT (division_code, kind, year) DO UPDATE SET last_value = mechanisms_counter.last_value + 1
         RETURNING last_value`,
};

export async function nextSequence(ctx: Ctx, divisionCode: string, kind: string, year: number): Promise<number> {
  const rows = await ctx.sql.rows<{ last_value: number }>(NEXT, [divisionCode, kind, year]);
  return Number(rows[0]!.last_value);
}

export async function nextRequestNumber(ctx: Ctx, divisionCode: string, receivedOn: string): Promise<string> {
  const year = Number(receivedOn.slice(0, 4));
  const seq = await nextSequence(ctx, divisionCode, 'request', year);
  // 32 letters: the low five bits of a random byte pick one without bias.
  let check = '';
  for (const b of randomBytes(4)) check += ALPHABET[b & 31];
  return `${divisionCode}-${year}-${String(seq).padStart(6, '0')}-${check}`;
}

export const REQUEST_NUMBER = /^\d{2,12}-\d{4}-\d{6,}-[0-9A-HJKMNP-TV-Z]{4}$/;
