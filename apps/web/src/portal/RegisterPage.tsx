import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Notice, fieldErrorsFrom, useApiMutation, usePageTitle, errorMessage, type FieldErrors } from '@gongkai/ui';
import { api } from '../api';
import { TextField } from '../shared/TextField';

/** Citizen registration: a public account for following requests and submitting applications. */
export default function RegisterPage() {
  usePageTitle('注册公众账号');
  const navigate = useNavigate();
  const id = useId();
  const [v, setV] = useState({ username: '', displayName: '', phone: '', password: '', confirm: '' });
  const [local, setLocal] = useState<FieldErrors>({});
  const register = useApiMutation(api.auth.register, { onSuccess: () => navigate('/login?registered=1') });
  const errors = Object.keys(local).length ? local : fieldErrorsFrom(register.error);
  const set = (k: keyof typeof v) => (value: string) => setV({ ...v, [k]: value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: FieldErrors = {};
    if (v.password !== v.confirm) found.confirm = '两次输入的密码不一致';
    setLocal(found);
    if (Object.keys(found).length) return;
    register.mutate({ username: v.username, displayName: v.displayName, phone: v.phone, password: v.password });
  };
  return (
    <div className="gk-narrow">
      <h1>注册公众账号</h1>
      <p>注册后可在线提交政府信息公开申请并查询办理进度。带 * 的为必填项。</p>
      {register.error && !Object.keys(errors).length ? <Notice tone="error" title="注册失败">{errorMessage(register.error)}</Notice> : null}
      {errors[''] ? <Notice tone="error">{errors['']}</Notice> : null}
      <form onSubmit={submit} className="gk-form" aria-label="注册公众账号" noValidate>
        <TextField id={`${id}-u`} label="用户名" hint="4–32 位字母、数字、下划线、点或连字符，以字母开头" value={v.username} onChange={set('username')} error={errors.username} autoComplete="username" required maxLength={32} />
        <TextField id={`${id}-n`} label="姓名或昵称" value={v.displayName} onChange={set('displayName')} error={errors.displayName} autoComplete="name" required maxLength={50} />
        <TextField id={`${id}-m`} label="手机号码" type="tel" value={v.phone} onChange={set('phone')} error={errors.phone} autoComplete="tel" required maxLength={11} inputMode="numeric" />
        <TextField id={`${id}-p`} label="密码" type="password" hint="至少 10 位，须同时包含字母和数字" value={v.password} onChange={set('password')} error={errors.password} autoComplete="new-password" required maxLength={128} />
        <TextField id={`${id}-c`} label="确认密码" type="password" value={v.confirm} onChange={set('confirm')} error={errors.confirm} autoComplete="new-password" required maxLength={128} />
        <div className="gk-form-actions"><button type="submit" className="gk-button" disabled={register.isPending}>{register.isPending ? '正在提交…' : '注册'}</button></div>
      </form>
      <p>已有账号？<Link to="/login">登录</Link></p>
    </div>
  );
}
