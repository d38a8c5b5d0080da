// The 政府信息公开目录: drafts, publication with 索引号, withdrawal, and the view plugins get.
import type { CatalogueItem, Db, Tx } from '@gongkai/db';
import type { Clock } from '../clock';
import type { KernelConfig } from '../config';
import type { EventsService } from '../events/events-service';
import type { PluginRegistry } from '../plugins/registry';
import { fail } from '../trpc/errors';
import { dateOnly, formatDateOnly, shanghaiYear } from './dates';
import { nextIndexSeq, renderIndexNo } from './index-no';
import { kernelDocumentType, resolveItemTypes, type ResolvedItemType } from './item-types';
import {
  draftInput, draftPatch, filterQuery, pluginPublishInput, pluginWithdrawInput, recordId, searchQuery, withdrawReason,
  type DraftData, type DraftInput, type DraftPatch, type FilterQueryInput, type PluginPublishInput, type PluginWithdrawInput, type SearchQueryInput,
} from './schemas';
import { QueryCache, TtlMap } from './query-cache';
import { withFilterTokens } from './filter-tokens';
import { searchFacets, searchItems, type Facets, type SearchContext, type SearchTotal } from './search';
import { indexTokens } from './segment';
import { parseOrFail } from './validation';

/** What the service needs from the kernel (the Kernel itself satisfies it). */
export interface CatalogueDeps {
  registry: PluginRegistry;
  config: KernelConfig;
  clock: Clock;
  events: EventsService;
}

export interface CreateOptions { createdById?: string | null; sourcePlugin?: string | null; sourceRef?: string | null }
export interface PublishResult { id: string; indexNo: string; url: string }

export const PUBLISHED_EVENT = 'kernel.catalogue.published';
export const WITHDRAWN_EVENT = 'kernel.catalogue.withdrawn';

type Fields = Omit<DraftData, 'divisionCode'> & { divisionCode: string };

/** The catalogue bound to a plugin and its transaction (`ctx.catalogue`). */
export interface PluginCatalogue {
  /** Creates or updates the item for `sourceRef` and publishes it; idempotent. */
  publish(input: Omit<PluginPublishInput, 'pluginId'>): Promise<PublishResult>;
  /** Withdraws the item for `sourceRef` if it is published; null when there is none. */
  withdraw(input: Omit<PluginWithdrawInput, 'pluginId'>): Promise<{ id: string; status: string } | null>;
  /** The item this plugin published for `sourceRef`, if any. */
  findBySource(sourceRef: string): Promise<CatalogueItem | null>;
}

export class CatalogueService {
  private types?: Map<string, ResolvedItemType>;
  private readonly facetsCache = new QueryCache<Facets>();
  private readonly totalsCache = new TtlMap<SearchTotal>(30_000, 5000);

  constructor(private readonly k: CatalogueDeps) {}

  /** Every item type: the kernel's general document and every plugin contribution. */
  itemTypes(): ResolvedItemType[] { return [...this.typeMap().values()]; }
  itemType(type: string): ResolvedItemType | undefined { return this.typeMap().get(type); }
  private typeMap(): Map<string, ResolvedItemType> {
    this.types ??= resolveItemTypes(this.k.registry);
    return this.types;
  }

  /** The public page of an item. */
  url(id: string): string { return `${this.k.config.publicUrl}/items/${id}`; }

  /** Public search: published items only (see search.ts for matching and ranking). */
  async search(db: Tx | Db, query: SearchQueryInput) {
    const q = parseOrFail(searchQuery, query);
    const r = await searchItems(db, q, (q.page - 1) * q.pageSize, q.pageSize, this.searchContext());
    return { total: r.total, totalIsEstimate: r.totalIsEstimate, page: q.page, pageSize: q.pageSize, tokens: r.tokens, items: r.items };
  }

  /** Facet counts of a public search (cached briefly; cleared here on every publish and withdraw). */
  async facets(db: Tx | Db, query: FilterQueryInput): Promise<Facets> {
    const q = parseOrFail(filterQuery, query);
    const key = JSON.stringify([q.q.trim(), q.divisionCode, q.organizationId, q.topicCode, q.itemType, q.year]);
    return this.facetsCache.get(key, () => searchFacets(db, q, this.typeMap()));
  }

  /** Forgets cached totals and facets (done on every publish and withdraw in this process). */
  clearCaches(): void {
    this.facetsCache.clear();
    this.totalsCache.clear();
  }

  searchContext(): SearchContext {
    return {
      typeLabel: (t: string) => this.itemType(t)?.label ?? t,
      url: (id: string) => this.url(id),
      totals: this.totalsCache,
    };
  }

  async get(db: Tx | Db, id: string) {
    if (!recordId.safeParse(id).success) return null;
    return db.catalogueItem.findUnique({ where: { id }, include: { attachments: { include: { file: true }, orderBy: { createdAt: 'asc' } } } });
  }

