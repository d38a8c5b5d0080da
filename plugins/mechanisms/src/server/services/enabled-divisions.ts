// Effective settings per division for jobs (which have no caller and no input division).
import { settingsSchema, type Settings } from '../settings';
import type { Ctx } from './context';

/** The plugin's settings in each of `divisionCodes` where it is enabled. */
export async function enabledSettings(ctx: Ctx, divisionCodes: Iterable<string>): Promise<Map<string, Settings>> {
  const out = new Map<string, Settings>();
  for (const [d, s] of await ctx.kernel.enablement.effectiveMany(ctx.kernel.db, [...new Set(divisionCodes)], 'mechanisms')) {
    if (s.enabled) out.set(d, settingsSchema.parse(s.settings));
  }
  return out;
}

/** Settings as returned by `ctx.guard.division` (raw), parsed with their defaults. */
export const parseSettings = (raw: Record<string, unknown>): Settings => settingsSchema.parse(raw);
