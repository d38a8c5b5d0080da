// Which failed calls the kernel middleware audits: a signed-in caller's mutation answered NOT_FOUND
// (a probe for another division's record) is recorded as 'not_found'; reads and anonymous
// NOT_FOUNDs are not; the hash chain stays intact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform } from '@gongkai/testing';
import { verifyAuditChain } from '../audit/audit-service';
import { digestInput } from '../audit/hash';
import { notesPlugin } from '../../test-fixtures/notes/server';

const boot = () => createTestPlatform({ plugins: [notesPlugin] as const });
let p: Awaited<ReturnType<typeof boot>>;
let hrb: Awaited<ReturnType<typeof p.createUser>>;
let foreignOrgId = '';
const lastSeq = async () => (await p.db.auditRecord.aggregate({ _max: { seq: true } }))._max.seq ?? 0n;
const since = (seq: bigint) => p.db.auditRecord.findMany({ where: { seq: { gt: seq } }, orderBy: { seq: 'asc' } });

beforeAll(async () => {
  p = await boot();
  hrb = await p.createUser({ roles: ['kernel.division-admin'], divisionCode: '2301' });
  const qqhr = await p.createUser({ roles: ['kernel.division-admin'], divisionCode: '2302' });
  foreignOrgId = (await qqhr.caller.organizations.create({ divisionCode: '2302', code: 'QQHR-1', name: '齐齐哈尔市甲局' })).id;
});
afterAll(async () => { await p?.close(); });

describe('NOT_FOUND outcomes in the audit log', () => {
  it("records a signed-in caller's mutation on another city's record as not_found, with actor, action and input digest", async () => {
    const seq = await lastSeq();
    const input = { id: foreignOrgId, name: '越权改名' };
    await expect(hrb.caller.organizations.update(input)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const records = await since(seq);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      action: 'organizations.update', outcome: 'not_found', actorId: hrb.user.id, actorKind: 'staff',
      divisionCode: '2301', inputDigest: digestInput(input),
    });
    expect((await p.db.organization.findUniqueOrThrow({ where: { id: foreignOrgId } })).name).toBe('齐齐哈尔市甲局');
  });

  it("names the probed division when the input carries one, so that division's auditors see the probe", async () => {
    const seq = await lastSeq();
    await expect(hrb.caller.organizations.create({ divisionCode: '2302', code: 'X-1', name: '越权机构' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await since(seq)).map((r) => `${r.action}:${r.outcome}:${r.divisionCode}`)).toEqual(['organizations.create:not_found:2302']);
    const qqhrAuditor = await p.createUser({ roles: ['kernel.auditor'], divisionCode: '2302' });
    const seen = await qqhrAuditor.caller.audit.search({ outcome: 'not_found' });
    expect(seen.items.map((i) => `${i.action}:${i.actorId}`)).toEqual([`organizations.create:${hrb.user.id}`]);
  });

  it('does not record reads that answer NOT_FOUND', async () => {
    const seq = await lastSeq();
    await expect(hrb.caller.organizations.get({ id: foreignOrgId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(p.anonymous().divisions.get({ code: '239999' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await since(seq)).toEqual([]);
  });

  it('does not record anonymous mutations that answer NOT_FOUND (a plugin switched off there)', async () => {
    const seq = await lastSeq();
    await expect(p.anonymous().fixtureNotes.post({ divisionCode: '2301', text: '你好' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await since(seq)).toEqual([]);
  });

  it('records the same plugin mutation by a signed-in caller, with the plugin, and keeps the chain intact', async () => {
    const seq = await lastSeq();
    await expect(hrb.caller.fixtureNotes.post({ divisionCode: '2301', text: '你好' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await since(seq)).toMatchObject([{ action: 'fixtureNotes.post', outcome: 'not_found', pluginId: 'fixture-notes', divisionCode: '2301', actorId: hrb.user.id }]);
    expect(await verifyAuditChain(p.db)).toMatchObject({ intact: true });
  });
});
