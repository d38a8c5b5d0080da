// The `sectors` extension point: what a key sector (重点领域) declares. The nine sectors of the
// work plan and any outside sector package are built only with these types.
import { createExtensionPoint } from '@gongkai/kernel/contracts';
import type { z } from 'zod';
import type { ChartOutput } from './charts';
import type { KeySectorsSettings } from './settings';

/** Division levels that disclosure rules address (GB/T 2260 code length 2, 4, 6). */
export type DivisionLevel = 'province' | 'prefecture' | 'county';

/** Common indexed columns derived from a record's validated data. */
export interface RecordColumns {
  /** Shown in lists and used as the catalogue item's 名称. */
  title: string;
  /** The year the record is about (fiscal year, report year); compliance is computed per year. */
  year?: number | null;
  /** 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' or 'YYYY-MM-DDTHH' (hourly readings). */
  period?: string | null;
  /** A category compliance rules match on (e.g. '决算:本级政府'). */
  category?: string | null;
  /** What the record is about: station code, credit code, approval number ... */
  subjectKey?: string | null;
  /** Unique per division, sector and record type when set (station + hour). */
  naturalKey?: string | null;
  /** The event that starts a disclosure period ('YYYY-MM-DD'), e.g. the approval date. */
  eventDate?: string | null;
  /** Exact-match search keys (credit codes, approval numbers). */
  searchKeys?: readonly string[];
}

/** How a published record becomes a catalogue item (政府信息公开目录). */
export interface CatalogueMapping<T> {
  /** Leaf code of the gov.cn 主题分类 tree. */
  topicCode: string;
  summary(data: T): string;
  body?(data: T): string;
  /** 发文字号 */
  docNo?(data: T): string | null;
  /** 生成日期 'YYYY-MM-DD'; defaults to the publication date. */
  generatedOn?(data: T): string | null;
  /** Extra metadata shown on the item page (flat scalars only). */
  metadata?(data: T): Record<string, string | number | boolean | null>;
}

export interface ViewField {
  /** Dot path into the record's data, or one of the common columns prefixed with '$' ($title, $year, $period, $publishedAt). */
  field: string;
  /** Defaults to the field's schema label. */
  label?: string;
}

export interface ListView { columns: readonly ViewField[] }
export interface DetailView { sections: readonly { title: string; fields: readonly ViewField[] }[] }

/** One source row of an imported file: 1-based row number as the user sees it, and the cells by header. */
export interface ImportRow { row: number; cells: Readonly<Record<string, string>> }

/** A record built from one or more rows; `rowOf(path)` maps an issue path back to a source row. */
export interface ImportCandidate { data: unknown; rows: readonly number[]; rowOf?(path: readonly (string | number)[]): number }

export interface ImportMapping {
  /**
   * Groups rows into records (a budget table of many rows). Without it every row is one record
   * whose headers are field ids or their Chinese labels, with dotted paths for nested objects.
   */
  group?(rows: readonly ImportRow[]): ImportCandidate[];
  /** Headers of the template file offered for download, in order. */
  templateHeaders?: readonly string[];
}

export interface RecordTypeDefinition<T = unknown> {
  /** kebab-case, unique in the sector. */
  id: string;
  /** Chinese name (一般公共预算“三公”经费支出表). */
  label: string;
  description?: string;
  /** zod object schema; every field labelled with `.describe('中文名')`. Runs on every write and read. */
  schema: z.ZodType<T>;
  columns(data: T): RecordColumns;
  /** Dot paths whose text is searched by the record search (name, address, approval number). */
  searchFields: readonly string[];
  /**
   * Catalogue publication for each published record, or false for high-volume data series
   * (hourly readings) that are shown through their parent's page, charts and open API instead.
   */
  catalogue: CatalogueMapping<T> | false;
  list: ListView;
  detail?: DetailView;
  import?: ImportMapping;
}

/** When a required disclosure is due. */
export type DueRule =
  | {
      kind: 'afterEvent';
      days: number;
      /** Working days use the kernel calendar (holidays and 调休); calendar days are plain days. */
      unit: 'working' | 'calendar';
      /** What starts the period (财政部门批复). */
      eventLabel: string;
      /**
       * The latest date the event can plausibly happen for a year; with no record yet, the cell is
       * missing once `days` have passed after it ('YYYY-MM-DD').
       */
      latestEvent(year: number): string;
    }
  | { kind: 'byDate'; date(year: number): string; label: string };

/** "Every county government publishes its 三公经费 final accounts within 20 days of approval." */
export interface DisclosureRequirement {
  /** kebab-case, unique in the sector. */
  id: string;
  label: string;
  recordType: string;
  /** Match only records whose category is one of these. */
  categories?: readonly string[];
  levels: readonly DivisionLevel[];
  due: DueRule;
  /**
   * Every matching disclosure (one per event date) must be on time, e.g. each penalty decision
   * within 7 working days; without it one timely disclosure of the year suffices.
   */
  each?: boolean;
  /**
   * The requirement applies only where records of these categories exist for the year (a 较大
   * accident must have its report published); elsewhere the cell is 'not-required'.
   */
  appliesWhen?: { categories: readonly string[] };
  /** Legal or policy basis, shown in the matrix legend. */
  basis?: string;
}

