// The plugin's tRPC router: one sub-router per area.
import { router } from '@gongkai/kernel';
import { requestsRouter } from './procedures/requests';
import { reportsRouter } from './procedures/reports';
import { releasesRouter } from './procedures/releases';
import { opinionRouter } from './procedures/opinion';
import { interpretationRouter } from './procedures/interpretation';
import { sharingRouter } from './procedures/sharing';

export const mechanismsRouter = router({
  requests: requestsRouter,
  reports: reportsRouter,
  releases: releasesRouter,
  opinion: opinionRouter,
  interpretation: interpretationRouter,
  sharing: sharingRouter,
});
export type MechanismsRouter = typeof mechanismsRouter;
