// Information requests (issue 3): online submissions per second through the real `requests.submit`
// procedure (audit record and outbox event in its transaction), and the deadline sweep over the
// seeded open requests (target: ≥ 300 submissions/s, sweep < 5 s). Figures, not timed tests.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixedClock, verifyAuditChain } from '@gongkai/kernel';
import { mechanismsPlatform, type MechanismsPlatform } from './mechanisms-platform';
import { CITIZENS, DECIDED_AFTER_WINDOW, DECIDED_WITHIN_WINDOW, NOW, TODAY, citizenName, seedRequestsForBench } from './mechanisms-seed';
import { fmt, report, summarise } from './stats';
import { templateDatabase, type SeededDatabase } from './template-db';

const here = path.dirname(fileURLToPath(import.meta.url));
const OPEN = Number(process.env.BENCH_MECH_OPEN ?? 100_000);
const CLOSED = Number(process.env.BENCH_MECH_CLOSED ?? 100_000);
const SUBMISSIONS = Number(process.env.BENCH_MECH_SUBMISSIONS ?? 3000);
const CONCURRENCY = Number(process.env.BENCH_MECH_CONCURRENCY ?? 24);
const SUBMIT_TARGET = 300;
const SWEEP_TARGET_S = 5;
/** 10:00 in China on the working day after TODAY (a Thursday). */
const NEXT_WORKING_DAY = '2026-11-26T02:00:00Z';

const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' / ');

function requestsDatabase(): Promise<SeededDatabase> {
  return templateDatabase({
    prefix: 'gongkai_mech_bench_',
    sources: [path.join(here, 'mechanisms-seed.ts')],
    variant: `${OPEN}_${CLOSED}`,
    seed: (url) => seedRequestsForBench(url, { open: OPEN, closed: CLOSED }),
  });
}

const counts = async (p: MechanismsPlatform) => ({
  requests: await p.db.mechanismsRequest.count(),
  audit: await p.db.auditRecord.count({ where: { action: 'mechanisms.requests.submit', outcome: 'ok' } }),
  outbox: await p.db.outboxEvent.count({ where: { type: 'mechanisms.request.received' } }),
});

/** `total` online applications by the seeded citizens, `concurrency` in flight, spread over every organisation. */
async function submissions(p: MechanismsPlatform, total: number, concurrency: number) {
  const principals = await Promise.all(Array.from({ length: CITIZENS }, (_, i) => p.principal(citizenName(i + 1))));
  const orgs = await p.db.organization.findMany({ select: { id: true, divisionCode: true }, orderBy: { id: 'asc' } });
  const input = (n: number) => {
    const org = orgs[(n * 7919) % orgs.length]!;
    return {
      divisionCode: org.divisionCode, organizationId: org.id, applicantType: 'natural' as const, applicantName: `市民${n % CITIZENS}`,
      idDocType: 'id-card' as const, idDocNumber: `23010219900101${String(n % 10000).padStart(4, '0')}`, contactPhone: '13800000000',
      description: `2026年度供热补贴资金发放明细（第${n}号）`, deliveryForm: 'electronic' as const, deliveryMethod: 'online' as const,
    };
  };
  const latencies: number[] = [];
  const errors: string[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < total) {
      const n = next++;
      const s = performance.now();
      try {
        await p.as(principals[n % principals.length]!).mechanisms.requests.submit(input(n));
        latencies.push(performance.now() - s);
      } catch (err) {
        errors.push((err as Error).message);
      }
    }
  }));
  return { seconds: (performance.now() - started) / 1000, latencies, errors };
}