  async createDraft(tx: Tx, input: DraftInput, opts: CreateOptions = {}): Promise<CatalogueItem> {
    const data = parseOrFail(draftInput, input);
    const checked = await this.check(tx, data);
    return tx.catalogueItem.create({
      data: {
        ...this.columns(data, checked.metadata),
        searchTokens: withFilterTokens(checked.tokens, { ...data, status: 'draft', indexYear: null }),
        createdById: opts.createdById ?? null, sourcePlugin: opts.sourcePlugin ?? null, sourceRef: opts.sourceRef ?? null,
      },
    });
  }

  /** Changes a draft (or a withdrawn item before it is published again). */
  async updateDraft(tx: Tx, id: string, patch: DraftPatch): Promise<CatalogueItem> {
    const p = parseOrFail(draftPatch, patch);
    const item = await this.lock(tx, id);
    if (item.status === 'published') throw fail.precondition('已发布的信息须先撤回再修改');
    if (item.sourcePlugin) throw fail.precondition('该信息由功能模块维护，请在相应模块中修改');
    return this.applyUpdate(tx, item, p);
  }

  async publish(tx: Tx, id: string): Promise<PublishResult & { item: CatalogueItem; changed: boolean }> {
    const item = await this.lock(tx, id);
    if (item.status === 'published') return { id: item.id, indexNo: item.indexNo!, url: this.url(item.id), item, changed: false };
    if (item.disclosureMode === '不予公开') throw fail.precondition('公开方式为“不予公开”的信息不能发布');
    const type = this.itemType(item.itemType);
    if (!type) throw fail.badRequest('信息类型已不存在（提供该类型的功能模块未安装）', 'itemType');
    parseOrFail(type.metadata, item.metadata, 'metadata');
    const now = this.k.clock.now();
    const index: { indexNo?: string; indexYear?: number; indexSeq?: number } = item.indexNo ? {} : await this.assignIndexNo(tx, item, now);
    let published: CatalogueItem;
    try {
      published = await tx.catalogueItem.update({
        where: { id: item.id },
        data: {
          ...index, status: 'published', publishedAt: item.publishedAt ?? now, withdrawnAt: null, withdrawReason: null,
          searchTokens: withFilterTokens(item.searchTokens, { ...item, status: 'published', indexYear: index.indexYear ?? item.indexYear }),
        },
      });
    } catch (err) {
      if ((err as { code?: string }).code === 'P2002') throw fail.conflict('索引号与其他机构的信息重复：请为本机构设置唯一的机构代码，或在索引号模板中加入 {divisionCode}');
      throw err;
    }
    await this.emit(tx, PUBLISHED_EVENT, published);
    return { id: published.id, indexNo: published.indexNo!, url: this.url(published.id), item: published, changed: true };
  }

  async withdraw(tx: Tx, id: string, reason: string): Promise<CatalogueItem> {
    const why = parseOrFail(withdrawReason, reason, 'reason');
    const item = await this.lock(tx, id);
    if (item.status !== 'published') throw fail.precondition('只能撤回已发布的信息');
    const withdrawn = await tx.catalogueItem.update({
      where: { id: item.id },
      data: { status: 'withdrawn', withdrawnAt: this.k.clock.now(), withdrawReason: why, searchTokens: withFilterTokens(item.searchTokens, { ...item, status: 'withdrawn' }) },
    });
    await this.emit(tx, WITHDRAWN_EVENT, withdrawn, { reason: why });
    return withdrawn;
  }

  /**
   * Create-or-update by (plugin, sourceRef), then publish. Calling it again with the same content
   * changes nothing; with new content it updates the published item in place (same 索引号) and
   * emits the published event again.
   */
  async publishFromPlugin(tx: Tx, input: PluginPublishInput): Promise<PublishResult> {
    const { pluginId, sourceRef, ...rest } = parseOrFail(pluginPublishInput, input);
    if (rest.itemType !== kernelDocumentType.type && !rest.itemType.startsWith(`${pluginId}.`)) {
      throw fail.badRequest(`功能模块 ${pluginId} 只能发布自己的信息类型或一般文件`, 'itemType');
    }
    // Serialises concurrent publishes of the same source record (creation races included).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`catalogue:${pluginId}:${sourceRef}`}))`;
    const existing = await tx.catalogueItem.findUnique({ where: { sourcePlugin_sourceRef: { sourcePlugin: pluginId, sourceRef } } });
    if (!existing) {
      const created = await this.createDraft(tx, rest, { sourcePlugin: pluginId, sourceRef });
      const r = await this.publish(tx, created.id);
      return { id: r.id, indexNo: r.indexNo, url: r.url };
    }
    if (existing.divisionCode !== rest.divisionCode) throw fail.badRequest('同一来源记录不能改变所属地区', 'divisionCode');
    const type = this.itemType(rest.itemType);
    if (!type) throw fail.badRequest(`未知的信息类型 ${rest.itemType}`, 'itemType');
    // Compare what would be stored: metadata after its schema's defaults and transforms.
    const data: Fields = { ...rest, metadata: parseOrFail(type.metadata, rest.metadata, 'metadata') as Record<string, unknown> };
    const changed = !sameContent(existing, data);
    let item = existing;
    if (changed) item = await this.applyUpdate(tx, existing, data);
    if (item.status !== 'published') {
      const r = await this.publish(tx, item.id);
      return { id: r.id, indexNo: r.indexNo, url: r.url };
    }
    if (changed) await this.emit(tx, PUBLISHED_EVENT, item, { updated: true });
    return { id: item.id, indexNo: item.indexNo!, url: this.url(item.id) };
  }

