import type { AnyRouter } from '@trpc/server';
import type { z } from 'zod';
import type { AnyExtensionPoint, Contribution } from '../contracts/extension-point';
import type { PluginContext } from './plugin-context';

export interface JobHandlerArgs<D = Record<string, unknown>> { data: D & { divisionCode?: string | null }; ctx: PluginContext; jobId: string }
export type JobHandler = (args: JobHandlerArgs) => Promise<unknown>;
export interface EventEnvelope { id: bigint; type: string; divisionCode: string | null; pluginId: string | null; payload: Record<string, unknown>; createdAt: Date }
export type EventHandler = (event: EventEnvelope, ctx: PluginContext) => Promise<void>;
export interface RepeatableJob { job: string; everyMs?: number; pattern?: string }
export interface LifecycleArgs { divisionCode: string; ctx: PluginContext }

export interface PluginDefinition<S extends z.ZodType = z.ZodType, R extends AnyRouter = AnyRouter, Id extends string = string> {
  /** kebab-case, immutable. The tRPC namespace is its camelCase form. */
  id: Id;
  /** Chinese title shown in the console. */
  title: string;
  description?: string;
  version?: string;
  /** Other plugin ids that must be enabled wherever this one is. */
  requires?: readonly string[];
  /** Per-division settings, validated on write and on read. Give every field a default. */
  settings?: S;
  /** `<resource>.<action>` → Chinese label; registered as `<id>.<resource>.<action>`. */
  permissions?: Record<string, string>;
  /** Built-in roles this plugin offers (keys are prefixed with the plugin id). */
  roles?: Record<string, { name: string; permissions: readonly string[] }>;
  /** Extension points this plugin owns (declared in its `contracts`). */
  provides?: readonly AnyExtensionPoint[];
  /** Contributions to the kernel's or another plugin's extension points. */
  contributes?: readonly Contribution<unknown>[];
  /** Loaded lazily on first call. */
  router?: () => Promise<R>;
  /** Job handlers, run on the plugin's own queue as `<id>.<job>`. */
  jobs?: Record<string, JobHandler>;
  repeatable?: readonly RepeatableJob[];
  /** Outbox event handlers keyed by event type (any plugin's or the kernel's events). */
  events?: Record<string, EventHandler>;
  /** Demo and e2e data for one division. */
  seeds?: (args: LifecycleArgs) => Promise<void>;
  /** Run as jobs when a division turns the plugin on or off. */
  lifecycle?: { onEnable?: (args: LifecycleArgs) => Promise<void>; onDisable?: (args: LifecycleArgs) => Promise<void> };
  /** Called once at boot, in dependency order, after the registries are frozen. */
  init?: (ctx: PluginContext) => Promise<void> | void;
}

export type AnyPlugin = PluginDefinition<z.ZodType, AnyRouter, string>;

const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function definePlugin<const Id extends string, S extends z.ZodType, R extends AnyRouter>(def: PluginDefinition<S, R, Id>): PluginDefinition<S, R, Id> {
  if (!ID.test(def.id)) throw new Error(`Plugin id "${def.id}" must be kebab-case`);
  for (const key of Object.keys(def.permissions ?? {})) {
    if (!/^[a-z][a-zA-Z0-9-]*\.[a-z][a-zA-Z0-9-]*$/.test(key)) throw new Error(`Plugin ${def.id}: permission "${key}" must be <resource>.<action>`);
  }
  return def;
}

export type CamelCase<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<CamelCase<T>>}` : S;
export function camelCase<S extends string>(id: S): CamelCase<S> {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()) as CamelCase<S>;
}
