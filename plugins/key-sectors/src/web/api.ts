// The typed client of this plugin's own router (through the app's shared tRPC client).
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { createPluginClient, useDivision } from '@gongkai/ui';
import type { KeySectorsRouter } from '../server/router';

export const ks = createPluginClient<KeySectorsRouter>('keySectors');
export type Out = inferRouterOutputs<KeySectorsRouter>;
export type In = inferRouterInputs<KeySectorsRouter>;
export type SectorInfo = Out['sectors']['list'][number];
export type RecordTypeInfo = SectorInfo['recordTypes'][number];
export type RecordItem = Out['records']['list']['items'][number];

/** The division the page is about: the chosen one, else the province. */
export function useDivisionCode(): string {
  return useDivision().code ?? '23';
}

export const statusLabel = { draft: '草稿', published: '已发布', withdrawn: '已撤回' } as const;
