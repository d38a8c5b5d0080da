// Web entry of @gongkai/plugin-__ID__. Key-sectors renders every sector's portal pages, record
// forms, import and compliance views from the sector definition, so this module adds no route;
// add routes or slot fillers here for anything the generic pages do not cover.
import { defineWebPlugin } from '@gongkai/kernel/web';
import { PLUGIN_ID, PLUGIN_TITLE } from '../contracts';

export const web = defineWebPlugin({
  id: PLUGIN_ID,
  title: PLUGIN_TITLE,
  routes: [],
  nav: [],
});

export default web;
