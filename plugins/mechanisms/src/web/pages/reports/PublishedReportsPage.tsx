// Portal: published annual-report tables of the division (本级汇总 and each organisation).
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { QueryState, skipToken, useApiQuery, usePageTitle } from '@gongkai/ui';
import { api } from '../shared/api';
import { cnDateTime } from '../shared/dates';
import { useDivisionName, usePageDivision } from '../shared/division';
import { SelectField } from '../shared/fields';
import { useOrgNames } from '../shared/OrgSelect';
import { ReportTables } from './ReportTables';

export default function PublishedReportsPage() {
  usePageTitle('政府信息公开工作年度报告');
  const id = useId();
  const division = usePageDivision();
  const name = useDivisionName(division);
  const orgNames = useOrgNames(division);
  const [params, setParams] = useSearchParams();
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam >= 2008 && yearParam <= 2100 ? yearParam : undefined;
  const all = useApiQuery(api.reports.published, division ? { divisionCode: division } : skipToken);
  const years = [...new Set((all.data ?? []).map((r) => r.year))].sort((a, b) => b - a);
  const shown = (all.data ?? []).filter((r) => year === undefined || r.year === year);
  return (
    <div>
      <h1>政府信息公开工作年度报告</h1>
      <p>{name ?? ''}各行政机关政府信息公开工作年度报告中“收到和处理政府信息公开申请情况”和“政府信息公开行政复议、行政诉讼情况”的数据。</p>
      <div className="gk-toolbar">
        <SelectField id={`${id}-year`} label="年度" value={year ? String(year) : ''} placeholder="全部年度"
          onChange={(v) => setParams((prev) => { const p = new URLSearchParams(prev); if (v) p.set('year', v); else p.delete('year'); return p; })}
          options={years.map((y) => ({ value: String(y), label: `${y}年` }))} />
      </div>
      <QueryState query={all}>
        {() => (shown.length === 0 ? <p>暂无已发布的年度报告。</p> : (
          <>
            {shown.map((r) => {
              const who = r.organizationId ? orgNames.get(r.organizationId) ?? '本地区机构' : `${name ?? ''}（汇总）`;
              const title = `${r.year}年度 ${who}`;
              return (
                <section key={`${r.year}-${r.organizationId ?? ''}`} aria-label={title} className="gk-section">
                  <h2>{title}</h2>
                  <p className="gk-field-hint">发布时间：{cnDateTime(r.publishedAt)}{r.url ? <>{'\u3000'}<a href={r.url}>查看年度报告全文</a></> : null}</p>
                  <ReportTables title={title} matrix={r.matrix} reviews={r.reviews} />
                </section>
              );
            })}
          </>
        ))}
      </QueryState>
    </div>
  );
}
