// Catalogue item types for sector records: one per record type that publishes to the catalogue,
// named `<owning plugin id>.<sector id>.<record type id>` (the kernel requires the plugin prefix).
import { catalogueItemTypes, type Contribution } from '@gongkai/kernel/contracts';
import { z } from 'zod';
import { topLevelFields } from './labels';
import { sectors, type SectorDefinition } from './sector';

export function recordItemType(pluginId: string, sectorId: string, recordTypeId: string): `${string}.${string}` {
  return `${pluginId}.${sectorId}.${recordTypeId}`;
}

const scalar = z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]);

/** Metadata of every sector record item: where it comes from, plus the record type's scalars. */
export const recordItemMetadata = z.object({
  sector: z.string().max(40),
  sectorLabel: z.string().max(60),
  recordType: z.string().max(60),
  recordTypeLabel: z.string().max(60),
  recordId: z.string().max(64),
}).catchall(scalar);

/** The catalogue item type contributions for a sector's record types. */
export function sectorCatalogueItemTypes(pluginId: string, sector: SectorDefinition): Contribution[] {
  return sector.recordTypes
    .filter((rt) => rt.catalogue !== false)
    .map((rt) => catalogueItemTypes.add({
      type: recordItemType(pluginId, sector.id, rt.id),
      label: `${sector.label}：${rt.label}`,
      metadata: recordItemMetadata,
      fieldLabels: {
        sectorLabel: '重点领域',
        recordTypeLabel: '记录类型',
        recordId: '记录编号',
        ...Object.fromEntries(topLevelFields(rt.schema).map((f) => [f.key, f.label])),
      },
    }) as Contribution);
}

/**
 * Everything a sector package contributes: the sector itself and its catalogue item types.
 * `contributes: sectorContributions('sector-water-supply', waterSupply)`.
 */
export function sectorContributions(pluginId: string, sector: SectorDefinition): Contribution[] {
  return [sectors.add(sector) as Contribution, ...sectorCatalogueItemTypes(pluginId, sector)];
}
