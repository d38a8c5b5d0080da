// The key-sectors section of the portal: the sectors the division publishes.
import { Link } from 'react-router';
import { QueryState, useApiQuery, useDivision, usePageTitle } from '@gongkai/ui';
import { ks, useDivisionCode } from '../api';

export default function SectorsIndexPage() {
  usePageTitle('重点领域信息公开');
  const code = useDivisionCode();
  const { withDivision } = useDivision();
  const list = useApiQuery(ks.sectors.list, { divisionCode: code });
  return (
    <>
      <h1>重点领域信息公开</h1>
      <p>
        <Link to={withDivision('/key-sectors/land/query')}>征地信息查询</Link>
        {' ｜ '}
        <Link to={withDivision('/key-sectors/food-drug/blacklist')}>食品药品违法违规企业“黑名单”查询</Link>
      </p>
      <QueryState query={list}>
        {(sectors) => (
          <ul className="gk-card-list">
            {sectors.map((s) => (
              <li key={s.id} className="gk-card">
                <h2><Link to={withDivision(`/key-sectors/${s.id}`)}>{s.planItem ? `${s.planItem}. ` : ''}{s.label}</Link></h2>
                <p>{s.description}</p>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </>
  );
}
