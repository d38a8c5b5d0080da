import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseDraft, catalogueTestPlatform, type CatalogueTestPlatform } from './fixtures/setup';

let p: CatalogueTestPlatform;
beforeAll(async () => { p = await catalogueTestPlatform(); });
afterAll(async () => { await p?.close(); });

const pdf = Buffer.from('%PDF-1.4\n%公开\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('catalogue: the public item page (one prepared statement)', () => {
  it('shows exactly the stored item: UTC timestamps, the date, names, metadata and attachments in upload order', async () => {
    const { caller } = await p.createUser({ roles: ['kernel.editor'], divisionCode: '231282' });
    const draft = await caller.catalogue.createDraft({
      ...baseDraft, divisionCode: '231282', organizationId: p.orgs.zhaodongFinance.id, title: '2026年肇东市财政预算公开',
      summary: '预算总表及说明', body: '正文', docNo: '肇财发〔2026〕3号', generatedOn: '2026-01-31',
    });
    const first = await caller.catalogue.attach({ itemId: draft.id, title: '预算总表', fileName: '总表.pdf', mime: 'application/pdf', contentBase64: pdf.toString('base64') });
    const second = await caller.catalogue.attach({ itemId: draft.id, title: '编制说明', fileName: '说明.pdf', mime: 'application/pdf', contentBase64: pdf.toString('base64') });
    expect(await p.anonymous().catalogue.item({ id: draft.id }).catch((e: { code: string }) => e.code)).toBe('NOT_FOUND');
    const published = await caller.catalogue.publish({ id: draft.id });

    const stored = await p.db.catalogueItem.findUniqueOrThrow({ where: { id: draft.id } });
    const pub = await p.anonymous().catalogue.item({ id: draft.id });
    expect(pub).toMatchObject({
      id: draft.id, indexNo: published.indexNo, title: '2026年肇东市财政预算公开', summary: '预算总表及说明', body: '正文',
      docNo: '肇财发〔2026〕3号', generatedOn: '2026-01-31', publishedAt: stored.publishedAt!.toISOString(),
      divisionCode: '231282', divisionName: '肇东市', organizationId: p.orgs.zhaodongFinance.id, organizationName: '肇东市财政局',
      topicCode: '0201', disclosureMode: '主动公开', withdrawn: false, url: `https://gk.example.gov.cn/items/${draft.id}`,
    });
    expect(pub.attachments.map((a) => [a.id, a.title, a.fileName, a.size])).toEqual([
      [first.id, '预算总表', '总表.pdf', pdf.length], [second.id, '编制说明', '说明.pdf', pdf.length],
    ]);
    expect(pub).not.toHaveProperty('searchTokens');

    await caller.catalogue.withdraw({ id: draft.id, reason: '更正' });
    await expect(p.anonymous().catalogue.item({ id: draft.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('gives only the metadata of 依申请公开 items', async () => {
    const { caller } = await p.createUser({ roles: ['kernel.editor'], divisionCode: '231282' });
    const draft = await caller.catalogue.createDraft({ ...baseDraft, divisionCode: '231282', organizationId: p.orgs.zhaodong.id, title: '依申请公开的会议纪要', body: '不公开的正文', disclosureMode: '依申请公开' });
    await caller.catalogue.attach({ itemId: draft.id, title: '纪要', fileName: '纪要.pdf', mime: 'application/pdf', contentBase64: pdf.toString('base64') });
    await caller.catalogue.publish({ id: draft.id });
    const pub = await p.anonymous().catalogue.item({ id: draft.id });
    expect(pub).toMatchObject({ title: '依申请公开的会议纪要', disclosureMode: '依申请公开', body: null, attachments: [] });
  });
});
