// GET /files/<id>: attachments of published 主动公开 items download; others are 404.
import { createTestDatabase, type TestDatabase } from '@gongkai/testing';
import type { Tx } from '@gongkai/db';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from '../runtime/platform';
import { fakeWebDist, testServerConfig } from '../test-support';

let database: TestDatabase;
let platform: Platform;

beforeAll(async () => {
  database = await createTestDatabase();
  platform = await startPlatform('all', {
    config: testServerConfig({ DATABASE_URL: database.url, GONGKAI_WEB_DIST: fakeWebDist() }),
    logger: pino({ level: 'silent' }), print: () => {}, listen: false, plugins: [],
  });
});
afterAll(async () => { await platform?.close(); await database?.drop(); });

/** A draft with one PDF attachment, published or not. */
async function itemWithAttachment(publish: boolean): Promise<string> {
  const { kernel } = platform;
  return kernel.db.$transaction(async (t) => {
    const tx = t as Tx;
    const org = await tx.organization.upsert({ where: { divisionCode_code: { divisionCode: '2301', code: 'FILES' } }, create: { divisionCode: '2301', code: 'FILES', name: '哈尔滨市文件测试局' }, update: {} });
    const item = await kernel.catalogue.createDraft(tx, { divisionCode: '2301', organizationId: org.id, itemType: 'kernel.document', title: `附件测试${publish ? '已发布' : '草稿'}`, generatedOn: '2026-11-20', topicCode: '0201' });
    const file = await kernel.files.put(tx, { fileName: '供热方案（2026年）.pdf', mime: 'application/pdf', data: new TextEncoder().encode('%PDF-1.4\n% test\n'), divisionCode: '2301' });
    await tx.catalogueAttachment.create({ data: { itemId: item.id, fileId: file.id, title: '附件一' } });
    if (publish) await kernel.catalogue.publish(tx, item.id);
    return file.id;
  });
}

describe('public attachment downloads', () => {
  it('streams an attachment of a published item with its Chinese file name', async () => {
    const fileId = await itemWithAttachment(true);
    const res = await platform.http!.app.inject(`/files/${fileId}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('供热方案（2026年）.pdf')}`);
    expect(res.body.startsWith('%PDF-1.4')).toBe(true);
  });

  it('answers 404 for a draft item\'s attachment and for unknown or malformed ids', async () => {
    const fileId = await itemWithAttachment(false);
    for (const id of [fileId, 'cl0000000000000000000000', "x'; DROP TABLE kernel_file; --"]) {
      const res = await platform.http!.app.inject(`/files/${encodeURIComponent(id)}`);
      expect(res.statusCode).toBe(404);
    }
  });
});
