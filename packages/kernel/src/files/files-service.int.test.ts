import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseDraft, catalogueTestPlatform, type CatalogueTestPlatform } from '../catalogue/fixtures/setup';
import { publicFileIsAttached } from '../catalogue/public-item';
import { MAX_BASE64_CHARS, MAX_FILE_BYTES } from './files-service';

let p: CatalogueTestPlatform;
beforeAll(async () => { p = await catalogueTestPlatform(); });
afterAll(async () => { await p?.close(); });

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const sha = createHash('sha256').update(pdf).digest('hex');

describe('files', () => {
  it('stores content-addressed under the data directory and reads back', async () => {
    const f = await p.db.$transaction((tx) => p.kernel.files.put(tx, { fileName: '2026年预算.pdf', mime: 'application/pdf', data: pdf, divisionCode: '231282' }));
    expect(f).toMatchObject({ fileName: '2026年预算.pdf', mime: 'application/pdf', size: pdf.length, sha256: sha, storageKey: `${sha.slice(0, 2)}/${sha}` });
    const onDisk = path.join(p.dataDir, 'files', sha.slice(0, 2), sha);
    expect(await readFile(onDisk)).toEqual(pdf);
    const back = await p.kernel.files.read(f.id);
    expect(back!.data).toEqual(pdf);
    // The same content again: a second row, one file on disk.
    const again = await p.db.$transaction((tx) => p.kernel.files.put(tx, { fileName: 'copy.pdf', mime: 'application/pdf', data: pdf }));
    expect(again.id).not.toBe(f.id);
    expect((await stat(onDisk)).size).toBe(pdf.length);
    expect(await p.kernel.files.read('does-not-exist')).toBeNull();
  });

  it('refuses types off the list, mismatched names or content, empty and oversized files', async () => {
    const put = (fileName: string, mime: string, data: Buffer) => p.db.$transaction((tx) => p.kernel.files.put(tx, { fileName, mime, data }));
    await expect(put('a.exe', 'application/x-msdownload', Buffer.from('MZ'))).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('mime') });
    await expect(put('a.exe', 'application/pdf', pdf)).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('fileName') });
    await expect(put('a.pdf', 'application/pdf', Buffer.from('MZ\x90\x00 not a pdf'))).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('file') });
    await expect(put('a.pdf', 'application/pdf', Buffer.alloc(0))).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const big = Buffer.alloc(MAX_FILE_BYTES + 1, 0x20);
    pdf.copy(big);
    await expect(put('big.pdf', 'application/pdf', big)).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('20 MB') });
    await expect(p.db.$transaction((tx) => p.kernel.files.putBase64(tx, { fileName: 'big.pdf', mime: 'application/pdf', contentBase64: 'A'.repeat(MAX_BASE64_CHARS + 4) })))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('contentBase64') });
    expect(await p.db.storedFile.count({ where: { fileName: { in: ['a.exe', 'a.pdf', 'big.pdf'] } } })).toBe(0);
  });

  it('attaches uploads to an item over tRPC; the public sees them once the item is published', async () => {
    const { caller } = await p.createUser({ roles: ['kernel.editor'], divisionCode: '231282' });
    const item = await caller.catalogue.createDraft({ ...baseDraft, divisionCode: '231282', organizationId: p.orgs.zhaodong.id, title: '2026年部门预算' });
    const a = await caller.catalogue.attach({ itemId: item.id, title: '预算表', fileName: '预算.pdf', mime: 'application/pdf', contentBase64: pdf.toString('base64') });
    expect(a).toMatchObject({ title: '预算表', fileName: '预算.pdf', size: pdf.length });
    expect(await publicFileIsAttached(p.db, a.fileId)).toBe(false);
    await caller.catalogue.publish({ id: item.id });
    expect(await publicFileIsAttached(p.db, a.fileId)).toBe(true);
    const pub = await p.anonymous().catalogue.item({ id: item.id });
    expect(pub.attachments).toEqual([{ id: a.id, title: '预算表', fileName: '预算.pdf', mime: 'application/pdf', size: pdf.length, url: `https://gk.example.gov.cn/files/${a.fileId}` }]);
    const staff = await caller.catalogue.get({ id: item.id });
    expect(staff.attachments).toHaveLength(1);

    const other = await p.createUser({ roles: ['kernel.editor'], divisionCode: '230882' });
    await expect(other.caller.catalogue.attach({ itemId: item.id, title: 'x', fileName: 'x.pdf', mime: 'application/pdf', contentBase64: pdf.toString('base64') })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(other.caller.catalogue.detach({ attachmentId: a.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(caller.catalogue.attach({ itemId: item.id, title: 'x', fileName: 'x.png', mime: 'image/png', contentBase64: '%%%' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('contentBase64') });

    await caller.catalogue.detach({ attachmentId: a.id });
    expect((await p.anonymous().catalogue.item({ id: item.id })).attachments).toEqual([]);
    const audit = await p.db.auditRecord.findMany({ where: { targetId: item.id, outcome: 'ok' }, orderBy: { seq: 'asc' } });
    expect(audit.map((r) => r.action)).toEqual(['catalogue.createDraft', 'catalogue.attach', 'catalogue.publish', 'catalogue.detach']);
    expect(audit[1]!.detail).toMatchObject({ sha256: sha });
  });
});
