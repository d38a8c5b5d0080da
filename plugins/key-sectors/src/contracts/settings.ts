import { z } from 'zod';

/**
 * Per-division settings of key-sectors (validated on write and on read by the kernel).
 * HJ 633-2012 does not state how IAQI is rounded; industry practice is to round up (ceil).
 */
export const keySectorsSettings = z.object({
  aqi: z.object({
    /** IAQI rounding: 'ceil' (industry practice, default) or 'round' (half up). */
    rounding: z.enum(['ceil', 'round']).default('ceil'),
    /** Include the O3 8-hour moving average in the hourly (实时报) AQI when it can be computed. */
    hourlyIncludesO3_8h: z.boolean().default(true),
  }).strict().default({ rounding: 'ceil', hourlyIncludesO3_8h: true }),
}).strict();

export type KeySectorsSettings = z.output<typeof keySectorsSettings>;
export const defaultKeySectorsSettings: KeySectorsSettings = keySectorsSettings.parse({});
