// Seeds the Heilongjiang divisions from the versioned data files in seed-data/ (see its README).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './client';

type Level = 'province' | 'prefecture' | 'county' | 'township';
interface DivisionRow { code: string; name: string; level: Level; parentCode: string | null; pilot?: boolean; statisticalOnly?: boolean }
interface DivisionFile { version: string; divisions: DivisionRow[] }

const seedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'seed-data');

export function readDivisionFile(name: 'divisions-23.json' | 'townships-23.json'): DivisionFile {
  return JSON.parse(fs.readFileSync(path.join(seedDir, name), 'utf8')) as DivisionFile;
}

export interface SeedDivisionsOptions { townships?: boolean }

/** Idempotent: inserts missing divisions and leaves existing rows (and their edits) alone. */
export async function seedDivisions(db: Db, options: SeedDivisionsOptions = {}): Promise<{ inserted: number; total: number }> {
  const rows = [...readDivisionFile('divisions-23.json').divisions];
  if (options.townships) rows.push(...readDivisionFile('townships-23.json').divisions.map((d) => ({ ...d, level: 'township' as const })));
  let inserted = 0;
  // Parents first: the file is ordered province, prefectures, counties, townships; sort by code length to be safe.
  rows.sort((a, b) => a.code.length - b.code.length || a.code.localeCompare(b.code));
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const res = await db.division.createMany({
      data: chunk.map((d) => ({
        code: d.code, name: d.name, level: d.level, parentCode: d.parentCode,
        pilot: d.pilot ?? false, statisticalOnly: d.statisticalOnly ?? false,
      })),
      skipDuplicates: true,
    });
    inserted += res.count;
  }
  return { inserted, total: rows.length };
}
