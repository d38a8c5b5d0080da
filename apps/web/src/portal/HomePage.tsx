import { Link } from 'react-router';
import { topicTree } from '@gongkai/kernel/contracts';
import { QueryState, useApiQuery, useDivision, usePageTitle } from '@gongkai/ui';
import { api } from '../api';
import { Slot } from '../plugin-host/Slot';
import { useDivisionName } from '../shared/division-name';
import { queryString } from '../shared/format';
import { countText } from './result-count';
import { ResultList } from './ResultList';
import { SearchBox } from './SearchBox';
import { searchHref } from './search-params';

export default function HomePage() {
  const { code, withDivision } = useDivision();
  const name = useDivisionName(code);
  usePageTitle(null);
  const latest = useApiQuery(api.catalogue.search, { q: '', ...(code ? { divisionCode: code } : {}), page: 1, pageSize: 10 });
  const feed = `/feeds/atom.xml${queryString({ division: code })}`;
  return (
    <>
      <h1>{name ?? ''}政府信息公开</h1>
      <SearchBox portalDivision={code} filterDivision={code} />

      <section aria-labelledby="latest-title" className="gk-section">
        <h2 id="latest-title">最新公开信息</h2>
        <QueryState query={latest}>
          {(data) => data.items.length === 0
            ? <p>暂无已发布的信息。</p>
            : (
              <>
                <ResultList items={data.items} headingLevel={3} />
                <p><Link to={searchHref({ division: code }, code)}>查看全部{data.totalIsEstimate ? '约 ' : ' '}{countText(data.total, data.totalIsEstimate)} 条信息</Link></p>
              </>
            )}
        </QueryState>
      </section>

      <section aria-labelledby="topics-title" className="gk-section">
        <h2 id="topics-title">按主题浏览</h2>
        <ul className="gk-topic-grid">
          {topicTree.map((t) => <li key={t.code}><Link to={searchHref({ topic: t.code, division: code }, code)}>{t.name}</Link></li>)}
        </ul>
      </section>

      <Slot name="portal.home.sections" props={{ divisionCode: code }} />

      <section aria-labelledby="subscribe-title" className="gk-section">
        <h2 id="subscribe-title">订阅与开放数据</h2>
        <ul>
          <li><a href={feed} type="application/atom+xml">订阅{name ?? ''}公开信息（Atom）</a></li>
          <li><Link to={withDivision('/open-data')}>开放数据与接口说明</Link></li>
        </ul>
      </section>
    </>
  );
}
