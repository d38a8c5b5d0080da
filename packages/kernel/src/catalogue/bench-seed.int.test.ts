import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCatalogueForBench } from './bench-seed';
import { baseDraft, catalogueTestPlatform, type CatalogueTestPlatform } from './fixtures/setup';

let p: CatalogueTestPlatform;
beforeAll(async () => { p = await catalogueTestPlatform(); });
afterAll(async () => { await p?.close(); });

describe('benchmark seeding', () => {
  it('inserts searchable published items whose sequences continue without gaps', async () => {
    const r = await seedCatalogueForBench(p.db, 300, { chunkSize: 120 });
    expect(r.inserted).toBe(300);
    const all = await p.anonymous().catalogue.search({ q: '' });
    expect(all.total).toBe(300);
    const hit = all.items[0]!;
    const word = await p.anonymous().catalogue.search({ q: hit.title.slice(-2) });
    expect(word.items.map((i) => i.id)).toContain(hit.id);
    const facets = await p.anonymous().catalogue.facets({ q: '' });
    expect(facets.years.reduce((n, y) => n + y.count, 0)).toBe(300);
    expect((await p.anonymous().catalogue.search({ q: '', divisionCode: hit.divisionCode })).items.every((i) => i.divisionCode === hit.divisionCode)).toBe(true);

    // Publishing for a seeded organisation continues its sequence for the year.
    const row = await p.db.catalogueItem.findFirstOrThrow({ where: { indexYear: 2026 }, orderBy: { indexSeq: 'desc' } });
    const last = await p.db.catalogueItem.aggregate({ where: { organizationId: row.organizationId, indexYear: 2026 }, _max: { indexSeq: true } });
    const draft = await p.kernel.catalogue.createDraft(p.db, { ...baseDraft, divisionCode: row.divisionCode, organizationId: row.organizationId, title: '新发布' });
    const pub = await p.db.$transaction((tx) => p.kernel.catalogue.publish(tx, draft.id));
    expect(pub.item.indexSeq).toBe((last._max.indexSeq ?? 0) + 1);
  });
});
