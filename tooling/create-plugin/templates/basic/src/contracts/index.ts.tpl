// The public contract of the __TITLE__ plugin: its id, its settings schema and the shapes its
// procedures return. Other plugins may import this subpath (never ./server or ./web), and the
// web module uses it too, so it holds only zod schemas, types and pure functions.
export const PLUGIN_ID = '__ID__';
export const PLUGIN_TITLE = __TITLE_LITERAL__;

export { settingsSchema, type Settings } from './settings';
export { composeGreeting, type Greeting } from './greeting';
