// The app's one tRPC client, typed with the full AppRouter (kernel + installed plugins). It is also
// registered as @gongkai/ui's shared client, which plugin web modules reach through
// `createPluginClient`.
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@gongkai/server/router';
import { createApiClient } from '@gongkai/ui';

export const api = createApiClient<AppRouter>();

export type Outputs = inferRouterOutputs<AppRouter>;
export type Inputs = inferRouterInputs<AppRouter>;
