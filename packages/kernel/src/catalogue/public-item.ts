// The public page of one item: published items only; body and attachments only for 主动公开.
import type { Db, Tx } from '@gongkai/db';
import { findTopic } from '../contracts';
import type { CatalogueService } from './catalogue-service';
import { formatDateOnly } from './dates';
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

export async function loadPublicItem(db: Reader, service: CatalogueService, publicUrl: string, id: string): Promise<PublicItem | null> {
  if (!recordId.safeParse(id).success) return null;
  const item = await db.catalogueItem.findFirst({
    where: { id, status: 'published' },
    include: { attachments: { include: { file: true }, orderBy: { createdAt: 'asc' } } },
  });
  if (!item) return null;
  const [division, org] = await Promise.all([
    db.division.findUnique({ where: { code: item.divisionCode }, select: { name: true } }),
    db.organization.findUnique({ where: { id: item.organizationId }, select: { name: true } }),
  ]);
  const type = service.itemType(item.itemType);
  const metadata = (item.metadata ?? {}) as Record<string, unknown>;
  const labels = type?.fieldLabels ?? {};
  const keys = [...Object.keys(labels).filter((k) => k in metadata), ...Object.keys(metadata).filter((k) => !(k in labels))];
  const open = item.disclosureMode === '主动公开';
  return {
    id: item.id, indexNo: item.indexNo, title: item.title, summary: item.summary, docNo: item.docNo,
    generatedOn: formatDateOnly(item.generatedOn), publishedAt: (item.publishedAt ?? item.updatedAt).toISOString(),
    divisionCode: item.divisionCode, divisionName: division?.name ?? item.divisionCode,
    organizationId: item.organizationId, organizationName: org?.name ?? '',
    topicCode: item.topicCode, topicPath: findTopic(item.topicCode)?.path ?? item.topicCode,
    itemType: item.itemType, itemTypeLabel: type?.label ?? item.itemType,
    disclosureMode: item.disclosureMode, validity: item.validity, url: service.url(item.id),
    body: open ? item.body : null,
    metadataFields: keys.map((key) => ({ key, label: labels[key] ?? key, value: display(metadata[key]) })).filter((f) => f.value !== ''),
    metadata,
    attachments: open ? item.attachments.map((a) => ({
      id: a.id, title: a.title, fileName: a.file.fileName, mime: a.file.mime, size: a.file.size, url: fileUrl(publicUrl, a.fileId),
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
