import { useId, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { DataTable, Notice, QueryState, errorMessage, fieldErrorsFrom, useApiMutation, useApiQuery, usePageTitle, type Column } from '@gongkai/ui';
import { api, type Outputs } from '../api';
import { shanghaiDateTime } from '../shared/format';
import { TextField } from '../shared/TextField';
import { useWorkDivision } from './console-division';
import { OneTimePassword } from './OneTimePassword';
import { OrganizationSelect } from './UsersPage';

type User = Outputs['users']['get'];
type Grant = User['grants'][number];

function GrantForm({ user }: { user: User }) {
  const id = useId();
  const work = useWorkDivision();
  const roles = useApiQuery(api.roles.list, { includeBuiltin: true });
  const [roleKey, setRoleKey] = useState('');
  const [at, setAt] = useState<'division' | 'organization'>('division');
  const [divisionCode, setDivisionCode] = useState(user.divisionCode ?? work);
  const [organizationId, setOrganizationId] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const grant = useApiMutation(api.users.grant, { onSuccess: (g) => setDone(`已授予角色“${roles.data?.find((r) => r.key === g.roleKey)?.name ?? g.roleKey}”`) });
  const errors = fieldErrorsFrom(grant.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    grant.mutate({ userId: user.id, roleKey, ...(at === 'division' ? { divisionCode } : { organizationId }) });
  };
  return (
    <section aria-labelledby="grant-title" className="gk-section">
      <h2 id="grant-title">授予角色</h2>
      {done ? <Notice tone="success">{done}</Notice> : null}
      {grant.error && !errors.roleKey && !errors.divisionCode && !errors.organizationId ? <Notice tone="error">{errorMessage(grant.error)}</Notice> : null}
      <form className="gk-form" onSubmit={submit} aria-label="授予角色" noValidate>
        <div className={`gk-field${errors.roleKey ? ' gk-field-invalid' : ''}`}>
          <label htmlFor={`${id}-r`}>角色</label>
          {errors.roleKey ? <p id={`${id}-r-error`} className="gk-field-error">{errors.roleKey}</p> : null}
          <select id={`${id}-r`} value={roleKey} onChange={(e) => setRoleKey(e.target.value)} required aria-describedby={errors.roleKey ? `${id}-r-error` : undefined}>
            <option value="" disabled>请选择角色</option>
            {(roles.data ?? []).map((r) => <option key={r.key} value={r.key}>{r.name}（{r.key}）</option>)}
          </select>
        </div>
        <fieldset className="gk-fieldset">
          <legend>授权范围</legend>
          <div className="gk-field gk-field-checkbox"><input type="radio" id={`${id}-ad`} name={`${id}-at`} checked={at === 'division'} onChange={() => setAt('division')} /><label htmlFor={`${id}-ad`}>地区（含下级地区）</label></div>
          <div className="gk-field gk-field-checkbox"><input type="radio" id={`${id}-ao`} name={`${id}-at`} checked={at === 'organization'} onChange={() => setAt('organization')} /><label htmlFor={`${id}-ao`}>仅某个机构</label></div>
          {at === 'division'
            ? <TextField id={`${id}-d`} label="地区代码" hint="GB/T 2260 代码，如 2301（哈尔滨市）" value={divisionCode} onChange={setDivisionCode} error={errors.divisionCode} inputMode="numeric" maxLength={9} required />
            : <OrganizationSelect id={`${id}-o`} division={user.divisionCode ?? work} value={organizationId} onChange={setOrganizationId} error={errors.organizationId} label="机构" allowNone={false} />}
        </fieldset>
        <div className="gk-form-actions"><button type="submit" className="gk-button" disabled={grant.isPending || !roleKey}>授予</button></div>
      </form>
    </section>
  );
}

export default function UserDetailPage() {
  const { id = '' } = useParams();
  const user = useApiQuery(api.users.get, { id });
  usePageTitle(user.data ? `账号：${user.data.username}` : '账号');
  const [otp, setOtp] = useState<string | null>(null);
  const revoke = useApiMutation(api.users.revokeGrant);
  const reset = useApiMutation(api.users.resetPassword, { onSuccess: (r) => setOtp(r.oneTimePassword) });
  const deactivate = useApiMutation(api.users.deactivate);
  const reactivate = useApiMutation(api.users.reactivate);
  const actionError = revoke.error ?? reset.error ?? deactivate.error ?? reactivate.error;

  const columns: Column<Grant>[] = [
    { key: 'role', header: '角色', rowHeader: true, render: (g) => g.role.name },
    { key: 'scope', header: '范围', render: (g) => (g.organization ? `机构：${g.organization.name}` : `地区：${g.divisionCode}（含下级）`) },
    { key: 'createdAt', header: '授予时间', render: (g) => shanghaiDateTime(g.createdAt) },
    { key: 'actions', header: '操作', render: (g) => <button type="button" className="gk-button-link" onClick={() => { if (window.confirm(`确定撤销角色“${g.role.name}”？`)) revoke.mutate({ grantId: g.id }); }}>撤销<span className="gk-visually-hidden">{g.role.name}</span></button> },
  ];

  return (
    <>
      <p><Link to="/console/users">← 返回用户列表</Link></p>
      <QueryState query={user}>
        {(u) => (
          <>
            <h1>账号：{u.username}</h1>
            {actionError ? <Notice tone="error">{errorMessage(actionError)}</Notice> : null}
            {otp ? <OneTimePassword username={u.username} password={otp} onDismiss={() => setOtp(null)} /> : null}
            <table className="gk-meta-table">
              <caption className="gk-visually-hidden">账号信息</caption>
              <tbody>
                <tr><th scope="row">姓名</th><td>{u.displayName}</td></tr>
                <tr><th scope="row">类型</th><td>{u.kind === 'staff' ? '工作人员' : '公众'}</td></tr>
                <tr><th scope="row">地区代码</th><td>{u.divisionCode ?? '—'}</td></tr>
                <tr><th scope="row">机构</th><td>{u.organization?.name ?? '—'}</td></tr>
                <tr><th scope="row">状态</th><td>{u.active ? (u.mustChangePassword ? '在用（待修改初始密码）' : '在用') : '已停用'}</td></tr>
                <tr><th scope="row">最近登录</th><td>{shanghaiDateTime(u.lastLoginAt) || '从未登录'}</td></tr>
              </tbody>
            </table>
            <div className="gk-form-actions">
              <button type="button" className="gk-button-secondary" disabled={reset.isPending} onClick={() => { if (window.confirm('重置后该账号的所有登录会话将被结束，确定重置密码？')) reset.mutate({ id: u.id }); }}>重置密码</button>
              {u.active
                ? <button type="button" className="gk-button-danger" onClick={() => { if (window.confirm('停用后该账号无法登录，确定停用？')) deactivate.mutate({ id: u.id }); }}>停用账号</button>
                : <button type="button" className="gk-button-secondary" onClick={() => reactivate.mutate({ id: u.id })}>恢复账号</button>}
            </div>
            <DataTable caption="已授予的角色" columns={columns} rows={u.grants} rowKey={(g) => g.id} empty="尚未授予任何角色" />
            {u.kind === 'staff' ? <GrantForm user={u} /> : null}
          </>
        )}
      </QueryState>
    </>
  );
}
