import type { Tx } from '@gongkai/db';
import { channels, type Channel } from '../contracts/channels';
import type { EnablementService } from '../plugins/enablement';
import type { PluginRegistry } from '../plugins/registry';

/** The release channels (website, microblog, ...) contributed by plugins enabled for a division. */
export class ChannelsService {
  constructor(private readonly registry: PluginRegistry, private readonly enablement: EnablementService) {}

  all(): readonly Channel[] { return this.registry.list(channels); }

  get(id: string): Channel | undefined { return this.all().find((c) => c.id === id); }

  async enabledFor(db: Tx, divisionCode: string): Promise<Channel[]> {
    const states = await this.enablement.effectiveAll(db, divisionCode);
    return this.all().filter((c) => states[c.pluginId]?.enabled);
  }
}
