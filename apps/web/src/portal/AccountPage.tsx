import { Navigate } from 'react-router';
import { QueryState, usePageTitle } from '@gongkai/ui';
import { ChangePasswordForm } from '../shared/ChangePasswordForm';
import { useMe } from '../session/session';

export default function AccountPage() {
  usePageTitle('我的账号');
  const me = useMe();
  return (
    <QueryState query={me}>
      {(data) => {
        if (!data) return <Navigate to="/login?next=/account" replace />;
        return (
          <div className="gk-narrow">
            <h1>我的账号</h1>
            <table className="gk-meta-table">
              <caption className="gk-visually-hidden">账号信息</caption>
              <tbody>
                <tr><th scope="row">用户名</th><td>{data.username}</td></tr>
                <tr><th scope="row">姓名</th><td>{data.displayName}</td></tr>
              </tbody>
            </table>
            <h2>修改密码</h2>
            <ChangePasswordForm />
          </div>
        );
      }}
    </QueryState>
  );
}
