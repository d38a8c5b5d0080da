// When a deadline reminder is due. A division sets reminders k working days before a deadline
// (settings.requests.reminderDays, e.g. 5, 3, 1). On a given day, a deadline that falls on or before
// the k-th working day from today has at most k working days left, so the k-reminder is due; the
// sweep (jobs/sweep.ts, in SQL against these thresholds) sends the smallest such k not yet sent,
// once per deadline and threshold. Pure.
import type { WorkingCalendar } from './calendar-port';

export interface ReminderThreshold {
  /** Working days before the deadline. */
  days: number;
  /** Deadlines from today up to this date (inclusive) are within `days` working days. */
  lastDueDate: string;
}

/** The reminder thresholds on `today`, one per distinct setting, smallest first. */
export async function reminderThresholds(today: string, reminderDays: readonly number[], cal: WorkingCalendar): Promise<ReminderThreshold[]> {
  const out: ReminderThreshold[] = [];
  for (const days of [...new Set(reminderDays)].sort((a, b) => a - b)) {
    out.push({ days, lastDueDate: (await cal.addWorkingDays(today, days)).dueDate });
  }
  return out;
}

