// Audit append throughput: mutations serialise on the chain's transaction lock, so this is the
// ceiling of audited mutations per second on this machine.
import { appendAudit } from '@gongkai/kernel';
import type { Db } from '@gongkai/db';
import { report } from './stats';

export async function benchAuditAppend(db: Db, total = 5000, concurrency = 8): Promise<void> {
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      next++;
      await db.$transaction((tx) => appendAudit(tx, { actorId: 'bench', actorKind: 'system', action: 'bench.append', divisionCode: '2301', outcome: 'ok', detail: { n: next } }));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const secs = (performance.now() - started) / 1000;
  report('Audit append (one transaction per record, hash chain)', {
    records: total, concurrency, 'records/s': Math.round(total / secs),
  });
}
