// Item types: the kernel's own general document plus every `catalogue.itemTypes` contribution.
import { z } from 'zod';
import { catalogueItemTypes, type CatalogueItemType } from '../contracts';
import type { PluginRegistry } from '../plugins/registry';

export interface ResolvedItemType extends CatalogueItemType {
  /** Contributing plugin; null for the kernel's own type. */
  pluginId: string | null;
}

/** 一般文件: what staff publish directly. */
export const kernelDocumentType: ResolvedItemType = {
  type: 'kernel.document',
  label: '一般文件',
  pluginId: null,
  metadata: z.object({
    keywords: z.array(z.string().trim().min(1).max(20)).max(10, '主题词不超过 10 个').default([]),
    genre: z.string().trim().max(20).optional(),
  }).strict(),
  fieldLabels: { keywords: '主题词', genre: '体裁' },
};

export function resolveItemTypes(registry: PluginRegistry): Map<string, ResolvedItemType> {
  const map = new Map<string, ResolvedItemType>([[kernelDocumentType.type, kernelDocumentType]]);
  for (const { pluginId, item } of registry.entries(catalogueItemTypes)) map.set(item.type, { ...item, pluginId });
  return map;
}