  async withdrawFromPlugin(tx: Tx, input: PluginWithdrawInput): Promise<{ id: string; status: string } | null> {
    const { pluginId, sourceRef, reason } = parseOrFail(pluginWithdrawInput, input);
    const existing = await tx.catalogueItem.findUnique({ where: { sourcePlugin_sourceRef: { sourcePlugin: pluginId, sourceRef } } });
    if (!existing) return null;
    if (existing.status !== 'published') return { id: existing.id, status: existing.status };
    const w = await this.withdraw(tx, existing.id, reason);
    return { id: w.id, status: w.status };
  }

  /**
   * Recomputes the search tokens of every item, in batches (after a change to the segmenter, its
   * dictionary or the token scheme). Returns the number of items.
   */
  async reindex(db: Db, batchSize = 500): Promise<number> {
    let cursor: string | undefined;
    let done = 0;
    for (;;) {
      const batch = await db.catalogueItem.findMany({ take: batchSize, orderBy: { id: 'asc' }, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}) });
      if (!batch.length) { this.clearCaches(); return done; }
      const [orgs, divisions] = await Promise.all([
        db.organization.findMany({ where: { id: { in: [...new Set(batch.map((i) => i.organizationId))] } }, select: { id: true, name: true } }),
        db.division.findMany({ where: { code: { in: [...new Set(batch.map((i) => i.divisionCode))] } }, select: { code: true, name: true } }),
      ]);
      const orgName = new Map(orgs.map((o) => [o.id, o.name]));
      const divisionName = new Map(divisions.map((d) => [d.code, d.name]));
      await db.$transaction(batch.map((item) => {
        const type = this.itemType(item.itemType);
        const words = contentTokens(item, (item.metadata ?? {}) as Record<string, unknown>, type, orgName.get(item.organizationId) ?? '', divisionName.get(item.divisionCode) ?? '');
        return db.catalogueItem.update({ where: { id: item.id }, data: { searchTokens: withFilterTokens(words, item) } });
      }));
      done += batch.length;
      cursor = batch[batch.length - 1]!.id;
    }
  }

  /** The catalogue as a plugin sees it, bound to its id and transaction. */
  forPlugin(pluginId: string, tx: Tx): PluginCatalogue {
    return {
      publish: (input) => this.publishFromPlugin(tx, { ...input, pluginId }),
      withdraw: (input) => this.withdrawFromPlugin(tx, { ...input, pluginId }),
      findBySource: (sourceRef) => tx.catalogueItem.findUnique({ where: { sourcePlugin_sourceRef: { sourcePlugin: pluginId, sourceRef } } }),
    };
  }

  // ---------------------------------------------------------------------------------------------

  private async lock(tx: Tx, id: string): Promise<CatalogueItem> {
    if (!recordId.safeParse(id).success) throw fail.notFound('目录信息');
    await tx.$queryRaw`SELECT id FROM kernel_catalogue_item WHERE id = ${id} FOR UPDATE`;
    const item = await tx.catalogueItem.findUnique({ where: { id } });
    if (!item) throw fail.notFound('目录信息');
    return item;
  }

  private async applyUpdate(tx: Tx, item: CatalogueItem, p: Partial<Fields>): Promise<CatalogueItem> {
    const merged: Fields = {
      divisionCode: item.divisionCode,
      organizationId: p.organizationId ?? item.organizationId,
      itemType: p.itemType ?? item.itemType,
      title: p.title ?? item.title,
      summary: p.summary ?? item.summary,
      body: p.body ?? item.body,
      docNo: p.docNo === undefined ? item.docNo : p.docNo || null,
      generatedOn: p.generatedOn ?? formatDateOnly(item.generatedOn),
      topicCode: p.topicCode ?? item.topicCode,
      disclosureMode: p.disclosureMode ?? (item.disclosureMode as Fields['disclosureMode']),
      validity: p.validity ?? (item.validity as Fields['validity']),
      metadata: p.metadata ?? (item.metadata as Record<string, unknown>),
    };
    const checked = await this.check(tx, merged);
    const searchTokens = withFilterTokens(checked.tokens, { ...merged, status: item.status, indexYear: item.indexYear });
    return tx.catalogueItem.update({ where: { id: item.id }, data: { ...this.columns(merged, checked.metadata), searchTokens } });
  }

  /** Division, organisation, item type and metadata; returns validated metadata and tokens. */
  private async check(tx: Tx, data: Fields) {
    const division = await tx.division.findUnique({ where: { code: data.divisionCode } });
    if (!division || !division.active) throw fail.badRequest(`行政区划 ${data.divisionCode} 不存在`, 'divisionCode');
    const org = await tx.organization.findUnique({ where: { id: data.organizationId } });
    if (!org || !org.active) throw fail.badRequest('发布机构不存在', 'organizationId');
    if (org.divisionCode !== data.divisionCode) throw fail.badRequest(`发布机构不属于${division.name}`, 'organizationId');
    const type = this.itemType(data.itemType);
    if (!type) throw fail.badRequest(`未知的信息类型 ${data.itemType}`, 'itemType');
    const metadata = parseOrFail(type.metadata, data.metadata, 'metadata') as Record<string, unknown>;
    const tokens = contentTokens(data, metadata, type, org.name, division.name);
    return { metadata, tokens, org, division };
  }

  private columns(d: Fields, metadata: Record<string, unknown>) {
    return {
      divisionCode: d.divisionCode, organizationId: d.organizationId, itemType: d.itemType,
      title: d.title, summary: d.summary, body: d.body, docNo: d.docNo ?? null,
      generatedOn: dateOnly(d.generatedOn), topicCode: d.topicCode,
      disclosureMode: d.disclosureMode, validity: d.validity, metadata: metadata as object,
    };
  }

  private async assignIndexNo(tx: Tx, item: CatalogueItem, now: Date) {
    const org = await tx.organization.findUniqueOrThrow({ where: { id: item.organizationId } });
    const year = shanghaiYear(now);
    const seq = await nextIndexSeq(tx, org.id, year);
    const indexNo = renderIndexNo(this.k.config.indexNoTemplate, { divisionCode: item.divisionCode, orgCode: org.code, year, seq });
    return { indexNo, indexYear: year, indexSeq: seq };
  }

  private async emit(tx: Tx, type: string, item: CatalogueItem, extra: Record<string, unknown> = {}) {
    this.clearCaches();
    await this.k.events.emit(tx, {
      type,
      divisionCode: item.divisionCode,
      payload: {
        id: item.id, itemType: item.itemType, divisionCode: item.divisionCode, organizationId: item.organizationId,
        sourcePlugin: item.sourcePlugin, sourceRef: item.sourceRef, indexNo: item.indexNo, title: item.title,
        url: this.url(item.id), ...extra,
      },
    });
  }
}

