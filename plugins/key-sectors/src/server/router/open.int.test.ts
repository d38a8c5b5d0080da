import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { router } from '@gongkai/kernel';
import { generateOpenApiDocument, type OpenApiRouter } from 'trpc-to-openapi';
import { createKsPlatform, makeOrganization, type KsPlatform } from '../test-support';
import { keySectorsRouter } from './index';

let p: KsPlatform;
let org: string;

const entry = (over: Record<string, unknown> = {}) => ({
  enterprise: '哈尔滨某食品有限公司', creditCode: '91330100716105852F', reason: '生产经营超过保质期的食品', listedOn: '2026-03-01', authority: '哈尔滨市食品药品监督管理局', ...over,
});
const land = {
  law: '2004年土地管理法', projectName: '平房区工业园区三期', approvalNo: '黑政土字〔2014〕88号', approvalAuthority: '黑龙江省人民政府', approvedOn: '2014-09-26',
  place: '平房镇联盟村三组', owners: '联盟村第三村民小组', area: 12.5, purpose: '工业用地', compensationStandard: '区片综合地价每亩 4.8 万元', resettlement: '货币安置',
  steps: [
    { step: 'notice', date: '2014-03-03', document: '征地告知书' },
    { step: 'approval', date: '2014-09-26', document: '征地批复', documentNo: '黑政土字〔2014〕88号' },
    { step: 'announcement', date: '2014-10-20', endDate: '2014-10-30', document: '征收土地公告' },
  ],
};

beforeAll(async () => {
  p = await createKsPlatform();
  await p.setPlugin('23', 'key-sectors', true);
  org = await makeOrganization(p.db, '2301', '哈尔滨市食品药品监督管理局', 'HRBFDA');
  const city = await p.createUser({ roles: ['key-sectors.editor'], divisionCode: '2301' });
  const add = (sector: string, recordType: string, divisionCode: string, data: unknown) =>
    city.caller.keySectors.records.create({ divisionCode, sector, recordType, organizationId: divisionCode === '2301' ? org : null, data, publish: divisionCode === '2301' });
  await add('food-drug', 'blacklist', '2301', entry());
  await add('food-drug', 'blacklist', '2301', entry({ enterprise: '道里区某药店', creditCode: '9144030071526726XG', listedOn: '2025-05-01', removedOn: '2026-01-10', removalReason: '整改到位，期满移出' }));
  await add('land', 'acquisition', '2301', land);
});
afterAll(async () => { await p?.close(); });

describe('blacklist search', () => {
  it('finds entries by part of the name and by the full credit code', async () => {
    const byName = await p.anonymous().keySectors.open.blacklist({ divisionCode: '23', name: '食品' });
    expect(byName.items.map((i) => i.enterprise)).toEqual(['哈尔滨某食品有限公司']);
    expect(byName.items[0]).toMatchObject({ status: '在列', listedOn: '2026-03-01', removedOn: null });
    const byCode = await p.anonymous().keySectors.open.blacklist({ divisionCode: '2301', creditCode: '9144030071526726xg' });
    expect(byCode.items).toEqual([expect.objectContaining({ enterprise: '道里区某药店', status: '已移出', removedOn: '2026-01-10', removalReason: '整改到位，期满移出' })]);
    expect((await p.anonymous().keySectors.open.blacklist({ divisionCode: '23', status: 'listed' })).total).toBe(1);
  });

  it('rejects a credit code whose check character is wrong, naming the field', async () => {
    await expect(p.anonymous().keySectors.open.blacklist({ divisionCode: '23', creditCode: '91330100716105852A' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('creditCode') });
  });
});

describe('land acquisition query', () => {
  it('finds an acquisition by place, project or approval number, with its procedure and deadlines', async () => {
    for (const query of [{ q: '联盟村' }, { q: '工业园区' }, { approvalNo: '黑政土字〔2014〕88号' }]) {
      const r = await p.anonymous().keySectors.open.land({ divisionCode: '23', ...query });
      expect(r.total).toBe(1);
    }
    const [a] = (await p.anonymous().keySectors.open.land({ divisionCode: '2301', q: '联盟村' })).items;
    expect(a).toMatchObject({ approvalNo: '黑政土字〔2014〕88号', area: 12.5, law: '2004年土地管理法' });
    const ann = a!.procedure.find((s) => s.step === 'announcement')!;
    expect(ann).toMatchObject({ done: true, date: '2014-10-20' });
    expect(ann.periods[0]).toMatchObject({ deadline: '2014-10-15', met: false });
    expect((await p.anonymous().keySectors.open.land({ divisionCode: '23', q: '不存在的村' })).total).toBe(0);
  });
});

describe('records by type and division', () => {
  it('lists published records with their validated data', async () => {
    const r = await p.anonymous().keySectors.open.records({ divisionCode: '2301', sector: 'food-drug', recordType: 'blacklist' });
    expect(r.total).toBe(2);
    expect(r.items[0]!.data).toMatchObject({ authority: '哈尔滨市食品药品监督管理局' });
    expect(typeof r.items[0]!.publishedAt).toBe('string');
    await expect(p.anonymous().keySectors.open.records({ divisionCode: '2301', sector: 'nope' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('sector') });
  });
});

describe('OpenAPI document', () => {
  it('describes the public endpoints from their zod schemas', () => {
    const doc = generateOpenApiDocument(router({ keySectors: keySectorsRouter }) as unknown as OpenApiRouter, { title: 't', version: '1', baseUrl: 'http://localhost/api/v1' });
    expect(Object.keys(doc.paths ?? {}).sort()).toEqual(['/key-sectors/aqi', '/key-sectors/food-drug/blacklist', '/key-sectors/land/acquisitions', '/key-sectors/records']);
    expect(JSON.stringify(doc.paths!['/key-sectors/aqi']!.get!.responses)).toContain('primaryPollutants');
  });
});
