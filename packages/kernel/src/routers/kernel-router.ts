import { router } from '../trpc/init';
import { authRouter } from './auth';
import { catalogueRouter } from './catalogue';
import { divisionsRouter } from './divisions';
import { metricsRouter } from './metrics';
import { calendarRouter } from './calendar';

/** Kernel routers, merged at the root of the app router next to one router per plugin. */
export const kernelRouters = {
  auth: authRouter,
  catalogue: catalogueRouter,
  divisions: divisionsRouter,
  metrics: metricsRouter,
  calendar: calendarRouter,
};

export const kernelRouter = router(kernelRouters);
