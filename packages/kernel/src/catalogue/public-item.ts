// The public page of one item: published items only; body and attachments only for 主动公开.
import type { Db, SqlStatement, Tx, TxSql } from '@gongkai/db';
import { findTopic } from '../contracts';
import type { CatalogueService } from './catalogue-service';
import type { PublicItem } from './public-schemas';
import { recordId } from './schemas';

type Reader = Tx | Db;

export function fileUrl(publicUrl: string, fileId: string): string {
  return `${publicUrl}/files/${fileId}`;
}

function display(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (Array.isArray(v)) return v.map(display).join('、');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

interface PublicItemRow {
  id: string; index_no: string | null; title: string; summary: string; body: string; doc_no: string | null;
  generated_on: string; published_at: string; division_code: string; division_name: string | null;
  organization_id: string; organization_name: string | null; topic_code: string; item_type: string;
  disclosure_mode: string; validity: string; metadata: Record<string, unknown> | null;
  attachments: { id: string; title: string; fileId: string; fileName: string; mime: string; size: number }[];
}

/**
 * The public page's row in one prepared statement: the item (without its search tokens), its
 * division and organisation names, and its attachments in upload order. Timestamps are stored as
 * UTC without a zone, so they are formatted in SQL rather than parsed in the process's zone.
 */
export const publicItemStatement: SqlStatement = {
  name: 'kernel_public_catalogue_item',
  text: `SELECT i.id, i.index_no, i.title, i.summary, i.body, i.doc_no,
      to_char(i.generated_on, 'YYYY-MM-DD') AS generated_on,
      to_char(coalesce(i.published_at, i.updated_at), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS published_at,
      i.division_code, d.name AS division_name, i.organization_id, o.name AS organization_name,
      i.topic_code, i.item_type, i.disclosure_mode, i.validity, i.metadata,
      coalesce((SELECT json_agg(json_build_object('id', a.id, 'title', a.title, 'fileId', a.file_id,
                  'fileName', f.file_name, 'mime', f.mime, 'size', f.size) ORDER BY a.created_at, a.id)
                FROM kernel_catalogue_attachment a JOIN kernel_file f ON f.id = a.file_id
               WHERE a.item_id = i.id), '[]'::json) AS attachments
    FROM kernel_catalogue_item i
    LEFT JOIN kernel_division d ON d.code = i.division_code
    LEFT JOIN kernel_organization o ON o.id = i.organization_id
   WHERE i.id = $1 AND i.status = 'published'`,
};

export async function loadPublicItem(sql: Pick<TxSql, 'rows'>, service: CatalogueService, publicUrl: string, id: string): Promise<PublicItem | null> {
  if (!recordId.safeParse(id).success) return null;
  const [item] = await sql.rows<PublicItemRow>(publicItemStatement, [id]);
  if (!item) return null;
  const type = service.itemType(item.item_type);
  const metadata = item.metadata ?? {};
  const labels = type?.fieldLabels ?? {};
  const keys = [...Object.keys(labels).filter((k) => k in metadata), ...Object.keys(metadata).filter((k) => !(k in labels))];
  const open = item.disclosure_mode === '主动公开';
  return {
    id: item.id, indexNo: item.index_no, title: item.title, summary: item.summary, docNo: item.doc_no,
    generatedOn: item.generated_on, publishedAt: item.published_at,
    divisionCode: item.division_code, divisionName: item.division_name ?? item.division_code,
    organizationId: item.organization_id, organizationName: item.organization_name ?? '',
    topicCode: item.topic_code, topicPath: findTopic(item.topic_code)?.path ?? item.topic_code,
    itemType: item.item_type, itemTypeLabel: type?.label ?? item.item_type,
    disclosureMode: item.disclosure_mode, validity: item.validity, url: service.url(item.id),
    body: open ? item.body : null,
    metadataFields: keys.map((key) => ({ key, label: labels[key] ?? key, value: display(metadata[key]) })).filter((f) => f.value !== ''),
    metadata,
    attachments: open ? item.attachments.map((a) => ({
      id: a.id, title: a.title, fileName: a.fileName, mime: a.mime, size: a.size, url: fileUrl(publicUrl, a.fileId),
    })) : [],
    withdrawn: false,
  };
}

/** A stored file that the public may download: attached to a published, 主动公开 item. */
export async function publicFileIsAttached(db: Reader, fileId: string): Promise<boolean> {
  if (!recordId.safeParse(fileId).success) return false;
  const n = await db.catalogueAttachment.count({ where: { fileId, item: { status: 'published', disclosureMode: '主动公开' } } });
  return n > 0;
}
