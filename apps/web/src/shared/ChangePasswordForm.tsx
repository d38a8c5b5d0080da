import { useId, useState, type FormEvent } from 'react';
import { Notice, errorMessage, fieldErrorsFrom, useApiMutation, type FieldErrors } from '@gongkai/ui';
import { api } from '../api';
import { TextField } from './TextField';

/** Changes the signed-in account's password (other sessions are ended by the server). */
export function ChangePasswordForm({ onDone, submitLabel = '修改密码' }: { onDone?: () => void; submitLabel?: string }) {
  const id = useId();
  const [v, setV] = useState({ oldPassword: '', newPassword: '', confirm: '' });
  const [local, setLocal] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  const change = useApiMutation(api.auth.changePassword, {
    onSuccess: () => { setDone(true); setV({ oldPassword: '', newPassword: '', confirm: '' }); onDone?.(); },
  });
  const errors = Object.keys(local).length ? local : fieldErrorsFrom(change.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const found: FieldErrors = {};
    if (!v.oldPassword) found.oldPassword = '请输入原密码';
    if (v.newPassword !== v.confirm) found.confirm = '两次输入的新密码不一致';
    setLocal(found);
    if (Object.keys(found).length) return;
    change.mutate({ oldPassword: v.oldPassword, newPassword: v.newPassword });
  };
  const set = (k: keyof typeof v) => (value: string) => setV({ ...v, [k]: value });
  return (
    <>
      {done ? <Notice tone="success">密码已修改。</Notice> : null}
      {change.error && !Object.keys(errors).length ? <Notice tone="error" title="修改失败">{errorMessage(change.error)}</Notice> : null}
      {errors[''] ? <Notice tone="error">{errors['']}</Notice> : null}
      <form className="gk-form" onSubmit={submit} aria-label="修改密码" noValidate>
        <TextField id={`${id}-o`} label="原密码" type="password" autoComplete="current-password" required maxLength={256} value={v.oldPassword} onChange={set('oldPassword')} error={errors.oldPassword} />
        <TextField id={`${id}-n`} label="新密码" type="password" autoComplete="new-password" required maxLength={128} hint="至少 10 位，须同时包含字母和数字，不能与用户名相同" value={v.newPassword} onChange={set('newPassword')} error={errors.newPassword} />
        <TextField id={`${id}-c`} label="确认新密码" type="password" autoComplete="new-password" required maxLength={128} value={v.confirm} onChange={set('confirm')} error={errors.confirm} />
        <div className="gk-form-actions"><button type="submit" className="gk-button" disabled={change.isPending}>{change.isPending ? '正在提交…' : submitLabel}</button></div>
      </form>
    </>
  );
}
