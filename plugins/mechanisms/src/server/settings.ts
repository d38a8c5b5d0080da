// Per-division settings of the mechanisms plugin. Every field has a default (zod `prefault` so
// nested defaults apply to an empty object).
import { z } from 'zod';

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

export const opinionSettings = z.object({
  weights: z.object({
    volume: z.number().min(0).max(100).default(1),
    interaction: z.number().min(0).max(100).default(0.6),
    source: z.number().min(0).max(100).default(0.8),
    growth: z.number().min(0).max(100).default(1.2),
  }).strict().prefault({}),
  /** Heat thresholds for the four warning levels (blue < yellow < orange < red). */
  thresholds: z.object({
    blue: z.number().min(0).default(4),
    yellow: z.number().min(0).default(6),
    orange: z.number().min(0).default(8),
    red: z.number().min(0).default(10),
  }).strict().prefault({}),
  /** Response deadlines in hours by level (国办发〔2016〕61号、80号). */
  responseRules: z.object({
    red: z.object({ authoritativeInfoHours: z.number().int().min(1).max(720).default(5), pressConferenceHours: z.number().int().min(1).max(720).default(24) }).strict().prefault({}),
    orange: z.object({ authoritativeInfoHours: z.number().int().min(1).max(720).default(5), pressConferenceHours: z.number().int().min(1).max(720).default(24) }).strict().prefault({}),
    yellow: z.object({ responseHours: z.number().int().min(1).max(720).default(48) }).strict().prefault({}),
    blue: z.object({ responseHours: z.number().int().min(1).max(720).default(48) }).strict().prefault({}),
  }).strict().prefault({}),
  /** Minimum keyword overlap (Jaccard) for an item to join an existing topic. */
  clusterSimilarity: z.number().min(0.05).max(1).default(0.25),
}).strict();

export const interpretationSettings = z.object({
  /** An important policy counts as covered when interpreted within N working days of publication. */
  coverageDays: days(3, 30),
}).strict();

export const settingsSchema = z.object({
  requests: requestSettings.prefault({}),
  releases: releaseSettings.prefault({}),
  opinion: opinionSettings.prefault({}),
  interpretation: interpretationSettings.prefault({}),
}).strict();

export type Settings = z.output<typeof settingsSchema>;
