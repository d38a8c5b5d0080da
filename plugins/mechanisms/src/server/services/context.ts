// The plugin context type this plugin's services take.
import type { PluginContext } from '@gongkai/kernel';
import type { MechanismsModel } from '../procedure';

export type Ctx = PluginContext<MechanismsModel>;
