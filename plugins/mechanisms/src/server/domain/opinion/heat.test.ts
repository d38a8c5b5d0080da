import { describe, expect, it } from 'vitest';
import { growthRate, heatOf, itemHeat, levelFor } from './heat';

const w = { volume: 1, interaction: 0.6, source: 0.8, growth: 1.2 };
const t = { blue: 4, yellow: 6, orange: 8, red: 10 };

describe('heat', () => {
  it('combines the four terms with logarithms and the weights', () => {
    const h = heatOf({ volume: 30, interactions: 5000, sourceWeight: 8.5, recent: 25, previous: 4 }, w);
    expect(h.terms.volume).toBeCloseTo(Math.log(31), 2);
    expect(h.terms.interaction).toBeCloseTo(0.6 * Math.log(5001), 2);
    expect(h.terms.source).toBeCloseTo(0.8 * Math.log(9.5), 2);
    expect(h.terms.growthRate).toBeCloseTo(26 / 5 - 1, 2);
    expect(h.heat).toBeCloseTo(h.terms.volume + h.terms.interaction + h.terms.source + h.terms.growth, 1);
    expect(levelFor(h.heat, t)).toBe('red');
  });

  it('counts a 500% rise as growth 5 and a fall as no growth', () => {
    expect(growthRate(59, 9)).toBe(5);
    expect(growthRate(1, 10)).toBe(0);
    expect(growthRate(0, 0)).toBe(0);
  });

  it('keeps a single unremarkable item below the blue threshold', () => {
    expect(itemHeat(0, 1, w)).toBeLessThan(t.blue);
    expect(levelFor(heatOf({ volume: 1, interactions: 0, sourceWeight: 1, recent: 1, previous: 0 }, w).heat, t)).toBeNull();
  });

  it('maps heat bands to the four colours at their thresholds', () => {
    expect([3.99, 4, 6, 8, 10].map((h) => levelFor(h, t))).toEqual([null, 'blue', 'yellow', 'orange', 'red']);
  });

  it('follows the weights: a zero weight removes its term', () => {
    expect(heatOf({ volume: 10, interactions: 100, sourceWeight: 3, recent: 5, previous: 0 }, { ...w, interaction: 0 }).terms.interaction).toBe(0);
  });
});
