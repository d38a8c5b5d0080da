// The web modules of the installed plugins: the browser-side twin of
// apps/server/src/installed-plugins.ts. Each entry is the default export of a plugin's `./web`
// (`defineWebPlugin` from @gongkai/kernel/web). The app shows a plugin's routes, navigation
// entries and slot fillers only where `plugins.enabledFor({ divisionCode })` lists it.
//
// To add a plugin:
//   1. add "@gongkai/plugin-<id>": "workspace:*" to apps/web/package.json;
//   2. import its web module here and add it to the array:
//        import waterQuality from '@gongkai/plugin-water-quality/web';
//        export const installedWebPlugins = [waterQuality];
// Never import a plugin's `./server` here (the lint config refuses it).
import type { WebPlugin } from '@gongkai/kernel/web';
import keySectorsWeb from '@gongkai/plugin-key-sectors/web';
import mechanismsWeb from '@gongkai/plugin-mechanisms/web';
import sectorWaterSupplyWeb from '@gongkai/plugin-sector-water-supply/web';

export const installedWebPlugins: readonly WebPlugin[] = [keySectorsWeb, sectorWaterSupplyWeb, mechanismsWeb];
