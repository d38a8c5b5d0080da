// Record ids for rows written with prepared statements (Prisma fills `@default(cuid())` itself).
import { randomBytes } from 'node:crypto';

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A 25-character id shaped like Prisma's cuid: 'c', the time in milliseconds in base 36 (so new
 * rows sort roughly by creation, as cuids do), then 16 random base-36 characters (~82 bits).
 */
export function newId(now = Date.now()): string {
  const bytes = randomBytes(16);
  let random = '';
  for (const b of bytes) random += BASE36[b % 36];
  return `c${now.toString(36).padStart(8, '0')}${random}`;
}
