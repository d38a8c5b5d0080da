// Web entry of @gongkai/plugin-__ID__: the app (apps/web) lists this module and shows its routes
// and navigation only in divisions where the plugin is enabled.
import { defineWebPlugin } from '@gongkai/kernel/web';
import { PLUGIN_ID, PLUGIN_TITLE } from '../contracts';

export const web = defineWebPlugin({
  id: PLUGIN_ID,
  title: PLUGIN_TITLE,
  routes: [
    { path: '__ID__', area: 'console', load: () => import('./pages/HomePage') },
  ],
  nav: [
    { to: '/console/__ID__', label: PLUGIN_TITLE, area: 'console' },
  ],
});

export default web;
