import { Link } from 'react-router';
import { Chart, skipToken, useApiQuery, usePageTitle } from '@gongkai/ui';
import { api } from '../api';
import { Slot } from '../plugin-host/Slot';
import { hasPermission, useMe } from '../session/session';
import { useDivisionName } from '../shared/division-name';
import { useWorkDivision } from './console-division';
import { ChainStatus } from './ChainStatus';

function CatalogueCard({ division }: { division: string }) {
  const drafts = useApiQuery(api.catalogue.list, { divisionCode: division, status: 'draft', pageSize: 1 });
  const published = useApiQuery(api.catalogue.list, { divisionCode: division, status: 'published', pageSize: 1 });
  return (
    <li className="gk-card">
      <h2>目录信息</h2>
      <p>已发布：{published.data?.total ?? '…'} 条</p>
      <p>草稿：{drafts.data?.total ?? '…'} 条</p>
      <p><Link to="/console/catalogue">进入目录管理</Link></p>
    </li>
  );
}

function CalendarCard() {
  const cov = useApiQuery(api.calendar.coverage, undefined);
  const year = cov.data ? Number(cov.data.today.slice(0, 4)) : null;
  return (
    <li className="gk-card">
      <h2>工作日历</h2>
      {cov.data ? (
        <>
          <p>{year} 年：{cov.data.currentYearCovered ? '已有官方安排' : '未覆盖（期限为暂定）'}</p>
          <p>{year! + 1} 年：{cov.data.nextYearCovered ? '已有官方安排' : '尚未录入'}</p>
        </>
      ) : <p>…</p>}
      <p><Link to="/console/calendar">查看工作日历</Link></p>
    </li>
  );
}

/** Published items per year in the division's subtree (public facets), as a chart with its table. */
function PublishedByYear({ division, name }: { division: string; name: string }) {
  const facets = useApiQuery(api.catalogue.facets, { q: '', divisionCode: division });
  const years = [...(facets.data?.years ?? [])].sort((a, b) => a.year - b.year);
  if (years.length === 0) return null;
  return (
    <Chart kind="bar" title={`${name}各年度主动公开信息数量`} unit="条" categoryLabel="年份"
      categories={years.map((y) => `${y.year} 年`)} series={[{ name: '已发布', data: years.map((y) => y.count) }]} height={260} />
  );
}

export default function DashboardPage() {
  usePageTitle('工作台');
  const me = useMe().data;
  const division = useWorkDivision();
  const name = useDivisionName(division);
  const canAudit = hasPermission(me, 'kernel.audit.read');
  const verify = useApiQuery(api.audit.verify, canAudit ? undefined : skipToken, { staleTime: 60_000 });
  return (
    <>
      <h1>工作台</h1>
      <p>您好，{me?.displayName}。当前工作地区：{name ?? division}。</p>
      {canAudit ? (
        <section aria-labelledby="chain-title" className="gk-section">
          <h2 id="chain-title">审计日志完整性</h2>
          {verify.data ? <ChainStatus result={verify.data} /> : <p role="status">正在校验…</p>}
        </section>
      ) : null}
      <ul className="gk-cards" aria-label="概况">
        {hasPermission(me, 'kernel.catalogue.read') ? <CatalogueCard division={division} /> : null}
        <CalendarCard />
      </ul>
      <PublishedByYear division={division} name={name ?? division} />
      <Slot name="console.dashboard.cards" props={{ divisionCode: division }} />
    </>
  );
}
