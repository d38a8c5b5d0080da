import { z } from 'zod';
import { divisionCode, optionalText, recordId } from './common';
import { applicantTypes, outcomeCodes } from './vocabulary';

export const reportRowKeys = ['new', 'carried-over', ...outcomeCodes, 'handled', 'carried-forward'] as const;

export const reportScope = z.object({
  divisionCode,
  /** One organisation's report; omitted: the roll-up of the division and everything below it. */
  organizationId: recordId.optional(),
  year: z.number().int().min(2008).max(2100),
}).strict();

export const adjustment = z.object({
  row: z.enum(reportRowKeys),
  column: z.enum(applicantTypes),
  delta: z.number().int().min(-100_000).max(100_000),
  reason: z.string().trim().min(1, '请说明调整原因').max(500),
}).strict();

/**
 * Saves the draft report. Adjustments and notes are saved independently: a field left out keeps
 * what was saved before (notes `null` or '' clear them; adjustments `[]` removes them all).
 */
export const saveReportInput = reportScope.extend({
  adjustments: z.array(adjustment).max(200).optional(),
  notes: optionalText('说明', 20_000).optional(),
}).strict();

export const publishReportInput = reportScope.extend({
  /** The organisation that publishes a division roll-up (its 索引号 is used). */
  publisherOrganizationId: recordId.optional(),
}).strict();

export const publishedReportsInput = z.object({ divisionCode, year: z.number().int().min(2008).max(2100).optional() }).strict();
