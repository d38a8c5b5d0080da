// The public contract of the __TITLE__ sector package: its ids and the zod schema of its record
// type. The sector itself is declared in src/server/sector.ts with key-sectors' public contract.
export const PLUGIN_ID = '__ID__';
export const PLUGIN_TITLE = __TITLE_LITERAL__;
/** The sector's id in key-sectors (the URL segment of its pages). */
export const SECTOR_ID = '__SECTOR_KEY__';

export { noticeSchema, type Notice } from './schemas';
