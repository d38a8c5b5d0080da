import { mergeRouters, router } from '../trpc/init';
import { authRouter } from './auth';
import { accountRouter } from './account';
import { organizationsRouter } from './organizations';
import { usersRouter } from './users';
import { rolesRouter } from './roles';
import { permissionsRouter } from './permissions';
import { sessionsRouter } from './sessions';
import { apiTokensRouter } from './api-tokens';
import { pluginsRouter } from './plugins';
import { auditRouter } from './audit';
import { catalogueRouter } from './catalogue';
import { divisionsRouter } from './divisions';
import { metricsRouter } from './metrics';
import { calendarRouter } from './calendar';

/** Kernel routers, merged at the root of the app router next to one router per plugin. */
export const kernelRouters = {
  auth: mergeRouters(authRouter, accountRouter),
  organizations: organizationsRouter,
  users: usersRouter,
  roles: rolesRouter,
  permissions: permissionsRouter,
  sessions: sessionsRouter,
  apiTokens: apiTokensRouter,
  plugins: pluginsRouter,
  audit: auditRouter,
  catalogue: catalogueRouter,
  divisions: divisionsRouter,
  metrics: metricsRouter,
  calendar: calendarRouter,
};

export const kernelRouter = router(kernelRouters);
