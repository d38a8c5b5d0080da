// Benchmark: import of 100,000 hourly air-quality readings through the real import procedure
// (parse → validate every row → duplicate check → createMany), on a fresh PostgreSQL database.
// Prints rows per second; target ≥ 5,000 rows/s. Not a test.
import { createTestPlatform } from '@gongkai/testing';
import { keySectorsPlugin } from '../src/server/index';
import { recordTypeOf } from '../src/contracts';
import { checkFile } from '../src/server/import/check';
import { parseCsv } from '../src/server/import/parse';
import { environmentSector } from '../src/server/sectors/environment';

const ROWS = Number(process.env.ROWS ?? 100_000);
const STATIONS = 10;

function csv(): string {
  const lines = ['stationCode,hour,pm25,pm10,o3,so2,no2,co'];
  const start = Date.UTC(2025, 0, 1) / 3_600_000;
  for (let i = 0; i < ROWS; i++) {
    const station = `ST${String(i % STATIONS).padStart(2, '0')}`;
    const hour = new Date((start + Math.floor(i / STATIONS)) * 3_600_000).toISOString().slice(0, 13);
    lines.push(`${station},${hour},${20 + (i % 80)},${40 + (i % 120)},${30 + (i % 150)},${5 + (i % 20)},${20 + (i % 60)},${(0.4 + (i % 10) / 10).toFixed(1)}`);
  }
  return lines.join('\n');
}

export async function benchImport(): Promise<void> {
  const p = await createTestPlatform({ plugins: [keySectorsPlugin] });
  try {
    await p.setPlugin('23', 'key-sectors', true);
    const { caller } = await p.createUser({ roles: ['key-sectors.editor'], divisionCode: '230108' });
    const content = csv();
    const c0 = performance.now();
    const checked = checkFile(recordTypeOf(environmentSector, 'reading')!, parseCsv(content));
    const cms = performance.now() - c0;
    console.log(`import: parse + validate only (no database): ${checked.recordCount.toLocaleString('en')} rows in ${(cms / 1000).toFixed(2)} s → ${Math.round(checked.recordCount / (cms / 1000)).toLocaleString('en')} rows/s`);
    const t0 = performance.now();
    const r = await caller.keySectors.imports.run({ divisionCode: '230108', sector: 'environment', recordType: 'reading', format: 'csv', fileName: 'bench.csv', content, publish: true });
    const ms = performance.now() - t0;
    const stored = await p.db.keySectorsRecord.count({ where: { importId: r.importId } });
    console.log(`load average at the end: ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')} (figures are only meaningful on an idle machine)`);
    console.log(`import: ${r.recordCount.toLocaleString('en')} readings (${(content.length / 1e6).toFixed(1)} MB CSV) in ${(ms / 1000).toFixed(2)} s → ${Math.round(r.recordCount / (ms / 1000)).toLocaleString('en')} rows/s (target ≥ 5,000); stored ${stored.toLocaleString('en')}`);
  } finally {
    await p.close();
  }
}
