// The plugin's tRPC router: one sub-router per area.
import { router } from '@gongkai/kernel';
import { requestsRouter } from './procedures/requests';
import { reportsRouter } from './procedures/reports';

export const mechanismsRouter = router({
  requests: requestsRouter,
  reports: reportsRouter,
});
export type MechanismsRouter = typeof mechanismsRouter;
