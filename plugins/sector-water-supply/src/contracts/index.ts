// @gongkai/plugin-sector-water-supply/contracts: this sector's schemas, for anyone extending it.
export * from './schemas';
export const PLUGIN_ID = 'sector-water-supply';
export const SECTOR_ID = 'water-supply';
