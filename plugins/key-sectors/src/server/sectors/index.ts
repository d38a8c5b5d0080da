// The nine key sectors of the work plan (section 一, items 1–9), each built only with the public
// contract in ../../contracts, exactly as an outside sector package would be.
import type { SectorDefinition } from '../../contracts';
import { approvalSector } from './approval';
import { budgetSector } from './budget';
import { environmentSector } from './environment';
import { foodDrugSector } from './food-drug';
import { housingSector } from './housing';
import { institutionsSector } from './institutions';
import { landSector } from './land';
import { pricesSector } from './prices';
import { workSafetySector } from './work-safety';

export const builtinSectors: readonly SectorDefinition[] = [
  approvalSector, budgetSector, housingSector, foodDrugSector, environmentSector, workSafetySector, pricesSector, landSector, institutionsSector,
];
