import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseDraft, catalogueTestPlatform, type CatalogueTestPlatform } from '../catalogue/fixtures/setup';

let p: CatalogueTestPlatform;
beforeAll(async () => { p = await catalogueTestPlatform(); });
afterAll(async () => { await p?.close(); });

const editor = (divisionCode = '231282') => p.createUser({ roles: ['kernel.editor'], divisionCode });

describe('catalogue: drafting, publishing and withdrawing', () => {
  it('publishes a draft with a 索引号, audits each step and emits outbox events', async () => {
    const { caller, user } = await editor();
    const draft = await caller.catalogue.createDraft({
      ...baseDraft, divisionCode: '231282', organizationId: p.orgs.zhaodong.id,
      title: '肇东市人民政府关于做好冬季供热保障工作的通知', docNo: '肇政发〔2026〕12号', metadata: { keywords: ['供热'] },
    });
    expect(draft.status).toBe('draft');
    expect(draft.indexNo).toBeNull();
    expect(draft).not.toHaveProperty('searchTokens');
    expect(draft.createdById).toBe(user.id);

    const updated = await caller.catalogue.updateDraft({ id: draft.id, patch: { summary: '做好今冬明春供热保障' } });
    expect(updated.summary).toBe('做好今冬明春供热保障');

    const pub = await caller.catalogue.publish({ id: draft.id });
    expect(pub.indexNo).toBe('11231282000000001A/2026-00001');
    expect(pub.url).toBe(`https://gk.example.gov.cn/items/${draft.id}`);
    // Publishing again changes nothing.
    expect((await caller.catalogue.publish({ id: draft.id })).indexNo).toBe(pub.indexNo);
    await expect(caller.catalogue.updateDraft({ id: draft.id, patch: { title: '改' } })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });

    const w = await caller.catalogue.withdraw({ id: draft.id, reason: '内容有误' });
    expect(w.status).toBe('withdrawn');
    // Republished after correction: same 索引号.
    await caller.catalogue.updateDraft({ id: draft.id, patch: { title: '肇东市人民政府关于做好冬季供热保障工作的通知（修订）' } });
    expect((await caller.catalogue.publish({ id: draft.id })).indexNo).toBe(pub.indexNo);

    const audit = await p.db.auditRecord.findMany({ where: { targetId: draft.id }, orderBy: { seq: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual([
      'catalogue.createDraft', 'catalogue.updateDraft', 'catalogue.publish', 'catalogue.publish', 'catalogue.withdraw', 'catalogue.updateDraft', 'catalogue.publish',
    ]);
    expect(audit.every((a) => a.outcome === 'ok' && a.divisionCode === '231282' && a.actorId === user.id)).toBe(true);
    expect(audit[2]!.detail).toMatchObject({ indexNo: pub.indexNo });
    expect(audit[4]!.detail).toMatchObject({ reason: '内容有误' });

    const events = await p.db.outboxEvent.findMany({ where: { type: { startsWith: 'kernel.catalogue.' } }, orderBy: { id: 'asc' } });
    const mine = events.filter((e) => (e.payload as { id: string }).id === draft.id);
    expect(mine.map((e) => e.type)).toEqual(['kernel.catalogue.published', 'kernel.catalogue.withdrawn', 'kernel.catalogue.published']);
    expect(mine[0]!.payload).toMatchObject({ id: draft.id, itemType: 'kernel.document', divisionCode: '231282', sourcePlugin: null, sourceRef: null, indexNo: pub.indexNo });
    expect(mine[0]!.divisionCode).toBe('231282');
  });

  it('numbers 50 concurrent publishes of one organisation 1..50, without gaps or duplicates, and rolled-back publishes use no number', async () => {
    const { caller } = await editor();
    const org = p.orgs.zhaodongFinance;
    const ids: string[] = [];
    for (let i = 0; i < 55; i++) {
      const d = await p.kernel.catalogue.createDraft(p.db, { ...baseDraft, divisionCode: '231282', organizationId: org.id, title: `预算公开第${i + 1}号` });
      ids.push(d.id);
    }
    const rollbacks = ids.slice(50).map((id) => p.db.$transaction(async (tx) => {
      await p.kernel.catalogue.publish(tx, id);
      throw new Error('rolled back on purpose');
    }, { maxWait: 60_000, timeout: 60_000 }).catch((e: Error) => e.message));
    const publishes = ids.slice(0, 50).map((id) => caller.catalogue.publish({ id }));
    const [results, rolled] = await Promise.all([Promise.all(publishes), Promise.all(rollbacks)]);
    expect(rolled.every((m) => m === 'rolled back on purpose')).toBe(true);
    const seqs = results.map((r) => Number(r.indexNo.slice(-5))).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(results.map((r) => r.indexNo)).size).toBe(50);
    const rows = await p.db.catalogueItem.findMany({ where: { id: { in: ids.slice(50) } } });
    expect(rows.every((r) => r.status === 'draft' && r.indexNo === null)).toBe(true);
    const seq = await p.db.indexSequence.findUnique({ where: { organizationId_year: { organizationId: org.id, year: 2026 } } });
    expect(seq?.lastValue).toBe(50);
    // The next publish continues at 51.
    expect((await caller.catalogue.publish({ id: ids[50]! })).indexNo).toBe('11231282000000002B/2026-00051');
  });

  it('validates item-type metadata with the plugin schema and names the field', async () => {
    const { caller } = await editor();
    const input = { ...baseDraft, divisionCode: '231282', organizationId: p.orgs.zhaodong.id, title: '征地公告', itemType: 'test-notices.notice' };
    await expect(caller.catalogue.createDraft({ ...input, metadata: { area: '很大', village: '五里明村' } }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('metadata.area') });
    await expect(caller.catalogue.createDraft({ ...input, metadata: { area: 12.5 } }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('metadata.village') });
    await expect(caller.catalogue.createDraft({ ...input, metadata: { area: 12.5, village: '五里明村', extra: 1 } }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('metadata') });
    const ok = await caller.catalogue.createDraft({ ...input, metadata: { area: 12.5, village: '五里明村' } });
    expect(ok.metadata).toEqual({ area: 12.5, village: '五里明村' });
    await expect(caller.catalogue.createDraft({ ...input, itemType: 'nobody.thing', metadata: {} }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('itemType') });
  });

  it('requires a leaf topic, a real date and known fields', async () => {
    const { caller } = await editor();
    const input = { ...baseDraft, divisionCode: '231282', organizationId: p.orgs.zhaodong.id, title: '测试' };
    await expect(caller.catalogue.createDraft({ ...input, topicCode: '02' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('topicCode') });
    await expect(caller.catalogue.createDraft({ ...input, generatedOn: '2026-02-30' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('generatedOn') });
    await expect(caller.catalogue.createDraft({ ...input, title: 'x'.repeat(301) })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('title') });
    await expect(caller.catalogue.createDraft({ ...input, hacker: true } as never)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(caller.catalogue.withdraw({ id: 'nope', reason: '' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('reason') });
  });

  it('refuses other divisions, and organisations of another division', async () => {
    const { caller } = await editor('231282');
    const own = { ...baseDraft, divisionCode: '231282', organizationId: p.orgs.zhaodong.id, title: '本市信息' };
    await expect(caller.catalogue.createDraft({ ...own, divisionCode: '230882', organizationId: p.orgs.fujin.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(caller.catalogue.createDraft({ ...own, organizationId: p.orgs.fujin.id })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('organizationId') });

    const fujinEditor = await editor('230882');
    const theirs = await fujinEditor.caller.catalogue.createDraft({ ...own, divisionCode: '230882', organizationId: p.orgs.fujin.id, title: '富锦市信息' });
    await expect(caller.catalogue.get({ id: theirs.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(caller.catalogue.publish({ id: theirs.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(caller.catalogue.updateDraft({ id: theirs.id, patch: { title: '改' } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const list = await caller.catalogue.list({});
    expect(list.items.some((i) => i.id === theirs.id)).toBe(false);
    expect((await p.db.catalogueItem.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe('draft');

    // A city (prefecture) editor reaches its counties; the province reaches all.
    const city = await editor('2301');
    await expect(city.caller.catalogue.createDraft({ ...own, divisionCode: '230108', organizationId: p.orgs.pingfang.id })).resolves.toMatchObject({ divisionCode: '230108' });
    await expect(city.caller.catalogue.get({ id: theirs.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('denies citizens and anonymous callers the staff procedures', async () => {
    const citizen = await p.createUser({ roles: [], kind: 'public' });
    await expect(citizen.caller.catalogue.list({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(p.anonymous().catalogue.createDraft({ ...baseDraft, divisionCode: '231282', organizationId: p.orgs.zhaodong.id, title: 'x' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const auditor = await p.createUser({ roles: ['kernel.auditor'], divisionCode: '231282' });
    await expect(auditor.caller.catalogue.createDraft({ ...baseDraft, divisionCode: '231282', organizationId: p.orgs.zhaodong.id, title: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets a plugin publish idempotently by source ref, update in place and withdraw', async () => {
    await p.setPlugin('231282', 'test-notices', true);
    const { caller } = await p.createUser({ roles: ['kernel.editor'], divisionCode: '231282' });
    const staff = await p.createUser({ roles: ['kernel.admin'], divisionCode: '231282' });
    const pc = staff.caller as unknown as { testNotices: { publish(i: object): Promise<{ id: string; indexNo: string; url: string }>; withdraw(i: object): Promise<unknown> } };
    const input = { divisionCode: '231282', organizationId: p.orgs.zhaodong.id, ref: 'notice-1', title: '肇东市五里明镇征地公告', metadata: { area: 3.2, village: '五里明村' } };
    const first = await pc.testNotices.publish(input);
    const again = await pc.testNotices.publish(input);
    expect(again).toEqual(first);
    const changed = await pc.testNotices.publish({ ...input, title: '肇东市五里明镇征地公告（更正）' });
    expect(changed.indexNo).toBe(first.indexNo);
    expect(changed.id).toBe(first.id);
    const events = (await p.db.outboxEvent.findMany({ orderBy: { id: 'asc' } })).filter((e) => (e.payload as { id?: string }).id === first.id);
    expect(events.map((e) => [e.type, (e.payload as { updated?: boolean }).updated ?? false])).toEqual([['kernel.catalogue.published', false], ['kernel.catalogue.published', true]]);
    expect(events[0]!.payload).toMatchObject({ sourcePlugin: 'test-notices', sourceRef: 'notice-1', itemType: 'test-notices.notice' });

    await expect(pc.testNotices.publish({ ...input, ref: 'notice-2', metadata: { area: -1, village: '村' } }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('metadata.area') });
    await pc.testNotices.withdraw({ divisionCode: '231282', ref: 'notice-1' });
    expect((await p.db.catalogueItem.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('withdrawn');
    await expect(pc.testNotices.withdraw({ divisionCode: '231282', ref: 'never-published' })).resolves.toBeNull();
    // Staff may not edit a plugin's item directly.
    await expect(caller.catalogue.updateDraft({ id: first.id, patch: { title: '改' } })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    // Republishing keeps the number.
    expect((await pc.testNotices.publish(input)).indexNo).toBe(first.indexNo);
    const audit = await p.db.auditRecord.findMany({ where: { action: 'testNotices.publish', outcome: 'ok' } });
    expect(audit.length).toBeGreaterThanOrEqual(4);
    expect(audit.every((a) => a.pluginId === 'test-notices')).toBe(true);
  });

  it('refuses a plugin publishing another plugin\'s item type', async () => {
    await expect(p.db.$transaction((tx) => p.kernel.catalogue.publishFromPlugin(tx, {
      pluginId: 'other-plugin', sourceRef: 'x', itemType: 'test-notices.notice', divisionCode: '231282', organizationId: p.orgs.zhaodong.id,
      title: '越权', generatedOn: '2026-11-20', topicCode: '0201', metadata: { area: 1, village: '村' },
    }))).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('itemType') });
  });
});
