// Record ids for rows written with prepared statements (Prisma fills `@default(cuid())` itself).
import { randomUUID } from 'node:crypto';

/**
 * A 25-character id shaped like Prisma's cuid: 'c', the time in milliseconds in base 36 (so new
 * rows sort roughly by creation, as cuids do), then 16 random hexadecimal digits (64 bits, from
 * randomUUID, whose buffered entropy costs far less per call than randomBytes).
 */
export function newId(now = Date.now()): string {
  const u = randomUUID(); // xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx: take 16 digits that are all random
  return `c${now.toString(36).padStart(8, '0')}${u.slice(0, 8)}${u.slice(9, 13)}${u.slice(24, 28)}`;
}
