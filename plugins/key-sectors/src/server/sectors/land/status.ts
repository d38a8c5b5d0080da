// The procedure of one acquisition as the public query shows it: every step of its law version,
// done or not, with its statutory deadline (working days through the kernel calendar) and
// whether it was met.
import { addDays, type WorkingDayCalendar } from '../../../contracts';
import { PROCEDURES } from './procedure';
import { lawOf, type Acquisition } from './schema';

export interface StepStatus {
  step: string;
  label: string;
  optional: boolean;
  done: boolean;
  date: string | null;
  endDate: string | null;
  document: string | null;
  documentNo: string | null;
  /** Deadlines of this step's periods and whether they were met (null: not yet decidable). */
  periods: { text: string; deadline: string | null; met: boolean | null; provisional: boolean }[];
  basis: string | null;
}

export function procedureStatus(a: Acquisition, cal: WorkingDayCalendar, today: string): StepStatus[] {
  const law = lawOf(a.law);
  const byStep = new Map(a.steps.map((s) => [s.step, s]));
  return PROCEDURES[law].map((def) => {
    const s = byStep.get(def.id);
    const periods = (def.periods ?? []).map((p) => {
      if (p.kind === 'atLeast') {
        if (!s?.endDate) return { text: p.text, deadline: null, met: null, provisional: false };
        const due = p.unit === 'working' ? cal.addWorkingDays(s.date, p.days) : { dueDate: addDays(s.date, p.days), provisional: false };
        return { text: p.text, deadline: due.dueDate, met: s.endDate >= due.dueDate, provisional: due.provisional };
      }
      const base = byStep.get(p.after);
      if (!base) return { text: p.text, deadline: null, met: null, provisional: false };
      const due = p.unit === 'working' ? cal.addWorkingDays(base.date, p.days) : { dueDate: addDays(base.date, p.days), provisional: false };
      const met = s ? s.date <= due.dueDate : today > due.dueDate ? false : null;
      return { text: p.text, deadline: due.dueDate, met, provisional: due.provisional };
    });
    return {
      step: def.id, label: def.label, optional: !!def.optional, done: !!s, date: s?.date ?? null, endDate: s?.endDate ?? null,
      document: s?.document ?? null, documentNo: s?.documentNo ?? null, periods, basis: def.basis ?? null,
    };
  });
}