async function benchSubmissions(database: SeededDatabase): Promise<void> {
  const p = await mechanismsPlatform(database.url);
  try {
    await submissions(p, 64, 8); // warm-up: code paths, prepared plans, pool
    const before = await counts(p);
    const auditSeqBefore = (await p.db.auditRecord.aggregate({ _max: { seq: true } }))._max.seq ?? 0n;
    p.jobs.length = 0;
    const r = await submissions(p, SUBMISSIONS, CONCURRENCY);
    const loadAvg = load();
    const after = await counts(p);
    const ok = r.latencies.length;
    const s = summarise(r.latencies);
    const checkJobs = p.jobs.filter((j) => j.name === 'mechanisms.check-request');
    const delta = { requests: after.requests - before.requests, audit: after.audit - before.audit, outbox: after.outbox - before.outbox };
    const chain = await verifyAuditChain(p.db);
    const rps = ok / r.seconds;
    report(`Information requests: online submissions through tRPC (requests.submit, ${CONCURRENCY} in flight, pool of 10, ${(OPEN + CLOSED).toLocaleString()} requests already held)`, {
      'submissions (ok / failed)': `${ok} / ${r.errors.length}${r.errors.length ? `  first error: ${r.errors[0]!.slice(0, 120)}` : ''}`,
      'submissions/s': `${Math.round(rps)}  (target ≥ ${SUBMIT_TARGET}: ${rps >= SUBMIT_TARGET ? 'ok' : 'UNDER'})`,
      'latency p50 / p95 / max': `${fmt(s.p50)} / ${fmt(s.p95)} / ${fmt(s.max)}`,
      'rows written: requests / audit / outbox': `${delta.requests} / ${delta.audit} / ${delta.outbox}  ${delta.requests === ok && delta.audit === ok && delta.outbox === ok ? '(each = submissions)' : 'MISMATCH'}`,
      'check-request jobs enqueued': `${checkJobs.length}${checkJobs.length === ok ? ' (= submissions)' : ' MISMATCH'}`,
      'audit chain': chain.intact ? `intact (${chain.checked} records, new ones from #${auditSeqBefore + 1n})` : `BROKEN: ${chain.problem?.message}`,
      'load average (1/5/15 min)': loadAvg,
    });
    // The worker side of the same submissions: each queues a check of the new request's deadlines.
    let next = 0;
    const failed: string[] = [];
    const t0 = performance.now();
    await Promise.all(Array.from({ length: 4 }, async () => {
      while (next < checkJobs.length) {
        const j = checkJobs[next++]!;
        try { await p.kernel.runJob(j.name, j.data, `bench-${next}`); } catch (err) { failed.push((err as Error).message); }
      }
    }));
    const jobSecs = (performance.now() - t0) / 1000;
    report('Information requests: the check-request jobs of those submissions (worker side, 4 at a time)', {
      'jobs (ok / failed)': `${checkJobs.length - failed.length} / ${failed.length}${failed.length ? `  first error: ${failed[0]!.slice(0, 120)}` : ''}`,
      'jobs/s': Math.round(checkJobs.length / jobSecs),
      'load average (1/5/15 min)': load(),
    });
  } finally {
    await p.close();
  }
}

type SweepResult = Record<string, number>;

interface SweepRun { seconds: number; cpuSeconds: number; result: SweepResult; notices: number; overdueEvents: number }

async function sweepOnce(p: MechanismsPlatform, label: string): Promise<SweepRun> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = (await p.kernel.runJob('mechanisms.sweep-deadlines', { divisionCode: null }, `bench-${label}`)) as SweepResult;
  const cpu = process.cpuUsage(cpu0);
  return {
    seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, result,
    notices: await p.db.mechanismsNotice.count(),
    overdueEvents: await p.db.outboxEvent.count({ where: { type: 'mechanisms.requests.overdue' } }),
  };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** How the seeded open requests stand in their 补正-notice stage on TODAY (what the first sweep meets). */
async function correctionStageMix(p: MechanismsPlatform): Promise<string> {
  const rows = await p.db.$queryRaw<{ passed: boolean; state: string; n: number }[]>`
    SELECT correction_notice_due < ${TODAY}::date AS passed, correction_notice_state AS state, count(*)::int AS n
    FROM mechanisms_request WHERE status <> 'closed' AND correction_notice_state IS NOT NULL GROUP BY 1, 2`;
  const part = (passed: boolean) => {
    const of = rows.filter((r) => r.passed === passed);
    const open = of.find((r) => r.state === 'open')?.n ?? 0;
    const decided = of.filter((r) => r.state !== 'open').map((r) => `${r.state} ${r.n.toLocaleString()}`).join(', ');
    return `${decided}; undecided ${open.toLocaleString()}`;
  };
  return `window passed: ${part(true)} (due an overdue alert); window open: ${part(false)}`;
}

