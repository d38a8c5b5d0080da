import { Link, useSearchParams } from 'react-router';
import { findTopic } from '@gongkai/kernel/contracts';
import { Notice, Pager, QueryState, errorMessage, useApiQuery, useDivision, usePageTitle } from '@gongkai/ui';
import { api } from '../api';
import { Facets } from './Facets';
import { ResultList } from './ResultList';
import { SearchBox } from './SearchBox';
import { totalText } from './result-count';
import { exportQuery, parseSearch, searchHref, searchInput } from './search-params';

const PAGE_SIZE = 20;

export default function SearchPage() {
  const [params] = useSearchParams();
  const { code } = useDivision();
  const state = parseSearch(params);
  const filters = searchInput(state);
  usePageTitle(state.q ? `“${state.q}”的检索结果${state.page > 1 ? `（第 ${state.page} 页）` : ''}` : '政府信息公开目录');
  const results = useApiQuery(api.catalogue.search, { ...filters, page: state.page, pageSize: PAGE_SIZE }, { placeholderData: (prev) => prev });
  const facets = useApiQuery(api.catalogue.facets, filters, { placeholderData: (prev) => prev });
  const exportQs = exportQuery(state);
  const feedQs = new URLSearchParams();
  if (state.division) feedQs.set('division', state.division);
  if (state.topic) feedQs.set('topic', state.topic);
  const topic = state.topic ? findTopic(state.topic) : undefined;

  return (
    <>
      <h1>政府信息公开目录</h1>
      <SearchBox q={state.q} portalDivision={code} filterDivision={state.division} />
      <div className="gk-search-layout">
        <div className="gk-search-facets">
          {facets.data ? <Facets facets={facets.data} state={state} portalDivision={code} /> : facets.error ? <Notice tone="error">{errorMessage(facets.error)}</Notice> : null}
        </div>
        <section className="gk-search-results" aria-labelledby="results-title">
          <h2 id="results-title" className="gk-visually-hidden">检索结果</h2>
          {topic ? <p>主题分类：{topic.path.replace(/\\/g, ' › ')}{'\u3000'}<Link to={searchHref({ ...state, topic: null, page: 1 }, code)}>清除</Link></p> : null}
          <QueryState query={results} loading="正在检索…">
            {(data) => {
              const pageCount = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
              const t = totalText(data.total, data.totalIsEstimate);
              return (
                <>
                  <p role="status" className="gk-result-count">
                    {state.q ? <>“{state.q}”</> : '全部信息'}{t.prefix}<strong>{t.count}</strong>{t.unit}{data.total > 0 ? `，第 ${state.page} / ${data.totalIsEstimate ? '约 ' : ''}${pageCount} 页` : ''}
                  </p>
                  {data.items.length === 0 ? <p>没有找到符合条件的信息。请尝试更换或减少关键词，或清除筛选条件。</p> : <ResultList items={data.items} tokens={data.tokens} />}
                  <Pager page={state.page} pageCount={pageCount} hrefFor={(p) => searchHref({ ...state, page: p }, code)} label="检索结果分页" />
                </>
              );
            }}
          </QueryState>
          <p className="gk-export-links">
            下载本次检索结果：<a href={`/api/v1/catalogue/export.json${exportQs}`} download>JSON</a>{'\u3000'}<a href={`/api/v1/catalogue/export.csv${exportQs}`} download>CSV</a>
            {'\u3000'}<a href={`/feeds/atom.xml${feedQs.size ? `?${feedQs.toString()}` : ''}`} type="application/atom+xml">订阅（Atom）</a>
          </p>
        </section>
      </div>
    </>
  );
}