/** Word tokens of an item (the filter tokens are added by `withFilterTokens`). */
function contentTokens(
  d: { title: string; summary: string; body: string; docNo: string | null | undefined },
  metadata: Record<string, unknown>, type: ResolvedItemType | undefined, orgName: string, divisionName: string,
): string[] {
  return indexTokens({
    title: d.title,
    summary: [d.summary, type?.label ?? '', ...metadataText(metadata)].join('\n'),
    body: d.body,
    docNo: d.docNo ?? null,
    names: [orgName, divisionName],
  });
}

/** Strings inside item-type metadata, indexed so that keywords and names in it are searchable. */
function metadataText(m: Record<string, unknown>): string[] {
  const out: string[] = [];
  const walk = (v: unknown, depth: number) => {
    if (depth > 3) return;
    if (typeof v === 'string') out.push(v.slice(0, 1000));
    else if (Array.isArray(v)) v.slice(0, 50).forEach((x) => walk(x, depth + 1));
    else if (v && typeof v === 'object') Object.values(v).slice(0, 50).forEach((x) => walk(x, depth + 1));
  };
  walk(m, 0);
  return out;
}

function sameContent(item: CatalogueItem, d: Fields): boolean {
  return item.organizationId === d.organizationId && item.itemType === d.itemType && item.title === d.title
    && item.summary === d.summary && item.body === d.body && (item.docNo ?? null) === (d.docNo ?? null)
    && formatDateOnly(item.generatedOn) === d.generatedOn && item.topicCode === d.topicCode
    && item.disclosureMode === d.disclosureMode && item.validity === d.validity
    && stableJson(item.metadata) === stableJson(d.metadata);
}

function stableJson(v: unknown): string {
  return JSON.stringify(v, (_, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x)
    ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
    : x));
}
