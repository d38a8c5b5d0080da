import type { Tx, TxSql } from '@gongkai/db';
import type { Logger } from 'pino';
import type { Kernel } from '../kernel';
import type { KernelConfig } from '../config';
import type { Clock } from '../clock';
import type { PluginCatalogue } from '../catalogue/catalogue-service';
import type { CalendarService } from '../calendar/calendar-service';

/** Model delegates of the Prisma client (lower-camel model names). */
export type ModelName = { [K in keyof Tx]: K extends `$${string}` ? never : K }[keyof Tx];

/**
 * The plugin's view of the database: only its own models (whose names start with its camelCase
 * id) plus raw queries. Enforced at run time too: touching another model throws.
 */
export type PluginDb<M extends ModelName = never> = Pick<Tx, M | '$queryRaw' | '$executeRaw' | '$queryRawUnsafe' | '$executeRawUnsafe'>;

export interface PluginContext<M extends ModelName = ModelName> {
  pluginId: string;
  db: PluginDb<M>;
  logger: Logger;
  config: KernelConfig;
  clock: Clock;
  kernel: Kernel;
  /** Emits a domain event in the current transaction. */
  emit(type: string, divisionCode: string | null, payload: Record<string, unknown>): Promise<bigint>;
  /** Enqueues a job on this plugin's queue after the current transaction commits. */
  enqueue(job: string, data: Record<string, unknown> & { divisionCode: string | null }, opts?: { delayMs?: number; jobId?: string }): Promise<void>;
  /** Working days, statutory due dates and the deadline registry (pass `tx` to its write methods). */
  calendar: CalendarService;
  /** The catalogue bound to this plugin and the current transaction: publish and withdraw by source ref. */
  catalogue: PluginCatalogue;
  /** The full transaction client for kernel services (catalogue, calendar, files) that take one. */
  tx: Tx;
  /**
   * Named prepared statements in the same transaction as `db` (outside a transaction: each on its
   * own), for the plugin's hot paths on its own tables. Parameters only, never string concatenation.
   */
  sql: TxSql;
}

export function restrictDb<M extends ModelName>(tx: Tx, pluginId: string): PluginDb<M> {
  const prefix = pluginId.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return new Proxy(tx, {
    get(target, prop, receiver) {
      // `$queryRaw` & co. reach Prisma internals (`_createPrismaPromise`) through this proxy: let `_` through.
      if (typeof prop === 'string' && !prop.startsWith('$') && !prop.startsWith('_') && !prop.startsWith(prefix) && prop in target) {
        throw new Error(`Plugin "${pluginId}" may not use model "${prop}" directly; use the kernel's services.`);
      }
      return Reflect.get(target, prop, receiver) as unknown;
    },
  }) as unknown as PluginDb<M>;
}
