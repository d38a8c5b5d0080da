// Benchmark: the compliance matrix for the whole province — the province, 13 prefecture-level
// units and 126 counties × every requirement of the 9 sectors — through the real procedure.
// Seeds about 70% of the cells with published records (some late), plus 200,000 hourly readings
// so the fact query runs over a realistic volume. Prints the time; target under 1 s. Not a test.
import { createTestPlatform } from '@gongkai/testing';
import { keySectorsPlugin } from '../src/server/index';
import { builtinSectors } from '../src/server/sectors';
import { levelOfDivision } from '../src/contracts';

const YEAR = 2025;

export async function benchMatrix(): Promise<void> {
  const p = await createTestPlatform({ plugins: [keySectorsPlugin] });
  try {
    await p.setPlugin('23', 'key-sectors', true);
    const divisions = await p.db.division.findMany({ where: { code: { startsWith: '23' }, level: { in: ['province', 'prefecture', 'county'] }, active: true }, select: { code: true } });
    const counts = { province: 0, prefecture: 0, county: 0 };
    for (const d of divisions) counts[levelOfDivision(d.code)!]++;
    // Requirement records: the indexed columns the matrix reads (data is not read by the matrix).
    const rows: unknown[] = [];
    let n = 0;
    for (const d of divisions) {
      const level = levelOfDivision(d.code)!;
      for (const s of builtinSectors) {
        for (const r of s.requirements) {
          if (!r.levels.includes(level) || (n++ % 10) >= 7) continue;
          const event = r.due.kind === 'afterEvent' ? r.due.latestEvent(YEAR) : `${YEAR}-01-15`;
          const late = n % 13 === 0;
          rows.push({ division_code: d.code, sector: s.id, record_type: r.recordType, category: r.categories?.[0] ?? r.appliesWhen?.categories[0] ?? null, event_date: event, published: late ? `${YEAR + 1}-12-20` : event });
        }
      }
    }
    await p.db.$executeRawUnsafe(`INSERT INTO key_sectors_record (id, division_code, sector, record_type, title, year, category, event_date, status, published_at, data, search_keys, updated_at)
      SELECT md5(random()::text || t.division_code || t.record_type), t.division_code, t.sector, t.record_type, '基准记录', ${YEAR}, t.category, t.event_date::date, 'published', t.published::timestamp, '{}', '{}', now()
      FROM jsonb_to_recordset($1::jsonb) AS t(division_code text, sector text, record_type text, category text, event_date text, published text)`, JSON.stringify(rows));
    // 200,000 hourly readings over 20 counties.
    const counties = divisions.filter((d) => d.code.length === 6).slice(0, 20).map((d) => d.code);
    await p.db.$executeRawUnsafe(`INSERT INTO key_sectors_record (id, division_code, sector, record_type, title, year, period, subject_key, natural_key, status, published_at, data, search_keys, updated_at)
      SELECT md5(c || '-' || g), c, 'environment', 'reading', '基准读数', ${YEAR}, to_char(timestamp '${YEAR}-01-01' + g * interval '1 hour', 'YYYY-MM-DD"T"HH24'), 'ST', 'ST@' || g,
        'published', timestamp '${YEAR}-01-01' + g * interval '1 hour', '{"stationCode":"ST"}', '{}', now()
      FROM unnest($1::text[]) AS c, generate_series(0, 9999) AS g`, counties);
    await p.db.$executeRawUnsafe('ANALYZE key_sectors_record');
    const total = await p.db.keySectorsRecord.count();
    const { caller } = await p.createUser({ roles: ['key-sectors.supervisor'], divisionCode: '23' });
    const times: number[] = [];
    let cells = 0;
    for (let i = 0; i < 6; i++) {
      const t0 = performance.now();
      const m = await caller.keySectors.compliance.matrix({ divisionCode: '23', year: YEAR, rows: 'subtree' });
      times.push(performance.now() - t0);
      cells = m.rows.reduce((s, r) => s + Object.keys(r.cells).length, 0);
    }
    const requirements = builtinSectors.reduce((s, x) => s + x.requirements.length, 0);
    const warm = times.slice(1).sort((a, b) => a - b);
    console.log(`matrix: ${counts.province} province + ${counts.prefecture} prefecture-level units + ${counts.county} counties × ${requirements} requirements of ${builtinSectors.length} sectors = ${cells.toLocaleString('en')} cells over ${total.toLocaleString('en')} records`);
    console.log(`matrix: first call ${times[0]!.toFixed(0)} ms, warm median ${warm[Math.floor(warm.length / 2)]!.toFixed(0)} ms (target < 1000 ms); load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  } finally {
    await p.close();
  }
}
