// The application router: kernel routers plus one lazily loaded router per installed plugin.
// The web app imports only the type: `import type { AppRouter } from '@gongkai/server/router'`.
import { createAppRouter } from '@gongkai/kernel';
import { installedPlugins } from './installed-plugins';

export const appRouter = createAppRouter(installedPlugins);
export type AppRouter = typeof appRouter;
