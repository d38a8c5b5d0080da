// Calendar dates of the catalogue are Asia/Shanghai dates written 'YYYY-MM-DD'.
const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Asia/Shanghai calendar date of an instant, as 'YYYY-MM-DD'. */
export function shanghaiDate(at: Date): string {
  return ymd.format(at);
}

/** The Asia/Shanghai calendar year of an instant. */
export function shanghaiYear(at: Date): number {
  return Number(shanghaiDate(at).slice(0, 4));
}

/** A 'YYYY-MM-DD' string as the Date Prisma stores in a DATE column (UTC midnight). */
export function dateOnly(ymdString: string): Date {
  return new Date(`${ymdString}T00:00:00.000Z`);
}

/** A DATE column value back to 'YYYY-MM-DD'. */
export function formatDateOnly(d: Date): string {
  return d.toISOString().slice(0, 10);
}
