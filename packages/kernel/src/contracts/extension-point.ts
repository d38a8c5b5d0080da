/**
 * Typed extension points (Backstage style): an owner declares a point, plugins contribute to it,
 * the kernel collects every contribution at boot and freezes the registry. Additive only.
 */
export interface Contribution<T = unknown> {
  readonly pointId: string;
  readonly item: T;
}

export interface ExtensionPoint<T> {
  readonly id: string;
  /** Key used to reject duplicate contributions, if the point has one. */
  readonly keyOf?: (item: T) => string;
  add(item: T): Contribution<T>;
}

export function createExtensionPoint<T>(id: `${string}.${string}`, options: { key?: (item: T) => string } = {}): ExtensionPoint<T> {
  return {
    id,
    keyOf: options.key,
    add: (item: T) => ({ pointId: id, item }),
  };
}

/** Any extension point, whatever its item type (for lists of points). */
export interface AnyExtensionPoint { readonly id: string; readonly keyOf?: (item: never) => string }
