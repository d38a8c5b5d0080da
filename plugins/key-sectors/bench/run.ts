// pnpm --filter @gongkai/plugin-key-sectors bench  (ROWS=… to change the import size)
import { benchImport } from './import-readings';

const which = process.argv[2] ?? 'all';
if (which === 'all' || which === 'import') await benchImport();
if (which === 'all' || which === 'matrix') await (await import('./compliance-matrix')).benchMatrix();
process.exit(0);
