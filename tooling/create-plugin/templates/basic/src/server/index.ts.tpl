// Server entry of @gongkai/plugin-__ID__: the composition root (apps/server) lists `plugin`.
export { plugin, plugin as default } from './plugin';
export type { __PASCAL__Router } from './router';
