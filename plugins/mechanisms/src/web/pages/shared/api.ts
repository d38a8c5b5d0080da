// The plugin's typed client (its own tRPC sub-router) and the kernel client, for the web pages.
// Only types come from the server code; nothing of it is bundled into the browser.
import { createPluginClient, getApiClient } from '@gongkai/ui';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { MechanismsRouter } from '../../../server/router';

export const api = createPluginClient<MechanismsRouter>('mechanisms');
/** Kernel procedures (divisions, organisations, calendar, catalogue topics, the session). */
export const kernelApi = getApiClient();

export type Outputs = inferRouterOutputs<MechanismsRouter>;
export type Inputs = inferRouterInputs<MechanismsRouter>;
