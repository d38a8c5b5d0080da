// Calendar dates are 'YYYY-MM-DD' strings (Asia/Shanghai) throughout; the server's "today" comes
// from the kernel calendar so that the browser's clock or time zone never decides a deadline.
import { useApiQuery } from '@gongkai/ui';
import { kernelApi } from './api';

/** '2026-10-09' → '2026年10月9日'. */
export function cnDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** A timestamp as Beijing time, e.g. '2026-10-09 14:05'. */
export function cnDateTime(d: Date | string | null | undefined): string {
  if (!d) return '';
  const date = typeof d === 'string' ? new Date(d) : d;
  if (Number.isNaN(date.getTime())) return '';
  const parts = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).formatToParts(date);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** The platform's today ('YYYY-MM-DD', Asia/Shanghai) from the kernel calendar; null while loading. */
export function useToday(): string | null {
  const cov = useApiQuery(kernelApi.calendar.coverage, undefined, { staleTime: 10 * 60_000 });
  return cov.data?.today ?? null;
}
