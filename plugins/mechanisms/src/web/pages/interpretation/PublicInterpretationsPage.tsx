// Portal: published policy interpretations of the division and its subdivisions, newest first.
import { Link, useSearchParams } from 'react-router';
import { QueryState, skipToken, useApiQuery, useDivision, usePageTitle } from '@gongkai/ui';
import { api } from '../shared/api';
import { cnDate } from '../shared/dates';
import { useDivisionName, usePageDivision } from '../shared/division';

const PAGE = 20;

export default function PublicInterpretationsPage() {
  usePageTitle('政策解读');
  const division = usePageDivision();
  const name = useDivisionName(division);
  const { withDivision } = useDivision();
  const [params] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useApiQuery(api.interpretation.published, division ? { divisionCode: division, page, pageSize: PAGE } : skipToken, { placeholderData: (p) => p });
  const hrefFor = (p: number) => { const u = new URLSearchParams(params); u.set('page', String(p)); return `?${u.toString()}`; };
  return (
    <div>
      <h1>政策解读</h1>
      <p>{name ?? ''}各部门和专家对重要政策文件的解读，包括文字解读、访谈、问答和图解。</p>
      <QueryState query={list}>
        {(d) => (d.items.length === 0 ? <p>暂无政策解读。</p> : (
          <>
            <ul className="gk-results" aria-label="政策解读">
              {d.items.map((r) => (
                <li key={r.id} className="gk-result">
                  <h2 className="gk-result-title"><Link to={withDivision(`/interpretations/${r.id}`)}>{r.title}</Link></h2>
                  {r.summary ? <p>{r.summary}</p> : null}
                  <dl className="gk-result-meta">
                    <div><dt>解读形式</dt><dd>{r.formLabel}</dd></div>
                    <div><dt>解读的文件</dt><dd><Link to={withDivision(`/items/${r.policyItemId}`)}>{r.policyTitle}</Link></dd></div>
                    <div><dt>解读机构</dt><dd>{r.organizationName}</dd></div>
                    {r.experts.length ? <div><dt>解读专家</dt><dd>{r.experts.map((x) => x.name).join('、')}</dd></div> : null}
                    <div><dt>发布日期</dt><dd>{r.publishedOn ? <time dateTime={r.publishedOn}>{cnDate(r.publishedOn)}</time> : ''}</dd></div>
                  </dl>
                </li>
              ))}
            </ul>
            <nav className="gk-pager" aria-label="分页">
              <ul>
                {page > 1 ? <li><Link to={hrefFor(page - 1)} rel="prev">上一页</Link></li> : null}
                <li><span aria-current="page">第 {page} 页，共 {Math.max(1, Math.ceil(d.total / PAGE))} 页</span></li>
                {page * PAGE < d.total ? <li><Link to={hrefFor(page + 1)} rel="next">下一页</Link></li> : null}
              </ul>
            </nav>
          </>
        ))}
      </QueryState>
    </div>
  );
}
