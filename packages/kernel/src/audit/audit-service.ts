import { sqlOf, type Db, type Tx } from '@gongkai/db';
import { GENESIS_HASH, recordHash, type AuditFields } from './hash';

export interface AuditEntry {
  actorId: string | null;
  actorKind: 'staff' | 'public' | 'system' | 'anonymous' | 'api';
  divisionCode?: string | null;
  pluginId?: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  inputDigest?: string | null;
  outcome: 'ok' | 'denied' | 'invalid' | 'error' | 'not_found' | 'conflict';
  detail?: unknown;
  requestId?: string | null;
}

/** Arbitrary constant naming the audit chain's transaction-level lock. */
const CHAIN_LOCK = 7_270_001;
const CHECKPOINT_EVERY = 1000n;

// Prepared statements (every mutation appends a record: Prisma's per-query compilation would cost
// more than the database work). Timestamps are written as UTC text into `timestamp(3)` columns,
// as Prisma writes them.
const LOCK = { name: 'kernel_audit_lock', text: 'SELECT pg_advisory_xact_lock($1::bigint)' };
const LAST = { name: 'kernel_audit_last', text: 'SELECT r.seq::text AS seq, r.hash FROM kernel_audit_record r ORDER BY r.seq DESC LIMIT 1' };
const INSERT = {
  name: 'kernel_audit_insert',
  text: `INSERT INTO kernel_audit_record (seq, at, actor_id, actor_kind, division_code, plugin_id, action, target_type, target_id,
           input_digest, outcome, detail, request_id, prev_hash, hash)
         VALUES ($1::bigint, $2::timestamp, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13, $14, $15)`,
};
const CHECKPOINT = { name: 'kernel_audit_checkpoint', text: 'INSERT INTO kernel_audit_checkpoint (seq, hash, created_at) VALUES ($1::bigint, $2, $3::timestamp)' };

/**
 * Appends one record to the chain inside the caller's transaction. The transaction-level
 * advisory lock serialises appenders until commit, so `seq` has no gaps and each record's
 * `prevHash` is its predecessor's hash. (The lock and the read of the last record must be two
 * statements: one statement's snapshot would predate the lock.)
 */
export async function appendAudit(tx: Tx, entry: AuditEntry, now = new Date()): Promise<bigint> {
  const sql = sqlOf(tx);
  await sql.rows(LOCK, [CHAIN_LOCK]);
  const [last] = await sql.rows<{ seq: string; hash: string }>(LAST, []);
  const fields: AuditFields = {
    seq: (last ? BigInt(last.seq) : 0n) + 1n,
    at: now,
    actorId: entry.actorId,
    actorKind: entry.actorKind,
    divisionCode: entry.divisionCode ?? null,
    pluginId: entry.pluginId ?? null,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    inputDigest: entry.inputDigest ?? null,
    outcome: entry.outcome,
    detail: entry.detail ?? null,
    requestId: entry.requestId ?? null,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const hash = recordHash(fields);
  const at = now.toISOString();
  await sql.exec(INSERT, [
    fields.seq.toString(), at, fields.actorId, fields.actorKind, fields.divisionCode, fields.pluginId, fields.action, fields.targetType,
    fields.targetId, fields.inputDigest, fields.outcome, fields.detail === null ? null : JSON.stringify(fields.detail), fields.requestId, fields.prevHash, hash,
  ]);
  if (fields.seq % CHECKPOINT_EVERY === 0n) await sql.exec(CHECKPOINT, [fields.seq.toString(), hash, at]);
  return fields.seq;
}

/** Appends in its own transaction (for outcomes recorded after the mutation rolled back). */
export async function appendAuditStandalone(db: Db, entry: AuditEntry): Promise<bigint> {
  return db.$transaction((tx) => appendAudit(tx, entry));
}

export interface VerifyResult {
  intact: boolean;
  checked: number;
  lastSeq: string | null;
  problem?: { seq: string; kind: 'altered' | 'missing' | 'checkpoint'; message: string };
}

/** Walks the chain in order and names the first altered or missing record. */
export async function verifyAuditChain(db: Db, batch = 5000): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1n;
  let checked = 0;
  const checkpoints = new Map((await db.auditCheckpoint.findMany()).map((c) => [c.seq, c.hash]));
  for (;;) {
    const rows = await db.auditRecord.findMany({ where: { seq: { gte: expectedSeq } }, orderBy: { seq: 'asc' }, take: batch });
    if (rows.length === 0) break;
    for (const r of rows) {
      if (r.seq !== expectedSeq) {
        return { intact: false, checked, lastSeq: String(expectedSeq - 1n), problem: { seq: String(expectedSeq), kind: 'missing', message: `审计记录 #${expectedSeq} 缺失（下一条为 #${r.seq}）` } };
      }
      const { hash, ...fields } = r;
      const recomputed = recordHash({ ...fields, detail: fields.detail ?? null });
      if (r.prevHash !== prevHash) {
        return { intact: false, checked, lastSeq: String(r.seq), problem: { seq: String(r.seq - 1n), kind: 'altered', message: `审计记录 #${r.seq - 1n} 与链不一致（#${r.seq} 记录的前序哈希不匹配）` } };
      }
      if (recomputed !== hash) {
        return { intact: false, checked, lastSeq: String(r.seq), problem: { seq: String(r.seq), kind: 'altered', message: `审计记录 #${r.seq} 已被篡改（哈希不匹配）` } };
      }
      const cp = checkpoints.get(r.seq);
      if (cp !== undefined && cp !== hash) {
        return { intact: false, checked, lastSeq: String(r.seq), problem: { seq: String(r.seq), kind: 'checkpoint', message: `审计记录 #${r.seq} 与检查点不符` } };
      }
      prevHash = hash;
      expectedSeq = r.seq + 1n;
      checked++;
    }
  }
  const lastCheckpoint = [...checkpoints.keys()].sort((a, b) => (a < b ? 1 : -1))[0];
  if (lastCheckpoint !== undefined && lastCheckpoint >= expectedSeq) {
    return { intact: false, checked, lastSeq: String(expectedSeq - 1n), problem: { seq: String(expectedSeq), kind: 'missing', message: `审计记录 #${expectedSeq} 及之后的记录缺失（检查点 #${lastCheckpoint} 存在）` } };
  }
  return { intact: true, checked, lastSeq: checked ? String(expectedSeq - 1n) : null };
}
