// @gongkai/plugin-mechanisms/server
export { mechanismsPlugin } from './plugin';
export type { MechanismsRouter } from './router';
export { settingsSchema as mechanismsSettings, type Settings as MechanismsSettings } from './settings';
