export { keySectorsPlugin } from './plugin';
export type { KeySectorsRouter } from './router';
