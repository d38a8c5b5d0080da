// Console dashboard card: open opinion warnings of the division and overdue response tasks.
import { Link } from 'react-router';
import { errorCode, useApiQuery } from '@gongkai/ui';
import { api } from '../shared/api';

export default function OpinionDashboardCard({ divisionCode }: { divisionCode: string }) {
  const dash = useApiQuery(api.opinion.dashboard, { divisionCode }, { retry: false });
  // Accounts without the permission see no card rather than an error.
  if (dash.error && (errorCode(dash.error) === 'FORBIDDEN' || errorCode(dash.error) === 'NOT_FOUND')) return null;
  const d = dash.data;
  const unassigned = d ? d.warnings.filter((w) => w.tasks.length === 0).length : 0;
  return (
    <section className="gk-card" aria-labelledby="mechanisms-opinion-card">
      <h2 id="mechanisms-opinion-card">舆情监测</h2>
      <p>未关闭的预警：{d ? d.warnings.length : '…'} 条{unassigned ? `（${unassigned} 条未指派）` : ''}</p>
      <p>{d && d.overdueTasks > 0 ? <strong style={{ color: '#b00020' }}>超时未回应：{d.overdueTasks} 项</strong> : `超时未回应：${d ? 0 : '…'} 项`}</p>
      <p><Link to="/console/mechanisms/opinion">进入舆情监测</Link></p>
    </section>
  );
}
