import { pluginProcedure } from '@gongkai/kernel';
import type { KeySectorsSettings } from '../../contracts';
import type { KsModels } from '../records/service';

/** Procedure builders bound to key-sectors: enablement per division, settings, plugin context. */
export const p = pluginProcedure<KeySectorsSettings, KsModels>('key-sectors');
