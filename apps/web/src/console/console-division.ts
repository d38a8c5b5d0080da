import { useDivision } from '@gongkai/ui';
import type { Me } from '../session/session';
import { rootDivision } from '../site-config';

/** The top of the division tree a staff member works in: their widest division grant. */
export function homeDivision(me: Me): string {
  const codes = me.grants.map((g) => g.divisionCode ?? g.organizationDivisionCode).filter((c): c is string => !!c);
  codes.sort((a, b) => a.length - b.length);
  return codes[0] ?? me.divisionCode ?? rootDivision.code;
}

/** The division the console is working in (always set inside the console shell). */
export function useWorkDivision(): string {
  return useDivision().code ?? rootDivision.code;
}
