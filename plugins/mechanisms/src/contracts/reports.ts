// The annual report (国办公开办函〔2021〕30号): the rows and columns of its tables with their labels,
// and the inputs of the report procedures. Shared by the server (domain/annual-report.ts builds the
// numbers) and the web pages (which lay the tables out).
import { z } from 'zod';
import { divisionCode, optionalText, recordId } from './common';
import {
  applicantTypeLabels, applicantTypes, outcomeCodes, outcomes, reviewKindLabels, reviewKinds, reviewResultLabels, reviewResults, type OutcomeCode,
} from './vocabulary';

/** Section 三: one column per applicant type, then the total. */
export const matrixColumns = [...applicantTypes, 'total'] as const;
export type MatrixColumn = (typeof matrixColumns)[number];
/** Section 三: new, carried over, one row per outcome code, handled (total), carried forward. */
export const matrixRows = ['new', 'carried-over', ...outcomeCodes, 'handled', 'carried-forward'] as const;
export type MatrixRow = (typeof matrixRows)[number];

export const matrixRowLabels: Record<MatrixRow, string> = {
  new: '一、本年新收政府信息公开申请数量',
  'carried-over': '二、上年结转政府信息公开申请数量',
  ...Object.fromEntries(outcomeCodes.map((c) => [c, `三、本年度办理结果 ${outcomes[c].row}`])) as Record<OutcomeCode, string>,
  handled: '三、本年度办理结果 （七）总计',
  'carried-forward': '四、结转下年度继续办理',
};

/** Section 四: one column per review result, then the total (rows: the review kinds). */
export const reviewColumns = [...reviewResults, 'total'] as const;
export type ReviewColumn = (typeof reviewColumns)[number];

/** A row or column of a report table: its key in the numbers and its printed label. */
export interface Axis { key: string; label: string }

/** Section 三 laid out: row and column labels in the national format's order. */
export const matrixAxes: { rows: Axis[]; columns: Axis[] } = {
  rows: matrixRows.map((r) => ({ key: r, label: matrixRowLabels[r] })),
  columns: matrixColumns.map((c) => ({ key: c, label: c === 'total' ? '总计' : applicantTypeLabels[c] })),
};
/** Section 四 laid out. */
export const reviewAxes: { rows: Axis[]; columns: Axis[] } = {
  rows: reviewKinds.map((k) => ({ key: k, label: reviewKindLabels[k] })),
  columns: reviewColumns.map((c) => ({ key: c, label: c === 'total' ? '总计' : reviewResultLabels[c] })),
};

export const reportScope = z.object({
  divisionCode,
  /** One organisation's report; omitted: the roll-up of the division and everything below it. */
  organizationId: recordId.optional(),
  year: z.number().int().min(2008).max(2100),
}).strict();

export const adjustment = z.object({
  row: z.enum(matrixRows),
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
