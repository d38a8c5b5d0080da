import { pluginProcedure } from '@gongkai/kernel';
import type { Settings } from './settings';

export type MechanismsModel =
  | 'mechanismsRequest' | 'mechanismsRequestEvent' | 'mechanismsSubtask' | 'mechanismsFee' | 'mechanismsLetter'
  | 'mechanismsLetterTemplate' | 'mechanismsReview' | 'mechanismsAnnualReport' | 'mechanismsCounter' | 'mechanismsNotice'
  | 'mechanismsRelease' | 'mechanismsReleaseDelivery' | 'mechanismsSpokesperson' | 'mechanismsPressConference'
  | 'mechanismsOpinionSource' | 'mechanismsOpinionItem' | 'mechanismsOpinionTopic' | 'mechanismsOpinionWarning' | 'mechanismsResponseTask'
  | 'mechanismsExpert' | 'mechanismsInterpretation' | 'mechanismsMajorPolicy' | 'mechanismsSharedResource' | 'mechanismsShareRequest';

/** The one procedure builder of this plugin. */
export const p = pluginProcedure<Settings, MechanismsModel>('mechanisms');
