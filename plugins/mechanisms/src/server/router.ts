// The plugin's tRPC router: one sub-router per area.
import { router } from '@gongkai/kernel';
import { requestsRouter } from './procedures/requests';

export const mechanismsRouter = router({
  requests: requestsRouter,
});
export type MechanismsRouter = typeof mechanismsRouter;