/**
 * Which records a chart needs; the platform loads published records matching it: one record
 * (`recordId`), or the division's records of the chart's type filtered by subject, year and a
 * date range over the period column (`from`/`to` are 'YYYY-MM-DD', inclusive).
 */
export interface ChartQuery { divisionCode: string; recordId?: string; subjectKey?: string; from?: string; to?: string; year?: number }

export interface ChartContext { settings: KeySectorsSettings; query: ChartQuery }

export interface SectorRecord<T = unknown> {
  id: string;
  divisionCode: string;
  organizationId: string | null;
  title: string;
  year: number | null;
  period: string | null;
  category: string | null;
  subjectKey: string | null;
  publishedAt: Date | null;
  data: T;
}

export interface ChartDefinition<T = unknown> {
  /** kebab-case, unique in the sector. */
  id: string;
  label: string;
  recordType: string;
  /**
   * What the query must name: one record, a subject (one station), a date range (at most
   * `maxRangeDays`), and how many days before `from` to load as well (moving averages).
   */
  needs?: { record?: boolean; subjectKey?: boolean; range?: boolean; maxRangeDays?: number; lookbackDays?: number };
  /** An ECharts option plus the same figures as a table (for accessibility). */
  build(records: readonly SectorRecord<T>[], ctx: ChartContext): ChartOutput;
}

export interface SectorDefinition {
  /** kebab-case, unique across sectors; the URL segment of the sector's pages. */
  id: string;
  label: string;
  description?: string;
  /** Item number in the work plan's section 一 (1–9); outside sectors leave it out. */
  planItem?: number;
  /** Default topic for catalogue items. */
  topicCode: string;
  /**
   * Full permission id that lets staff edit this sector's records, besides the all-sector
   * `key-sectors.records.edit`. Outside sectors declare it in their own plugin's permissions.
   */
  permission?: string;
  recordTypes: readonly RecordTypeDefinition<never>[];
  requirements: readonly DisclosureRequirement[];
  charts?: readonly ChartDefinition<never>[];
}

/** The key-sectors extension point; keyed by sector id (a duplicate id fails the boot). */
export const sectors = createExtensionPoint<SectorDefinition>('key-sectors.sectors', { key: (s) => s.id });

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Typed record type: infers T from the schema so column and view functions see the data type. */
export function defineRecordType<S extends z.ZodType>(def: RecordTypeDefinition<z.output<S>> & { schema: S }): RecordTypeDefinition<never> {
  if (!KEBAB.test(def.id)) throw new Error(`Record type id "${def.id}" must be kebab-case`);
  return def as unknown as RecordTypeDefinition<never>;
}

export function defineChart<T>(def: ChartDefinition<T>): ChartDefinition<never> {
  if (!KEBAB.test(def.id)) throw new Error(`Chart id "${def.id}" must be kebab-case`);
  return def as unknown as ChartDefinition<never>;
}

/** Checks ids and cross references; throws with a clear message at definition time. */
export function defineSector(def: SectorDefinition): SectorDefinition {
  if (!KEBAB.test(def.id)) throw new Error(`Sector id "${def.id}" must be kebab-case`);
  const types = new Set<string>();
  for (const rt of def.recordTypes) {
    if (types.has(rt.id)) throw new Error(`Sector ${def.id}: record type "${rt.id}" is declared twice`);
    types.add(rt.id);
  }
  const reqs = new Set<string>();
  for (const r of def.requirements) {
    if (!KEBAB.test(r.id)) throw new Error(`Sector ${def.id}: requirement id "${r.id}" must be kebab-case`);
    if (reqs.has(r.id)) throw new Error(`Sector ${def.id}: requirement "${r.id}" is declared twice`);
    reqs.add(r.id);
    if (!types.has(r.recordType)) throw new Error(`Sector ${def.id}: requirement "${r.id}" names unknown record type "${r.recordType}"`);
    if (r.levels.length === 0) throw new Error(`Sector ${def.id}: requirement "${r.id}" names no division level`);
  }
  const charts = new Set<string>();
  for (const c of def.charts ?? []) {
    if (charts.has(c.id)) throw new Error(`Sector ${def.id}: chart "${c.id}" is declared twice`);
    charts.add(c.id);
    if (!types.has(c.recordType)) throw new Error(`Sector ${def.id}: chart "${c.id}" names unknown record type "${c.recordType}"`);
  }
  return def;
}

/** The record type erased to `unknown` data, for the platform's generic code. */
export function recordTypeOf(sector: SectorDefinition, id: string): RecordTypeDefinition<unknown> | undefined {
  return sector.recordTypes.find((r) => r.id === id) as RecordTypeDefinition<unknown> | undefined;
}

export function chartOf(sector: SectorDefinition, id: string): ChartDefinition<unknown> | undefined {
  return sector.charts?.find((c) => c.id === id) as ChartDefinition<unknown> | undefined;
}

/** Level of a GB/T 2260 division code in this platform (2, 4 or 6 digits). */
export function levelOfDivision(code: string): DivisionLevel | null {
  return code.length === 2 ? 'province' : code.length === 4 ? 'prefecture' : code.length === 6 ? 'county' : null;
}
