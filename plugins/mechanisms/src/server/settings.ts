// Per-division settings of the mechanisms plugin. Every field has a default (zod `prefault` so
// nested defaults apply to an empty object).
import { z } from 'zod';
import { opinionSettings } from '../contracts/opinion';
import { sharingSettings } from '../contracts/sharing';
import { interpretationSettings } from '../contracts/interpretation';

const days = (d: number, max = 60) => z.number().int().min(1).max(max).default(d);

export const requestSettings = z.object({
  /** Working days before a due date at which staff are reminded. */
  reminderDays: z.array(z.number().int().min(1).max(20)).max(5).default([5, 3, 1]),
  /** Default period given to another organisation for its opinion (协办, counted in the period). */
  coordinationDays: days(10),
  /** Period for another organ consulted under Art. 33–34 (excluded from the period). */
  organConsultationDays: days(15),
  /** Period for a third party consulted under Art. 32 (15 working days). */
  thirdPartyDays: days(15),
  /** Period the applicant is given to supply the 补正. */
  correctionResponseDays: days(15),
  /** Fee payment period (收到收费通知次日起20个工作日). */
  feePaymentDays: days(20),
  /** Requests for the same information at which proactive disclosure is suggested (Art. 44). */
  repeatSuggestThreshold: z.number().int().min(2).max(50).default(3),
}).strict();

export const releaseSettings = z.object({
  /** Art. 26: proactive information is published within 20 working days of being created or changed. */
  publicationDays: days(20),
  reminderDays: z.array(z.number().int().min(1).max(20)).max(5).default([5, 1]),
}).strict();

/** Opinion monitoring: weights, thresholds, response rules, clustering (contracts/opinion.ts). */
export { opinionSettings };

/** Interpretation coverage (contracts/interpretation.ts). */
export { interpretationSettings };

export const settingsSchema = z.object({
  requests: requestSettings.prefault({}),
  releases: releaseSettings.prefault({}),
  opinion: opinionSettings.prefault({}),
  interpretation: interpretationSettings.prefault({}),
  sharing: sharingSettings.prefault({}),
}).strict();

export type Settings = z.output<typeof settingsSchema>;
