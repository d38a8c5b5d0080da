import { router } from '@gongkai/kernel';
import { aqiRouter } from './aqi';
import { chartsRouter } from './charts';
import { complianceRouter } from './compliance';
import { importsRouter } from './imports';
import { openRouter } from './open';
import { recordsRouter } from './records';
import { sectorsRouter } from './sectors';

export const keySectorsRouter = router({
  sectors: sectorsRouter,
  records: recordsRouter,
  charts: chartsRouter,
  aqi: aqiRouter,
  compliance: complianceRouter,
  imports: importsRouter,
  open: openRouter,
});

export type KeySectorsRouter = typeof keySectorsRouter;
