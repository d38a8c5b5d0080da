// Portal: proactively released information (重要会议、活动、决策部署、经济社会数据、突发事件) of the
// division and its subdivisions, newest first. Category and page live in the URL.
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { QueryState, skipToken, useApiQuery, usePageTitle } from '@gongkai/ui';
import { releaseCategories, releaseCategoryLabels } from '../../../contracts/releases';
import { api } from '../shared/api';
import { cnDate } from '../shared/dates';
import { useDivisionName, usePageDivision } from '../shared/division';
import { SelectField } from '../shared/fields';

const PAGE = 20;
type Category = (typeof releaseCategories)[number];

/** Catalogue URLs are absolute; inside the portal they are followed as in-app links. */
function itemLink(url: string): string {
  try { const u = new URL(url, 'http://x'); return u.pathname + u.search; } catch { return url; }
}

export default function ReleasesPage() {
  usePageTitle('主动发布');
  const id = useId();
  const division = usePageDivision();
  const name = useDivisionName(division);
  const [params, setParams] = useSearchParams();
  const category = (releaseCategories as readonly string[]).includes(params.get('category') ?? '') ? params.get('category') as Category : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useApiQuery(api.releases.published, division ? { divisionCode: division, ...(category ? { category } : {}), cursor: (page - 1) * PAGE, limit: PAGE } : skipToken, { placeholderData: (p) => p });
  const hrefFor = (p: number) => { const u = new URLSearchParams(params); u.set('page', String(p)); return `?${u.toString()}`; };
  return (
    <div>
      <h1>主动发布</h1>
      <p>{name ?? ''}行政机关主动发布的重要会议、重要活动、决策部署、经济运行和社会发展数据、重大突发事件及应对处置等信息。</p>
      <div className="gk-toolbar">
        <SelectField id={`${id}-cat`} label="类别" value={category ?? ''} placeholder="全部类别"
          onChange={(v) => setParams((prev) => { const p = new URLSearchParams(prev); if (v) p.set('category', v); else p.delete('category'); p.delete('page'); return p; })}
          options={releaseCategories.map((c) => ({ value: c, label: releaseCategoryLabels[c] }))} />
      </div>
      <QueryState query={list}>
        {(rows) => (rows.length === 0 ? <p>暂无主动发布的信息。</p> : (
          <>
            <ul className="gk-results" aria-label="主动发布的信息">
              {rows.map((r) => (
                <li key={r.id} className="gk-result">
                  <h2 className="gk-result-title">{r.url ? <Link to={itemLink(r.url)}>{r.title}</Link> : r.title}</h2>
                  <dl className="gk-result-meta">
                    <div><dt>类别</dt><dd>{r.categoryLabel}</dd></div>
                    <div><dt>发布机构</dt><dd>{r.organizationName}</dd></div>
                    <div><dt>发布日期</dt><dd>{r.publishedOn ? <time dateTime={r.publishedOn}>{cnDate(r.publishedOn)}</time> : ''}</dd></div>
                  </dl>
                </li>
              ))}
            </ul>
            <nav className="gk-pager" aria-label="分页">
              <ul>
                {page > 1 ? <li><Link to={hrefFor(page - 1)} rel="prev">上一页</Link></li> : null}
                <li><span aria-current="page">第 {page} 页</span></li>
                {rows.length === PAGE ? <li><Link to={hrefFor(page + 1)} rel="next">下一页</Link></li> : null}
              </ul>
            </nav>
          </>
        ))}
      </QueryState>
    </div>
  );
}
