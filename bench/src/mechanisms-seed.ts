// Seeds information requests (依申请公开) for the mechanisms benchmarks in bulk: `open` open
// requests spread over the Heilongjiang divisions as a busy province would hold them on TODAY, and
// `closed` closed ones of the last two years. Rows are written with unnest() batches, not through
// the procedures, but with the ledger the procedures would write (received event, extension,
// 补正 notice, consultations, fee notices, kernel deadlines), and due dates from the kernel calendar,
// so that the sweep's clock re-computation finds them consistent.
//
// Open requests (of `open`):            received         clock
//   78% running                          0–27 days ago (90%) or 28–60 (10%: overdue)
//    5% of those with a 协办 sub-task     sent the day after receipt, due in 10 working days
//    6% extended by 20 working days      25–55 days ago   due after 40 working days
//    4% consulting a third party         0–40 days ago    paused (excluded days up to today)
//    3% awaiting the applicant's 补正     0–20 days ago    no due date
//    1% fee notice unpaid                0–40 days ago    paused; pay-by past → closed by the sweep
//
// The 补正-notice stage (条例第三十条: one notice within 7 working days of receipt, else staff
// record "无需补正") of the open requests not awaiting a 补正 is decided as offices decide it:
//   window already passed (received > 7 working days ago): 95% decided ("无需补正" recorded 1–6
//     working days after receipt), 5% never decided → genuinely overdue at the first sweep;
//   window still open: 50% decided (1–6 working days after receipt, not after TODAY), the rest open
//     and reminded as their deadline nears.
// (Unpaid-fee requests whose stage is undecided count as moved on at their fee notice.)
import { createHash } from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import { createDb, seedDivisions } from '@gongkai/db';
import { Kernel, fixedClock, seededRandom, testConfig } from '@gongkai/kernel';
import { mechanismsPlugin } from '@gongkai/plugin-mechanisms/server';
// The plugin's own clock code, so the seeded rows carry exactly what createRequest would store
// (the 补正-notice stage and its kernel deadline included); a benchmark may reach past the entry.
import { syncClocks } from '../../plugins/mechanisms/src/server/services/clock-sync';

/** The day the seeded province is looked at (a Wednesday; 10:00 in China). */
export const TODAY = '2026-11-25';
export const NOW = `${TODAY}T02:00:00Z`;
/** Citizens (public accounts) created for the submission benchmark: `bench-citizen-<n>`. */
export const CITIZENS = 32;
export const citizenName = (n: number) => `bench-citizen-${n}`;

/** The 补正-notice period of the 2019 rules, and the share of open requests whose stage is decided. */
const CORRECTION_NOTICE_DAYS = 7;
export const DECIDED_AFTER_WINDOW = 0.95;
export const DECIDED_WITHIN_WINDOW = 0.5;
const RULE_2019 = { id: 'ogi-2019', reply: 20, label: '《中华人民共和国政府信息公开条例》（2019年修订）' };
const RECEIPT_RULE = '申请人通过互联网渠道提交申请的，以双方确认之日为收到申请之日';


const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const B36 = '0123456789abcdefghijklmnopqrstuvwxyz';
const CHECK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

interface Org { id: string; divisionCode: string; weight: number }
type Cal = Awaited<ReturnType<Kernel['calendar']['snapshot']>>;

/** Rows of one table, column by column, flushed with `INSERT … SELECT * FROM unnest(…)`. */
class Batch {
  private rows: unknown[][] = [];
  /** Batches of rows referencing this table's rows: flushed right after it. */
  readonly dependents: Batch[] = [];
  constructor(private readonly client: pg.Client, private readonly table: string, private readonly cols: [string, string][], private readonly size = 5000) {}
  async add(...values: unknown[]): Promise<void> {
    this.rows.push(values);
    if (this.rows.length >= this.size) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    const arrays = this.cols.map((_, i) => this.rows.map((r) => r[i]));
    const names = this.cols.map(([c]) => `"${c}"`).join(', ');
    // JSON goes as text and is cast per row (unnest of a jsonb[] parameter would need array literals).
    const params = this.cols.map(([, t], i) => `$${i + 1}::${t === 'jsonb' ? 'text' : t}[]`).join(', ');
    const casts = this.cols.map(([c, t]) => (t === 'jsonb' ? `"${c}"::jsonb` : `"${c}"`)).join(', ');
    await this.client.query(`INSERT INTO ${this.table} (${names}) SELECT ${casts} FROM unnest(${params}) AS u(${names})`, arrays);
    this.rows = [];
    for (const d of this.dependents) await d.flush();
  }
}

export interface SeedCounts { open: number; closed: number }

