import { sqlOf, type Db, type TxSql } from '@gongkai/db';
import pino, { type Logger } from 'pino';
import type { KernelConfig } from './config';
import { systemClock, type Clock } from './clock';
import { EventsService } from './events/events-service';
import { CalendarService } from './calendar/calendar-service';
import { installDispatchKick, runKernelJob } from './jobs/kernel-jobs';
import { MetricsService } from './metrics/metrics-service';
import { ChannelsService } from './channels/channels-service';
import { CatalogueService } from './catalogue/catalogue-service';
import { FilesService } from './files/files-service';
import { IdentityService } from './identity/identity-service';
import { kernelPermissions, kernelRoles } from './identity/permissions';
import type { JobsDriver } from './jobs/jobs-service';
import { inlineJobsDriver } from './jobs/jobs-service';
import type { AnyPlugin } from './plugins/define-plugin';
import { EnablementService } from './plugins/enablement';
import { PLUGIN_LIFECYCLE_JOB, runPluginLifecycle } from './plugins/lifecycle';
import { restrictDb, type PluginContext } from './plugins/plugin-context';
import { PluginRegistry } from './plugins/registry';
import type { Tx } from '@gongkai/db';

export interface KernelOptions {
  db: Db;
  config: KernelConfig;
  plugins: readonly AnyPlugin[];
  clock?: Clock;
  logger?: Logger;
  /** Defaults to running jobs inline; the server passes the BullMQ driver. */
  jobs?: (kernel: Kernel) => JobsDriver;
}

/**
 * The kernel: booted once per process. Boot order is fixed: collect extension points, apply
 * contributions (unknown point = boot error), freeze, then `init` each plugin in dependency order.
 */
export class Kernel {
  readonly db: Db;
  /** Prepared statements on the root client, each on its own pooled connection (see @gongkai/db sqlOf). */
  readonly sql: TxSql;
  readonly config: KernelConfig;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly registry: PluginRegistry;
  readonly enablement: EnablementService;
  readonly identity: IdentityService;
  readonly events: EventsService;
  readonly calendar: CalendarService;
  readonly metrics: MetricsService;
  readonly channels: ChannelsService;
  readonly catalogue: CatalogueService;
  readonly files: FilesService;
  jobs: JobsDriver;

  private constructor(o: KernelOptions) {
    this.db = o.db;
    this.sql = sqlOf(o.db);
    this.config = o.config;
    this.clock = o.clock ?? systemClock;
    this.logger = o.logger ?? pino({ level: process.env.LOG_LEVEL ?? 'info' });
    this.registry = new PluginRegistry(o.plugins, kernelPermissions);
    this.enablement = new EnablementService(this.registry);
    this.identity = new IdentityService(this.config, this.clock);
    this.events = new EventsService();
    this.calendar = new CalendarService(this);
    this.metrics = new MetricsService(this.registry, this.enablement, this);
    this.channels = new ChannelsService(this.registry, this.enablement);
    this.catalogue = new CatalogueService(this);
    this.files = new FilesService(this);
    this.jobs = o.jobs ? o.jobs(this) : inlineJobsDriver(() => (name, data, jobId) => this.runJob(name, data, jobId), this.logger);
    installDispatchKick(this);
  }

  static async boot(o: KernelOptions): Promise<Kernel> {
    const kernel = new Kernel(o);
    await kernel.syncRoles();
    for (const p of kernel.registry.plugins) {
      if (p.init) await p.init(kernel.pluginContext(p.id, kernel.db));
    }
    return kernel;
  }

  /** Built-in roles of the kernel and of every plugin, kept in step with the code. */
  private async syncRoles(): Promise<void> {
    const roles = [...kernelRoles];
    for (const p of this.registry.plugins) {
      for (const [key, r] of Object.entries(p.roles ?? {})) {
        roles.push({ key: `${p.id}.${key}`, name: r.name, description: `${p.title}：${r.name}`, permissions: r.permissions.map((x) => (x.includes('.') && x.split('.').length === 3 ? x : `${p.id}.${x}`)) });
      }
    }
    for (const r of roles) {
      await this.db.role.upsert({ where: { key: r.key }, create: { ...r, builtin: true }, update: { name: r.name, description: r.description, permissions: r.permissions, builtin: true } });
    }
  }

  /** The one context a plugin receives. */
  pluginContext(pluginId: string, tx: Tx, afterCommit?: (fn: () => Promise<void>) => void): PluginContext {
    const logger = this.logger.child({ plugin: pluginId });
    return {
      pluginId,
      db: restrictDb(tx, pluginId),
      tx,
      sql: sqlOf(tx),
      catalogue: this.catalogue.forPlugin(pluginId, tx),
      logger,
      config: this.config,
      clock: this.clock,
      kernel: this,
      calendar: this.calendar,
      emit: async (type, divisionCode, payload) => {
        const id = await this.events.emit(tx, { type, divisionCode, pluginId, payload });
        // Kick the dispatcher once the transaction commits (or now, outside a transaction).
        if (afterCommit) afterCommit(async () => this.events.committed()); else if (tx === this.db) this.events.committed();
        return id;
      },
      enqueue: async (job, data, opts) => {
        const run = () => this.jobs.enqueue(`gongkai.${pluginId}`, `${pluginId}.${job}`, data, opts);
        if (afterCommit) afterCommit(run); else await run();
      },
    };
  }

  /** Runs `<pluginId>.<job>` with a fresh plugin context; workers re-check enablement first. */
  async runJob(name: string, data: Record<string, unknown>, jobId: string): Promise<unknown> {
    if (name === PLUGIN_LIFECYCLE_JOB) return runPluginLifecycle(this, data);
    if (name.startsWith('kernel.')) return runKernelJob(this, name.slice('kernel.'.length), data, jobId);
    const dot = name.indexOf('.');
    const pluginId = name.slice(0, dot);
    const jobName = name.slice(dot + 1);
    const plugin = this.registry.get(pluginId);
    if (!plugin) throw new Error(`No plugin for job ${name}`);
    const handler = plugin.jobs?.[jobName];
    if (!handler) throw new Error(`Plugin ${pluginId} has no job "${jobName}"`);
    const divisionCode = typeof data.divisionCode === 'string' ? data.divisionCode : null;
    if (divisionCode && !data.__lifecycle) {
      const state = await this.enablement.effective(this.db, divisionCode, pluginId);
      if (!state.enabled) { this.logger.info({ name, divisionCode }, 'job skipped: plugin disabled for division'); return null; }
    }
    return handler({ data, ctx: this.pluginContext(pluginId, this.db), jobId });
  }

  async close(): Promise<void> {
    await this.jobs.close();
  }
}