const describe = (r: SweepResult) => Object.entries(r).map(([k, v]) => `${k} ${v}`).join(', ');
const timed = (r: SweepRun) => `${r.seconds.toFixed(2)} s  ${r.seconds < SWEEP_TARGET_S ? 'ok' : 'OVER'}  (this process's CPU ${r.cpuSeconds.toFixed(1)} s)`;

/**
 * The sweep on a clone of the seeded province: the first sweep (no sweep ever ran over these
 * requests: every reminder and overdue alert due so far is raised, the worst case), the same day
 * again (nothing new may be raised), and the first sweep of the next working day (the daily peak
 * once sweeps run: paused clocks move, a day's reminders and overdue alerts). The first sweep is
 * timed in a fresh process (cold) and again on another clone after it (warm).
 */
async function benchSweep(template: () => Promise<SeededDatabase>): Promise<void> {
  const a = await template();
  const clock = fixedClock(NOW);
  const pa = await mechanismsPlatform(a.url, { clock });
  try {
    const open = await pa.db.mechanismsRequest.count({ where: { status: { not: 'closed' } } });
    const stage = await correctionStageMix(pa);
    const cold = await sweepOnce(pa, 'cold');
    const loadCold = load();
    const again = await sweepOnce(pa, 'again');
    const raisedAgain = Object.entries(again.result).filter(([k, v]) => k !== 'resynced' && v !== 0);
    clock.set(NEXT_WORKING_DAY);
    const next = await sweepOnce(pa, 'next');
    const b = await template();
    const pb = await mechanismsPlatform(b.url);
    let warm;
    try { warm = await sweepOnce(pb, 'warm'); } finally { await pb.close(); await b.drop(); }
    report(`Information requests: deadline sweep (sweep-deadlines job) over ${open.toLocaleString()} open requests (target < ${SWEEP_TARGET_S} s)`, {
      [`补正-notice stage of the open requests (seed: ${pct(DECIDED_AFTER_WINDOW)} decided once the 7-working-day window passed, ${pct(DECIDED_WITHIN_WINDOW)} within it)`]: stage,
      [`first sweep on ${TODAY}, cold process`]: timed(cold),
      'first sweep, warm process': `${timed(warm)}${describe(warm.result) === describe(cold.result) ? '' : `  DIFFERENT WORK: ${describe(warm.result)}`}`,
      'what the first sweep did': describe(cold.result),
      'notices / overdue outbox events': `${cold.notices} / ${cold.overdueEvents}`,
      'same day again': timed(again),
      'same day again raised': raisedAgain.length === 0 && again.notices === cold.notices && again.overdueEvents === cold.overdueEvents
        ? `nothing new (paused clocks recomputed: ${again.result.resynced}; they move once per working day)` : `NOT IDEMPOTENT: ${describe(again.result)}, notices ${again.notices}`,
      [`next working day (${NEXT_WORKING_DAY.slice(0, 10)})`]: timed(next),
      'what the next day\'s sweep did': `${describe(next.result)}; notices ${next.notices - again.notices}, overdue outbox events ${next.overdueEvents - again.overdueEvents}`,
      'load average (1/5/15 min)': `${loadCold} (after the first sweep); ${load()} (now)`,
    });
  } finally {
    await pa.close();
    await a.drop();
  }
}

export async function benchMechanisms(): Promise<void> {
  const first = await requestsDatabase();
  report('Seeded information requests', {
    'open / closed': `${OPEN.toLocaleString()} / ${CLOSED.toLocaleString()}`,
    seeding: first.seedSeconds === null ? `cached template ${first.template}` : `${first.seedSeconds.toFixed(1)} s (template ${first.template ?? 'none'} kept for the next run)`,
  });
  try { await benchSubmissions(first); } finally { await first.drop(); }
  await benchSweep(requestsDatabase);
}
