// gongkai audit verify: exit 0 when the chain is intact, 1 naming the first bad record.
import { verifyAuditChain } from '@gongkai/kernel';
import type { ServerConfig } from '../../config';
import { createLogger } from '../../runtime/logger';
import { withDatabase } from '../with-database';

export async function auditVerifyCommand(config: ServerConfig): Promise<number> {
  const logger = createLogger(process.env.LOG_LEVEL || 'warn');
  return withDatabase(config, logger, async (db) => {
    const started = Date.now();
    const r = await verifyAuditChain(db);
    const ms = Date.now() - started;
    if (r.intact) {
      console.log(`审计链完整 / audit chain intact: ${r.checked} 条记录 records (last #${r.lastSeq ?? '-'}), ${ms} ms`);
      return 0;
    }
    const p = r.problem!;
    console.log(`审计链已损坏 / audit chain BROKEN after ${r.checked} intact records`);
    console.log(`  首个问题记录 first bad record: #${p.seq} (${p.kind})`);
    console.log(`  ${p.message}`);
    return 1;
  });
}
