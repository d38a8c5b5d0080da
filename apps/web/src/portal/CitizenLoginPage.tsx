import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Notice, errorMessage, useApiMutation, usePageTitle } from '@gongkai/ui';
import { api } from '../api';
import { safeNext } from '../session/session';

/** Sign-in for public (citizen) accounts; staff are sent to the console. */
export default function CitizenLoginPage() {
  usePageTitle('登录');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const id = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const login = useApiMutation(api.auth.login, {
    onSuccess: (r) => navigate(r.user.kind === 'staff' ? '/console' : safeNext(params.get('next'), '/'), { replace: true }),
  });
  const submit = (e: FormEvent) => { e.preventDefault(); login.mutate({ username, password }); };
  return (
    <div className="gk-narrow">
      <h1>用户登录</h1>
      {params.get('registered') ? <Notice tone="success">注册成功，请登录。</Notice> : null}
      {login.error ? <Notice tone="error" title="登录失败">{errorMessage(login.error)}</Notice> : null}
      <form onSubmit={submit} className="gk-form" aria-label="用户登录">
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
      <p>还没有账号？<Link to="/register">注册公众账号</Link></p>
      <p>工作人员请从<Link to="/console/login">管理后台</Link>登录。</p>
    </div>
  );
}
