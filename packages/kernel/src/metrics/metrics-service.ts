import type { Tx } from '@gongkai/db';
import { metrics, type Metric, type MetricPeriod } from '../contracts/metrics';
import type { EnablementService } from '../plugins/enablement';
import type { PluginRegistry } from '../plugins/registry';
import type { Kernel } from '../kernel';

export interface MetricValue {
  id: string;
  label: string;
  unit: Metric['unit'];
  higherIsBetter: boolean;
  pluginId: string;
  value: number | null;
}

/** Computes the indicators plugins contribute to the `kernel.metrics` point, per division and period. */
export class MetricsService {
  constructor(private readonly registry: PluginRegistry, private readonly enablement: EnablementService, private readonly kernel: Kernel) {}

  list(): { id: string; label: string; unit: Metric['unit']; higherIsBetter: boolean; pluginId: string }[] {
    return this.registry.list(metrics).map((m) => ({ id: m.id, label: m.label, unit: m.unit, higherIsBetter: m.higherIsBetter !== false, pluginId: m.pluginId }));
  }

  /** Metrics of plugins enabled for the division; others are omitted (not zero). */
  async compute(db: Tx, divisionCode: string, period: MetricPeriod, ids?: readonly string[]): Promise<MetricValue[]> {
    const states = await this.enablement.effectiveAll(db, divisionCode);
    const out: MetricValue[] = [];
    for (const m of this.registry.list(metrics)) {
      if (ids && !ids.includes(m.id)) continue;
      if (!states[m.pluginId]?.enabled) continue;
      const value = await m.compute({ divisionCode, period }, { db, kernel: this.kernel });
      out.push({ id: m.id, label: m.label, unit: m.unit, higherIsBetter: m.higherIsBetter !== false, pluginId: m.pluginId, value });
    }
    return out;
  }
}
