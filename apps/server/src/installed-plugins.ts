// The plugins installed in this deployment, in no particular order (the kernel sorts them by
// their `requires`). This list is the only place that names plugin packages on the server side.
//
// To add a plugin:
//   1. add its package to apps/server/package.json:   "@gongkai/plugin-<id>": "workspace:*"
//   2. import its definition here and add it to the array:
//        import waterQuality from '@gongkai/plugin-water-quality/server';
//        export const installedPlugins = [waterQuality] as const;
//   3. add its web module to apps/web/src/plugins.ts, run `pnpm install`, then
//      `pnpm gongkai migrate` (its tables come with the one migration history).
// Installing a plugin never switches it on: enablement is per division, in the console.
import type { AnyPlugin } from '@gongkai/kernel';
import { keySectorsPlugin as keySectors } from '@gongkai/plugin-key-sectors/server';
import { mechanismsPlugin as mechanisms } from '@gongkai/plugin-mechanisms/server';
import { sectorWaterSupplyPlugin as sectorWaterSupply } from '@gongkai/plugin-sector-water-supply/server';

export const installedPlugins = [keySectors, sectorWaterSupply, mechanisms] as const satisfies readonly AnyPlugin[];
