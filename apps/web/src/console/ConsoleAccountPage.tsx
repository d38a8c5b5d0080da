import { DataTable, Notice, QueryState, errorMessage, useApiMutation, useApiQuery, usePageTitle, type Column } from '@gongkai/ui';
import { api, type Outputs } from '../api';
import { ChangePasswordForm } from '../shared/ChangePasswordForm';
import { shanghaiDateTime } from '../shared/format';

type Session = Outputs['sessions']['list'][number];

export default function ConsoleAccountPage() {
  usePageTitle('我的账号');
  const sessions = useApiQuery(api.sessions.list, undefined);
  const revoke = useApiMutation(api.sessions.revoke);
  const revokeOthers = useApiMutation(api.sessions.revokeOthers);
  const columns: Column<Session>[] = [
    { key: 'createdAt', header: '登录时间', rowHeader: true, render: (s) => shanghaiDateTime(s.createdAt) },
    { key: 'ip', header: '地址', render: (s) => s.ip ?? '—' },
    { key: 'userAgent', header: '浏览器', render: (s) => s.userAgent ?? '—' },
    { key: 'expiresAt', header: '到期', render: (s) => shanghaiDateTime(s.expiresAt) },
    { key: 'actions', header: '操作', render: (s) => (s.current ? '当前会话' : <button type="button" className="gk-button-link" onClick={() => revoke.mutate({ id: s.id })}>结束</button>) },
  ];
  return (
    <>
      <h1>我的账号</h1>
      <section aria-labelledby="pw-title" className="gk-section">
        <h2 id="pw-title">修改密码</h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="sess-title" className="gk-section">
        <h2 id="sess-title">登录会话</h2>
        {revoke.error ?? revokeOthers.error ? <Notice tone="error">{errorMessage(revoke.error ?? revokeOthers.error)}</Notice> : null}
        <QueryState query={sessions}>{(data) => <DataTable caption="有效的登录会话" columns={columns} rows={data} rowKey={(s) => s.id} />}</QueryState>
        <button type="button" className="gk-button-secondary" onClick={() => revokeOthers.mutate()} disabled={revokeOthers.isPending}>结束其他所有会话</button>
      </section>
    </>
  );
}
