import { z } from 'zod';
import { createExtensionPoint } from './extension-point';

/** A kind of published item contributed by a plugin, with its own metadata schema. */
export interface CatalogueItemType<M extends z.ZodType = z.ZodType> {
  /** `<pluginId>.<name>`; the prefix must be the contributing plugin's id. */
  type: `${string}.${string}`;
  /** Chinese label shown in facets and on the item page. */
  label: string;
  metadata: M;
  /** Labels for metadata fields, shown in the item page's metadata table. */
  fieldLabels?: Record<string, string>;
}

export const catalogueItemTypes = createExtensionPoint<CatalogueItemType>('catalogue.itemTypes', { key: (t) => t.type });

/** 公开方式 */
export const disclosureModes = ['主动公开', '依申请公开', '不予公开'] as const;
/** 有效性 */
export const validities = ['有效', '失效', '废止'] as const;
