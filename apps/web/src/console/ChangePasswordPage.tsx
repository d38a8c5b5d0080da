import { Navigate, useNavigate } from 'react-router';
import { Notice, QueryState, usePageTitle } from '@gongkai/ui';
import { ChangePasswordForm } from '../shared/ChangePasswordForm';
import { useMe } from '../session/session';
import { BareLayout } from './BareLayout';

/** First sign-in with a one-time password: the password must be changed before anything else. */
export default function ChangePasswordPage() {
  usePageTitle('修改初始密码');
  const me = useMe();
  const navigate = useNavigate();
  return (
    <BareLayout>
      <div className="gk-narrow">
        <h1>修改初始密码</h1>
        <QueryState query={me}>
          {(data) => {
            if (!data || data.kind !== 'staff') return <Navigate to="/console/login" replace />;
            return (
              <>
                {data.mustChangePassword ? <Notice tone="warning">您正在使用管理员发放的一次性密码。为保障账号安全，请先设置新密码。</Notice> : null}
                <ChangePasswordForm submitLabel="设置新密码" onDone={() => { void me.refetch().then(() => navigate('/console', { replace: true })); }} />
              </>
            );
          }}
        </QueryState>
      </div>
    </BareLayout>
  );
}
