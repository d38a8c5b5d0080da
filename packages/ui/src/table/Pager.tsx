// Page navigation. With `hrefFor` every page is a real link (stable URLs, works before scripts
// load); with `onChange` it is a set of buttons for in-page tables.
import { Link } from 'react-router';

export interface PagerProps {
  /** 1-based current page. */
  page: number;
  pageCount: number;
  hrefFor?: (page: number) => string;
  onChange?: (page: number) => void;
  label?: string;
}

/** Pages to show: first, last, and two either side of the current one, with gaps as null. */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const pages = new Set<number>([1, pageCount]);
  for (let p = page - 2; p <= page + 2; p++) if (p >= 1 && p <= pageCount) pages.add(p);
  const sorted = [...pages].filter((p) => p >= 1).sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - (sorted[i - 1] as number) > 1) out.push(null);
    out.push(p);
  });
  return out;
}

export function Pager({ page, pageCount, hrefFor, onChange, label = '分页' }: PagerProps) {
  if (pageCount <= 1) return null;
  const item = (p: number, text: string, rel?: string, current = false) => {
    const aria = current ? { 'aria-current': 'page' as const } : {};
    const accessible = text === String(p) ? `第 ${p} 页` : undefined;
    if (hrefFor) return <Link to={hrefFor(p)} rel={rel} aria-label={accessible} {...aria}>{text}</Link>;
    return <button type="button" onClick={() => onChange?.(p)} aria-label={accessible} {...aria}>{text}</button>;
  };
  return (
    <nav className="gk-pager" aria-label={label}>
      <ul>
        {page > 1 ? <li>{item(page - 1, '上一页', 'prev')}</li> : null}
        {pageWindow(page, pageCount).map((p, i) => p === null
          ? <li key={`gap-${i}`} aria-hidden="true">…</li>
          : <li key={p}>{p === page ? <span aria-current="page" aria-label={`第 ${p} 页，当前页`}>{p}</span> : item(p, String(p))}</li>)}
        {page < pageCount ? <li>{item(page + 1, '下一页', 'next')}</li> : null}
      </ul>
      <p className="gk-pager-status">第 {page} 页，共 {pageCount} 页</p>
    </nav>
  );
}
