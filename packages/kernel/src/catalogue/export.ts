// Open-data export of any search, as JSON or CSV (UTF-8 with BOM so Excel reads Chinese; RFC 4180).
import { stringify } from 'csv-stringify/sync';
import type { Db } from '@gongkai/db';
import type { KernelConfig } from '../config';
import type { Clock } from '../clock';
import type { CatalogueService } from './catalogue-service';
import { shanghaiDate } from './dates';
import { filterQuery, type FilterQueryInput } from './schemas';
import { searchItems, type SearchHit } from './search';
import { parseOrFail } from './validation';

export interface ExportDeps { db: Db; config: KernelConfig; clock: Clock; catalogue: CatalogueService }

/** Rows in one export at most; the JSON says when a result was cut. */
export const EXPORT_LIMIT = 10_000;

export const exportFields = [
  { key: 'indexNo', label: '索引号' },
  { key: 'title', label: '名称' },
  { key: 'summary', label: '内容概述' },
  { key: 'organizationName', label: '发布机构' },
  { key: 'divisionName', label: '所属地区' },
  { key: 'divisionCode', label: '行政区划代码' },
  { key: 'docNo', label: '发文字号' },
  { key: 'generatedOn', label: '生成日期' },
  { key: 'publishedOn', label: '发布日期' },
  { key: 'topicPath', label: '主题分类' },
  { key: 'itemTypeLabel', label: '信息类型' },
  { key: 'disclosureMode', label: '公开方式' },
  { key: 'validity', label: '有效性' },
  { key: 'url', label: '链接' },
] as const;

type ExportKey = (typeof exportFields)[number]['key'];
export type ExportRow = Record<ExportKey, string>;

export const EXPORT_LICENCE = '本数据依据《中华人民共和国政府信息公开条例》主动公开，可免费获取、复制和再利用，使用时请注明来源；数据以原发布页面为准。';

export interface ExportResult { contentType: string; fileName: string; body: string; total: number; rows: number }

function toRow(h: SearchHit): ExportRow {
  return {
    indexNo: h.indexNo ?? '', title: h.title, summary: h.summary, organizationName: h.organizationName,
    divisionName: h.divisionName, divisionCode: h.divisionCode, docNo: h.docNo ?? '', generatedOn: h.generatedOn,
    publishedOn: shanghaiDate(new Date(h.publishedAt)), topicPath: h.topicPath, itemTypeLabel: h.itemTypeLabel,
    disclosureMode: h.disclosureMode, validity: h.validity, url: h.url,
  };
}

/** Keeps spreadsheet programs from running a cell as a formula (OWASP CSV injection). */
function safeCell(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/** Exports every published item matching `query` (up to EXPORT_LIMIT), newest and title hits first. */
export async function exportSearch(k: ExportDeps, query: FilterQueryInput, format: 'json' | 'csv'): Promise<ExportResult> {
  const q = parseOrFail(filterQuery, query);
  const { total, items } = await searchItems(k.db, q, 0, EXPORT_LIMIT, k.catalogue.searchContext(), { exactTotal: true });
  const rows = items.map(toRow);
  const now = k.clock.now();
  const stamp = shanghaiDate(now).replace(/-/g, '');
  if (format === 'csv') {
    const body = '\uFEFF' + stringify([exportFields.map((f) => f.label), ...rows.map((r) => exportFields.map((f) => safeCell(r[f.key])))], {
      record_delimiter: 'windows', quoted_match: /["\r\n,]/,
    });
    return { contentType: 'text/csv; charset=utf-8', fileName: `catalogue-${stamp}.csv`, body, total, rows: rows.length };
  }
  const doc = {
    source: `${k.config.publicUrl}/`,
    title: '政府信息公开目录（开放数据）',
    licence: EXPORT_LICENCE,
    generatedAt: now.toISOString(),
    query: q,
    total,
    truncated: total > rows.length,
    fields: exportFields,
    items: rows,
  };
  return { contentType: 'application/json; charset=utf-8', fileName: `catalogue-${stamp}.json`, body: JSON.stringify(doc, null, 2), total, rows: rows.length };
}
