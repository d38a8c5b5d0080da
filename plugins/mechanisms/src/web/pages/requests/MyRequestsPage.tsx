// Portal: the signed-in applicant's own requests.
import { Link, useLocation } from 'react-router';
import { DataTable, Notice, QueryState, useApiQuery, useDivision, usePageTitle, type Column } from '@gongkai/ui';
import { api, kernelApi, type Outputs } from '../shared/api';
import { cnDate } from '../shared/dates';

type Row = Outputs['requests']['mine'][number];

function List() {
  const { withDivision } = useDivision();
  const mine = useApiQuery(api.requests.mine, { cursor: 0 });
  const columns: Column<Row>[] = [
    { key: 'number', header: '申请编号', rowHeader: true, render: (r) => <Link to={withDivision(`/requests/mine/${r.id}`)}>{r.number}</Link> },
    { key: 'organizationName', header: '受理机关' },
    { key: 'description', header: '申请内容' },
    { key: 'receivedOn', header: '收到日期', render: (r) => cnDate(r.receivedOn) },
    { key: 'dueDate', header: '答复期限', render: (r) => (r.status === 'closed' ? '—' : r.dueDate ? `${cnDate(r.dueDate)}${r.provisional ? '（暂定）' : ''}` : '暂停或未起算') },
    { key: 'statusLabel', header: '状态' },
  ];
  return (
    <QueryState query={mine}>
      {(rows) => <DataTable caption={`我的申请（共 ${rows.length} 件）`} columns={columns} rows={rows} rowKey={(r) => r.id} empty="您还没有提交过申请。" pageSize={20} />}
    </QueryState>
  );
}

export default function MyRequestsPage() {
  usePageTitle('我的申请');
  const me = useApiQuery(kernelApi.auth.me, undefined, { staleTime: 30_000, retry: false });
  const { withDivision } = useDivision();
  const location = useLocation();
  return (
    <div>
      <h1>我的申请</h1>
      <QueryState query={me}>
        {(account) => (account?.kind === 'public'
          ? <List />
          : <Notice tone="info" title="请先登录">请使用公众账号 <Link to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`}>登录</Link> 后查看本人的申请。</Notice>)}
      </QueryState>
      <p><Link to={withDivision('/requests/apply')}>提交新的申请</Link></p>
    </div>
  );
}
