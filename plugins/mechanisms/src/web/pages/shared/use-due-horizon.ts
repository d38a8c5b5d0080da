import { skipToken, useApiQuery } from '@gongkai/ui';
import { kernelApi } from './api';
import { useToday } from './dates';
import { DUE_SOON_WORKING_DAYS } from './due-state';

/** Today and the last day that still counts as "due soon" (N working days ahead, holidays skipped). */
export function useDueHorizon(workingDays: number = DUE_SOON_WORKING_DAYS): { today: string | null; soonLimit: string | null } {
  const today = useToday();
  const due = useApiQuery(kernelApi.calendar.computeDue, today ? { startDate: today, workingDays } : skipToken, { staleTime: 10 * 60_000 });
  return { today, soonLimit: due.data?.dueDate ?? null };
}
