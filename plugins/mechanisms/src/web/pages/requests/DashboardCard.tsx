// Console dashboard card: open requests of the division and how many are overdue.
import { Link } from 'react-router';
import { errorCode, useApiQuery } from '@gongkai/ui';
import { api } from '../shared/api';

export default function RequestsDashboardCard({ divisionCode }: { divisionCode: string }) {
  const open = useApiQuery(api.requests.queue, { divisionCode, status: 'open', limit: 1 }, { retry: false });
  const overdue = useApiQuery(api.requests.queue, { divisionCode, status: 'open', overdueOnly: true, limit: 1 }, { retry: false });
  // Accounts without the permission see no card rather than an error.
  if (open.error && (errorCode(open.error) === 'FORBIDDEN' || errorCode(open.error) === 'NOT_FOUND')) return null;
  const late = overdue.data?.total ?? 0;
  return (
    <section className="gk-card" aria-labelledby="mechanisms-card" style={{ maxWidth: '22rem', marginTop: '1rem' }}>
      <h2 id="mechanisms-card">依申请公开</h2>
      <p>未办结：{open.data?.total ?? '…'} 件</p>
      <p>{late > 0 ? <strong style={{ color: '#b00020' }}>已逾期：{late} 件</strong> : `已逾期：${overdue.data ? 0 : '…'} 件`}</p>
      <p><Link to={late > 0 ? '/console/mechanisms/requests?overdue=1' : '/console/mechanisms/requests'}>进入申请办理</Link></p>
    </section>
  );
}
