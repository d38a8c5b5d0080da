// Heat (热度) of a topic or an item: heat = w_v·ln(1+V) + w_i·ln(1+I) + w_s·ln(1+S) + w_g·ln(1+G)
//   V  volume: items published within the heat window (信息声量)
//   I  interactions: reposts + comments + likes of those items (互动量)
//   S  source weight: the sum of the weights of the distinct sources carrying it (媒体权重、传播范围)
//   G  growth: (recent + 1) / (previous + 1) − 1, at least 0, where recent counts the items of the
//      last growth span and previous those of the span before it (传播动态; 5 = a 500% rise)
// The logarithms keep one huge number from swamping the others (after the recommendation in
// shared/domain/cn-domain-facts.md §8.3; there is no official formula). The weights are settings.
import type { WarningLevel } from '../../../contracts/opinion';

export interface HeatWeights { volume: number; interaction: number; source: number; growth: number }
export interface HeatInput { volume: number; interactions: number; sourceWeight: number; recent: number; previous: number }
export interface HeatTerms { volume: number; interaction: number; source: number; growth: number; growthRate: number }
export interface Heat { heat: number; terms: HeatTerms }

const round = (x: number) => Math.round(x * 100) / 100;
const ln1p = (x: number) => Math.log1p(Math.max(0, x));

export function growthRate(recent: number, previous: number): number {
  return Math.max(0, (recent + 1) / (previous + 1) - 1);
}

export function heatOf(x: HeatInput, w: HeatWeights): Heat {
  const g = growthRate(x.recent, x.previous);
  const terms: HeatTerms = {
    volume: round(w.volume * ln1p(x.volume)),
    interaction: round(w.interaction * ln1p(x.interactions)),
    source: round(w.source * ln1p(x.sourceWeight)),
    growth: round(w.growth * ln1p(g)),
    growthRate: round(g),
  };
  return { heat: round(terms.volume + terms.interaction + terms.source + terms.growth), terms };
}

/** One item on its own: itself as volume, its interactions and its source's weight, no growth. */
export function itemHeat(interactions: number, sourceWeight: number, w: HeatWeights): number {
  return heatOf({ volume: 1, interactions, sourceWeight, recent: 0, previous: 0 }, w).heat;
}

export interface Thresholds { blue: number; yellow: number; orange: number; red: number }

/** The warning level a heat reaches, or null below the blue threshold. */
export function levelFor(heat: number, t: Thresholds): WarningLevel | null {
  if (heat >= t.red) return 'red';
  if (heat >= t.orange) return 'orange';
  if (heat >= t.yellow) return 'yellow';
  if (heat >= t.blue) return 'blue';
  return null;
}
