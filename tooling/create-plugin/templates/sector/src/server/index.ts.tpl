// Server entry of @gongkai/plugin-__ID__: the composition root (apps/server) lists `plugin`
// after key-sectors.
export { plugin, plugin as default } from './plugin';
export { sector } from './sector';
