import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestPlatform, type TestPlatform } from '@gongkai/testing';
import { appendAudit, verifyAuditChain } from './audit-service';

let p: TestPlatform;
beforeAll(async () => {
  p = await createTestPlatform();
  for (let i = 1; i <= 12; i++) {
    await p.db.$transaction((tx) => appendAudit(tx, { actorId: 'u1', actorKind: 'staff', action: 'test.step', divisionCode: '2301', targetType: 'thing', targetId: String(i), outcome: 'ok', detail: { i } }));
  }
});
afterAll(async () => { await p?.close(); });

/** Tampering as someone with direct database access would: bypassing the append-only trigger. */
async function tamper(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: p.database.url });
  await c.connect();
  try {
    await c.query('BEGIN');
    await c.query("SET LOCAL session_replication_role = 'replica'");
    await c.query(sql);
    await c.query('COMMIT');
  } finally { await c.end(); }
}

describe('audit hash chain', () => {
  it('is intact after appends, with gap-free sequence numbers', async () => {
    const r = await verifyAuditChain(p.db);
    expect(r).toMatchObject({ intact: true, checked: 12, lastSeq: '12' });
  });

  it('refuses UPDATE and DELETE through the database trigger', async () => {
    await expect(p.db.$executeRawUnsafe(`UPDATE kernel_audit_record SET outcome = 'denied' WHERE seq = 3`)).rejects.toThrow(/append-only/);
    await expect(p.db.$executeRawUnsafe(`DELETE FROM kernel_audit_record WHERE seq = 3`)).rejects.toThrow(/append-only/);
  });

  it('names the first altered record when a row is changed directly in SQL', async () => {
    await tamper(`UPDATE kernel_audit_record SET target_id = '999' WHERE seq = 5`);
    const r = await verifyAuditChain(p.db);
    expect(r.intact).toBe(false);
    expect(r.problem).toMatchObject({ seq: '5', kind: 'altered' });
    expect(r.problem!.message).toContain('#5');
    await tamper(`UPDATE kernel_audit_record SET target_id = '5' WHERE seq = 5`);
    expect((await verifyAuditChain(p.db)).intact).toBe(true);
  });

  it('detects a rewritten record whose own hash was recomputed, through its successor', async () => {
    const row = (await p.db.auditRecord.findUnique({ where: { seq: 7n } }))!;
    const { recordHash } = await import('./hash');
    const forged = { ...row, outcome: 'denied' };
    const { hash: _h, ...fields } = forged;
    await tamper(`UPDATE kernel_audit_record SET outcome = 'denied', hash = '${recordHash({ ...fields, detail: fields.detail ?? null })}' WHERE seq = 7`);
    const r = await verifyAuditChain(p.db);
    expect(r.intact).toBe(false);
    expect(r.problem).toMatchObject({ seq: '7', kind: 'altered' });
    await tamper(`UPDATE kernel_audit_record SET outcome = 'ok', hash = '${row.hash}' WHERE seq = 7`);
    expect((await verifyAuditChain(p.db)).intact).toBe(true);
  });

  it('names a missing record when one is deleted', async () => {
    await tamper(`DELETE FROM kernel_audit_record WHERE seq = 9`);
    const r = await verifyAuditChain(p.db);
    expect(r).toMatchObject({ intact: false, problem: { seq: '9', kind: 'missing' } });
  });
});
