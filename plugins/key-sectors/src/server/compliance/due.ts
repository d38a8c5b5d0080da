// Due dates of required disclosures. Working-day periods go through the kernel calendar
// (holidays and 调休); calendar-day periods ending on a rest day end on the next working day
// (《民法典》第二百零三条).
import type { DueRule } from '../../contracts';
import { addCalendarDays } from '../dates';

export interface DueCalendar {
  addWorkingDays(start: string, n: number): { dueDate: string; provisional: boolean };
  isWorkingDay(date: string): boolean;
}

export interface DueDate { dueDate: string; provisional: boolean }

export function describeDue(rule: DueRule): string {
  if (rule.kind === 'byDate') return rule.label;
  return `${rule.eventLabel}后 ${rule.days} 个${rule.unit === 'working' ? '工作日' : '日'}内`;
}

/** The due date counted from an event date ('YYYY-MM-DD'). */
export function dueAfter(rule: Extract<DueRule, { kind: 'afterEvent' }>, eventDate: string, cal: DueCalendar): DueDate {
  if (rule.unit === 'working') return cal.addWorkingDays(eventDate, rule.days);
  let due = addCalendarDays(eventDate, rule.days);
  for (let i = 0; i < 30 && !cal.isWorkingDay(due); i++) due = addCalendarDays(due, 1);
  return { dueDate: due, provisional: false };
}

/** When a requirement is due for a year if nothing was published (the latest plausible event). */
export function dueWithoutRecord(rule: DueRule, year: number, cal: DueCalendar): DueDate {
  if (rule.kind === 'byDate') return { dueDate: rule.date(year), provisional: false };
  return dueAfter(rule, rule.latestEvent(year), cal);
}
