// @gongkai/plugin-key-sectors/contracts: the public API for building a key sector.
export * from './sector';
export * from './charts';
export * from './settings';
export * from './fields';
export * from './credit-code';
export * from './labels';
export * from './catalogue';
export * from './import-cells';
export * from './dates';
export * from './publicity';

/** The plugin id sector packages name in `requires`. */
export const KEY_SECTORS_PLUGIN_ID = 'key-sectors';
