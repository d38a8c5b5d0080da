import type { Tx } from '@gongkai/db';
import type { Kernel } from '../kernel';
import { createExtensionPoint } from './extension-point';

export interface MetricPeriod { from: Date; to: Date }

/** A named indicator computed per division and period (on-time reply rate, trainings held, ...). */
export interface Metric {
  id: `${string}.${string}`;
  label: string;
  unit: 'percent' | 'count' | 'score' | 'days';
  /** Higher is better unless false (e.g. average days to reply). */
  higherIsBetter?: boolean;
  pluginId: string;
  /** Computed over `divisionCode` and its whole subtree. null = not applicable. */
  compute(q: { divisionCode: string; period: MetricPeriod }, ctx: MetricContext): Promise<number | null>;
}

export interface MetricContext {
  /** Query access for reading; a metric must filter its rows to the division's subtree itself. */
  db: Tx;
  /** The booted kernel, for metrics that need its services (calendar, registry, enablement). */
  kernel: Kernel;
}

export const metrics = createExtensionPoint<Metric>('kernel.metrics', { key: (m) => m.id });
