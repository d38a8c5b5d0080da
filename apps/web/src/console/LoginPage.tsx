import { useId, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Notice, errorMessage, useApiMutation, usePageTitle } from '@gongkai/ui';
import { api } from '../api';
import { safeNext, useMe } from '../session/session';
import { BareLayout } from './BareLayout';

export default function LoginPage() {
  usePageTitle('管理后台登录');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const id = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const login = useApiMutation(api.auth.login, {
    onSuccess: async (r) => {
      queryClient.clear();
      if (r.user.kind !== 'staff') { navigate('/', { replace: true }); return; }
      navigate(safeNext(params.get('next'), '/console'), { replace: true });
    },
  });
  const me = useMe();
  const submit = (e: FormEvent) => { e.preventDefault(); login.mutate({ username, password }); };
  // Already signed in as staff (and not arriving from an expired session): straight to the console.
  if (me.data?.kind === 'staff' && !params.get('expired') && !login.isPending) return <Navigate to={safeNext(params.get('next'), '/console')} replace />;
  return (
    <BareLayout>
      <div className="gk-narrow">
        <h1>工作人员登录</h1>
        {params.get('expired') ? <Notice tone="warning">登录已失效，请重新登录。</Notice> : null}
        {login.error ? <Notice tone="error" title="登录失败">{errorMessage(login.error)}</Notice> : null}
        <form onSubmit={submit} className="gk-form" aria-label="工作人员登录">
          <div className="gk-field">
            <label htmlFor={`${id}-u`}>用户名</label>
            <input id={`${id}-u`} name="username" autoComplete="username" required maxLength={64} value={username} onChange={(e) => setUsername(e.target.value)} />
          </div>
          <div className="gk-field">
            <label htmlFor={`${id}-p`}>密码</label>
            <input id={`${id}-p`} name="password" type="password" autoComplete="current-password" required maxLength={256} value={password} onChange={(e) => setPassword(e.target.value)} />
          </div>
          <div className="gk-form-actions"><button type="submit" className="gk-button" disabled={login.isPending}>{login.isPending ? '正在登录…' : '登录'}</button></div>
        </form>
      </div>
    </BareLayout>
  );
}