export async function seedRequestsForBench(url: string, counts: SeedCounts): Promise<void> {
  const db = createDb(url, { max: 2 });
  await seedDivisions(db);
  const kernel = await Kernel.boot({ db, clock: fixedClock(NOW), plugins: [mechanismsPlugin], config: testConfig(), logger: pino({ level: 'silent' }) });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await db.pluginEnablement.create({ data: { divisionCode: '23', pluginId: 'mechanisms', enabled: true, settings: {} } });
    for (let n = 1; n <= CITIZENS; n++) {
      await kernel.identity.createUser(db, { kind: 'public', username: citizenName(n), displayName: `市民${n}`, password: 'bench-password-1' });
    }
    const orgs = await seedOrganizations(db);
    await seedRequests(client, await kernel.calendar.snapshot(), orgs, counts);
    await storeClocks(kernel, db);
    for (const t of ['mechanisms_request', 'mechanisms_request_event', 'mechanisms_subtask', 'mechanisms_fee', 'kernel_deadline', 'kernel_organization']) {
      await client.query(`VACUUM ANALYZE ${t}`);
    }
  } finally {
    await client.end();
    await kernel.close();
    await db.$disconnect();
  }
}

/**
 * Every request's stored clock and 补正-notice stage as the plugin computes them when a request is
 * received, so that the first sweep meets the state a running province has (its figures are then
 * the sweep's work, not a one-time fill-in of columns the bulk rows left empty).
 */
