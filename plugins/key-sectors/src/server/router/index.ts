import { router } from '@gongkai/kernel';
import { recordsRouter } from './records';
import { sectorsRouter } from './sectors';

export const keySectorsRouter = router({
  sectors: sectorsRouter,
  records: recordsRouter,
});

export type KeySectorsRouter = typeof keySectorsRouter;
