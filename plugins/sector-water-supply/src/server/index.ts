export { sectorWaterSupplyPlugin } from './plugin';
export { waterSupplySector } from './sector';