async function storeClocks(kernel: Kernel, db: ReturnType<typeof createDb>): Promise<void> {
  const ids = (await db.mechanismsRequest.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((r) => r.id);
  for (let i = 0; i < ids.length; i += 500) {
    await db.$transaction(async (tx) => { await syncClocks(kernel.pluginContext('mechanisms', tx) as Parameters<typeof syncClocks>[0], ids.slice(i, i + 500)); }, { timeout: 300_000 });
  }
}

/** Four organisations per province or city, two per county. */
async function seedOrganizations(db: ReturnType<typeof createDb>): Promise<Org[]> {
  const divisions = await db.division.findMany({ select: { code: true, name: true } });
  const names = ['人民政府办公室', '财政局', '自然资源局', '住房和城乡建设局'];
  const data = divisions.flatMap((d) => names.slice(0, d.code.length <= 4 ? 4 : 2).map((n, i) => ({ divisionCode: d.code, code: `ORG${d.code}${i}`, name: `${d.name}${n}` })));
  await db.organization.createMany({ data });
  const rows = await db.organization.findMany({ select: { id: true, divisionCode: true } });
  return rows.map((o) => ({ ...o, weight: o.divisionCode.length === 2 ? 3 : o.divisionCode.length === 4 ? 2 : 1 }));
}

async function seedRequests(client: pg.Client, cal: Cal, orgs: Org[], counts: SeedCounts): Promise<void> {
  const rand = seededRandom(20261125);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const cuid = () => { let s = 'c'; for (let i = 0; i < 24; i++) s += B36[Math.floor(rand() * 36)]; return s; };
  const weighted = orgs.flatMap((o) => Array<Org>(o.weight).fill(o));
  const byDivision = new Map<string, Org[]>();
  for (const o of orgs) byDivision.set(o.divisionCode, [...(byDivision.get(o.divisionCode) ?? []), o]);
  const due = new Map<string, ReturnType<Cal['addWorkingDays']>>();
  const dueOf = (start: string, days: number) => {
    const k = `${start}+${days}`;
    let d = due.get(k);
    if (!d) due.set(k, (d = cal.addWorkingDays(start, days, 0)));
    return d;
  };
  const wdBetween = (a: string, b: string) => (b <= a ? 0 : cal.workingDaysBetween(a, b).days);
  const counters = new Map<string, number>();
  // Prisma keeps timestamps in UTC in `timestamp(3)` columns.
  const at = (day: string) => `${day} 02:00:00`;

  const requests = new Batch(client, 'mechanisms_request', [
    ['id', 'text'], ['number', 'text'], ['division_code', 'text'], ['organization_id', 'text'], ['channel', 'text'], ['received_on', 'date'],
    ['receipt_rule', 'text'], ['rule_set', 'text'], ['applicant_type', 'text'], ['applicant_name', 'text'], ['id_doc_type', 'text'],
    ['id_doc_number', 'text'], ['applicant_key', 'text'], ['contact_phone', 'text'], ['description', 'text'], ['delivery_form', 'text'],
    ['delivery_method', 'text'], ['status', 'text'], ['clock_start', 'date'], ['due_date', 'date'], ['provisional', 'bool'], ['paused', 'bool'],
    ['extension_days', 'int4'], ['excluded_days', 'int4'], ['clock_steps', 'jsonb'], ['outcome_code', 'text'], ['closed_on', 'date'],
    ['working_days_taken', 'int4'], ['on_time', 'bool'], ['created_at', 'timestamp'], ['updated_at', 'timestamp'],
  ]);
  const events = new Batch(client, 'mechanisms_request_event', [
    ['id', 'text'], ['request_id', 'text'], ['division_code', 'text'], ['kind', 'text'], ['on', 'date'], ['at', 'timestamp'],
    ['actor_name', 'text'], ['public', 'bool'], ['note', 'text'], ['data', 'jsonb'],
  ], Infinity);
  const subtasks = new Batch(client, 'mechanisms_subtask', [
    ['id', 'text'], ['request_id', 'text'], ['division_code', 'text'], ['request_division_code', 'text'], ['target_organization_id', 'text'],
    ['third_party_name', 'text'], ['kind', 'text'], ['question', 'text'], ['sent_on', 'date'], ['due_date', 'date'], ['created_at', 'timestamp'],
  ], Infinity);
  const fees = new Batch(client, 'mechanisms_fee', [
    ['id', 'text'], ['request_id', 'text'], ['division_code', 'text'], ['method', 'text'], ['units', 'int4'], ['amount', 'int4'],
    ['explanation', 'text'], ['notice_on', 'date'], ['pay_by', 'date'], ['created_at', 'timestamp'],
  ], Infinity);
  const deadlines = new Batch(client, 'kernel_deadline', [
    ['id', 'text'], ['plugin_id', 'text'], ['division_code', 'text'], ['subject_type', 'text'], ['subject_id', 'text'], ['kind', 'text'],
    ['start_date', 'date'], ['working_days', 'int4'], ['paused_days', 'int4'], ['due_date', 'date'], ['provisional', 'bool'],
    ['explanation', 'jsonb'], ['status', 'kernel_deadline_status'], ['created_at', 'timestamp'], ['updated_at', 'timestamp'],
  ]);
  requests.dependents.push(events, subtasks, fees);
  const deadline = (o: Org, subjectType: string, subjectId: string, kind: string, start: string, days: number, paused: number, status: string) => {
    const d = dueOf(start, days + paused);
    return deadlines.add(cuid(), 'mechanisms', o.divisionCode, subjectType, subjectId, kind, start, days, paused, d.dueDate, d.provisional,
      JSON.stringify(d.explanation), status, at(start), at(TODAY));
  };

  const total = counts.open + counts.closed;
  for (let i = 0; i < total; i++) {
    const open = i < counts.open;
    const org = pick(weighted);
    const u = rand();
    // The profile decides the receipt date and the ledger.
    const profile = !open ? 'closed' : u < 0.78 ? 'running' : u < 0.84 ? 'extended' : u < 0.88 ? 'third-party' : u < 0.91 ? 'correction' : u < 0.92 ? 'fee' : 'running';
    const ago = profile === 'closed' ? 60 + Math.floor(rand() * 640)
      : profile === 'running' ? (rand() < 0.9 ? Math.floor(rand() * 28) : 28 + Math.floor(rand() * 33))
      : profile === 'extended' ? 25 + Math.floor(rand() * 31)
      : profile === 'correction' ? Math.floor(rand() * 21)
      : Math.floor(rand() * 41);
    const received = addDays(TODAY, -ago);
    const year = Number(received.slice(0, 4));
    const ck = `${org.divisionCode}:${year}`;
    const seq = (counters.get(ck) ?? 0) + 1;
    counters.set(ck, seq);
    let check = '';
    for (let k = 0; k < 4; k++) check += CHECK[Math.floor(rand() * 32)];
    const id = cuid();
    const number = `${org.divisionCode}-${year}-${String(seq).padStart(6, '0')}-${check}`;
    const idNo = `2301${String(1950 + Math.floor(rand() * 55))}${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}15${String(i % 10000).padStart(4, '0')}`;
    const applicantKey = createHash('sha256').update(`person:${idNo}`).digest('hex');

    let status = 'processing';
    let extension = 0;
    let excluded = 0;
    let paused = false;
    let dueDate: string | null;
    let clockStart = received;
    const ev: [string, string, string | null, boolean, string | null, object][] = [['received', received, null, true, RECEIPT_RULE, { channel: 'online' }]];
    if (profile === 'extended') {
      extension = 20;
      ev.push(['extension-approved', addDays(received, 18), '王主任', false, '需要协调多个部门', { days: 20, approverName: '王主任' }]);
    } else if (profile === 'correction') {
      status = 'awaiting-correction';
      ev.push(['correction-requested', addDays(received, Math.min(ago, 3)), '办理人', true, '请明确所需信息的时间范围', {}]);
    } else if (profile === 'third-party' || profile === 'fee') {
      paused = true;
      const from = addDays(received, Math.min(ago, profile === 'fee' ? 5 : 2));
      excluded = wdBetween(from, TODAY);
      if (profile === 'third-party') {
        const sid = cuid();
        await subtasks.add(sid, id, org.divisionCode, org.divisionCode, null, '某某建设有限公司', 'third-party', '申请公开的信息涉及贵单位商业秘密，是否同意公开', from, dueOf(from, 15).dueDate, at(from));
        ev.push(['subtask-sent', from, '办理人', true, '征求第三方意见', { subtaskId: sid }]);
      } else {
        status = 'awaiting-fee';
        await fees.add(cuid(), id, org.divisionCode, 'by-volume', 101, 720, '101页，超过100页的部分按件计收', from, dueOf(from, 20).dueDate, at(from));
        ev.push(['fee-notice', from, '办理人', true, '信息处理费720元', {}]);
      }
    }
    if (profile !== 'correction' && profile !== 'closed') {
      // The 补正-notice stage decided as described at the top (the mix is printed by the bench).
      const windowPassed = dueOf(received, CORRECTION_NOTICE_DAYS).dueDate < TODAY;
      const decide = rand() < (windowPassed ? DECIDED_AFTER_WINDOW : DECIDED_WITHIN_WINDOW);
      const on = dueOf(received, 1 + Math.floor(rand() * 6)).dueDate;
      if (decide && on <= TODAY) ev.push(['correction-not-needed', on, '办理人', true, '经审查申请内容明确，无需补正', {}]);
    }
    if (profile === 'correction') dueDate = null;
    else dueDate = dueOf(clockStart, RULE_2019.reply + extension + excluded).dueDate;
    const d = dueDate ? dueOf(clockStart, RULE_2019.reply + extension + excluded) : null;
    const steps = [
      { label: '适用规则', detail: RULE_2019.label },
      { label: '收到申请', detail: `${received}（收到申请之日不计入期限，自次日起算）` },
      { label: '答复期限', detail: `${RULE_2019.reply}个工作日（《条例》第三十三条）` },
      ...(d ? [{ label: '答复截止日', detail: `${clockStart}后第${RULE_2019.reply + extension + excluded}个工作日：${d.dueDate}` }, { label: '工作日计算', detail: d.explanation.text }] : []),
    ];
    if (profile === 'running' && rand() < 0.05 && (byDivision.get(org.divisionCode)?.length ?? 0) > 1) {
      const target = byDivision.get(org.divisionCode)!.find((o) => o.id !== org.id)!;
      const sent = addDays(received, Math.min(ago, 1));
      const sid = cuid();
      await subtasks.add(sid, id, target.divisionCode, org.divisionCode, target.id, null, 'coordination', '请提供相关资金安排情况', sent, dueOf(sent, 10).dueDate, at(sent));
      await deadline(target, 'subtask', sid, 'answer', sent, 10, 0, 'open');
      ev.push(['subtask-sent', sent, '办理人', true, '协办', { subtaskId: sid }]);
    }
    let closedOn: string | null = null;
    if (profile === 'closed') {
      status = 'closed';
      closedOn = addDays(received, 5 + Math.floor(rand() * 20));
      ev.push(['replied', closedOn, '办理人', true, '予以公开', { outcomeCode: 'disclose' }]);
    }
    await requests.add(
      id, number, org.divisionCode, org.id, 'online', received, RECEIPT_RULE, RULE_2019.id, 'natural', `申请人${i}`, 'id-card', idNo, applicantKey,
      '13800000000', `${received.slice(0, 4)}年度${pick(['道路维修', '供热补贴', '征地补偿', '财政预算', '棚户区改造', '义务教育经费'])}相关信息`,
      'electronic', 'online', status, clockStart, dueDate, d?.provisional ?? false, paused, extension, excluded, JSON.stringify(steps),
      closedOn ? 'disclose' : null, closedOn, closedOn ? wdBetween(received, closedOn) : null, closedOn ? closedOn <= dueDate! : null, at(received), at(closedOn ?? TODAY),
    );
    for (const [kind, on, actor, pub, note, data] of ev) await events.add(cuid(), id, org.divisionCode, kind, on, at(on), actor, pub, note, JSON.stringify(data));
    if (profile !== 'correction') await deadline(org, 'request', id, 'reply', clockStart, RULE_2019.reply + extension, excluded, profile === 'closed' ? 'met' : 'open');
  }
  await requests.flush();
  await deadlines.flush();
  const counterRows = [...counters].map(([k, v]) => { const [d, y] = k.split(':'); return [d!, Number(y), v] as const; });
  await client.query(`INSERT INTO mechanisms_counter (division_code, kind, year, last_value) SELECT d, 'request', y, v FROM unnest($1::text[], $2::int[], $3::int[]) AS u(d, y, v)`,
    [counterRows.map((r) => r[0]), counterRows.map((r) => r[1]), counterRows.map((r) => r[2])]);
}
