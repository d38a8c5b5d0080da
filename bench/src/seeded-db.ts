// A database with `items` seeded catalogue items, cloned from a cached template (template-db.ts)
// so that repeated runs skip seeding. The digest covers the files that decide the seeded rows and
// their tokens; the variant is the item count.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, seedDivisions } from '@gongkai/db';
import { seedCatalogueForBench } from '@gongkai/kernel';
import { templateDatabase, type SeededDatabase } from './template-db';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Sources whose change alters the seeded rows (segmentation, filter tokens, the seed itself). */
const SEED_SOURCES = ['bench-seed.ts', 'segment.ts', 'filter-tokens.ts', 'index-no.ts'].map((f) => path.join(root, 'packages/kernel/src/catalogue', f));

async function seedInto(url: string, items: number): Promise<void> {
  const db = createDb(url, { max: 2 });
  try {
    await seedDivisions(db);
    await seedCatalogueForBench(db, items);
    // Merge the GIN pending list and set the visibility map, as a long-running catalogue would have.
    await db.$executeRawUnsafe('VACUUM ANALYZE kernel_catalogue_item');
  } finally {
    await db.$disconnect();
  }
}

export type { SeededDatabase };

/**
 * A fresh database holding the Heilongjiang divisions and `items` published catalogue items
 * (VACUUM ANALYZE done). `seedSeconds` is null when a cached template was cloned.
 */
export function seededDatabase(items: number): Promise<SeededDatabase> {
  return templateDatabase({ prefix: 'gongkai_bench_', sources: SEED_SOURCES, variant: String(items), seed: (url) => seedInto(url, items) });
}
