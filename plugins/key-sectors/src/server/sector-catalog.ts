// The sectors contributed to `key-sectors.sectors`, with the plugin that owns each, resolved once
// per kernel from its frozen registry.
import { fail, type PluginRegistry } from '@gongkai/kernel';
import { recordTypeOf, sectors, type RecordTypeDefinition, type SectorDefinition } from '../contracts';

export interface ResolvedSector {
  def: SectorDefinition;
  /** The plugin that contributed the sector (key-sectors for the nine of the plan). */
  pluginId: string;
}

export class SectorCatalog {
  private readonly byId = new Map<string, ResolvedSector>();

  constructor(registry: PluginRegistry) {
    for (const { pluginId, item } of registry.entries(sectors)) this.byId.set(item.id, { def: item, pluginId });
  }

  all(): ResolvedSector[] {
    return [...this.byId.values()].sort((a, b) => (a.def.planItem ?? 99) - (b.def.planItem ?? 99) || a.def.id.localeCompare(b.def.id));
  }

  find(id: string): ResolvedSector | undefined { return this.byId.get(id); }

  /** The sector, or BAD_REQUEST naming the `sector` field. */
  sector(id: string): ResolvedSector {
    const s = this.byId.get(id);
    if (!s) throw fail.badRequest(`未知的重点领域“${id}”，可选：${[...this.byId.keys()].join('、')}`, 'sector');
    return s;
  }

  /** The record type, or BAD_REQUEST naming the `recordType` field. */
  recordType(s: ResolvedSector, id: string): RecordTypeDefinition<unknown> {
    const rt = recordTypeOf(s.def, id);
    if (!rt) throw fail.badRequest(`重点领域“${s.def.label}”没有记录类型“${id}”，可选：${s.def.recordTypes.map((r) => r.id).join('、')}`, 'recordType');
    return rt;
  }
}

const catalogs = new WeakMap<PluginRegistry, SectorCatalog>();

export function sectorCatalog(registry: PluginRegistry): SectorCatalog {
  let c = catalogs.get(registry);
  if (!c) catalogs.set(registry, (c = new SectorCatalog(registry)));
  return c;
}
