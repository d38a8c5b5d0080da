// The nine key sectors of the work plan (section 一, items 1–9), each built only with the public
// contract in ../../contracts, exactly as an outside sector package would be.
import type { SectorDefinition } from '../../contracts';
import { budgetSector } from './budget';
import { environmentSector } from './environment';

export const builtinSectors: readonly SectorDefinition[] = [budgetSector, environmentSector];
