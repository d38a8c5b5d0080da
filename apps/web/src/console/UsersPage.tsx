import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { DataTable, Notice, QueryState, errorMessage, fieldErrorsFrom, useApiMutation, useApiQuery, usePageTitle, type Column } from '@gongkai/ui';
import { api, type Outputs } from '../api';
import { TextField } from '../shared/TextField';
import { useDivisionName } from '../shared/division-name';
import { shanghaiDateTime } from '../shared/format';
import { useWorkDivision } from './console-division';
import { OneTimePassword } from './OneTimePassword';

type User = Outputs['users']['list']['items'][number];
const PAGE_SIZE = 50;

export function OrganizationSelect({ id, division, value, onChange, error, label = '所属机构', allowNone = true }: { id: string; division: string; value: string; onChange: (v: string) => void; error?: string; label?: string; allowNone?: boolean }) {
  const orgs = useApiQuery(api.organizations.list, { divisionCode: division, pageSize: 200 });
  return (
    <div className={`gk-field${error ? ' gk-field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {error ? <p id={`${id}-error`} className="gk-field-error">{error}</p> : null}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
        {allowNone ? <option value="">（不属于具体机构）</option> : <option value="" disabled>请选择</option>}
        {(orgs.data?.items ?? []).map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
      </select>
    </div>
  );
}

function CreateUser({ division }: { division: string }) {
  const id = useId();
  const empty = { username: '', displayName: '', organizationId: '', email: '', phone: '' };
  const [v, setV] = useState(empty);
  const [otp, setOtp] = useState<{ username: string; password: string; id: string } | null>(null);
  const create = useApiMutation(api.users.create, { onSuccess: (r) => { setOtp({ username: r.user.username, password: r.oneTimePassword, id: r.user.id }); setV(empty); } });
  const errors = fieldErrorsFrom(create.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ username: v.username, displayName: v.displayName, divisionCode: division, ...(v.organizationId ? { organizationId: v.organizationId } : {}), ...(v.email ? { email: v.email } : {}), ...(v.phone ? { phone: v.phone } : {}) });
  };
  const set = (k: keyof typeof v) => (x: string) => setV({ ...v, [k]: x });
  return (
    <section aria-labelledby="create-user" className="gk-section">
      <h2 id="create-user">新建工作人员账号</h2>
      {otp ? (
        <>
          <OneTimePassword username={otp.username} password={otp.password} onDismiss={() => setOtp(null)} />
          <p><Link to={`/console/users/${otp.id}`}>为 {otp.username} 授予角色</Link></p>
        </>
      ) : null}
      {create.error && Object.keys(errors).length === 0 ? <Notice tone="error">{errorMessage(create.error)}</Notice> : null}
      <form className="gk-form" onSubmit={submit} aria-label="新建工作人员账号" noValidate>
        <TextField id={`${id}-u`} label="用户名" hint="4–32 位字母、数字、下划线、点或连字符，以字母开头" value={v.username} onChange={set('username')} error={errors.username} required maxLength={32} autoComplete="off" />
        <TextField id={`${id}-n`} label="姓名" value={v.displayName} onChange={set('displayName')} error={errors.displayName} required maxLength={50} autoComplete="off" />
        <OrganizationSelect id={`${id}-o`} division={division} value={v.organizationId} onChange={set('organizationId')} error={errors.organizationId} />
        <TextField id={`${id}-e`} label="电子邮箱" type="email" value={v.email} onChange={set('email')} error={errors.email} maxLength={100} autoComplete="off" />
        <TextField id={`${id}-p`} label="手机号码" type="tel" value={v.phone} onChange={set('phone')} error={errors.phone} maxLength={11} inputMode="numeric" autoComplete="off" />
        <p className="gk-field-hint">账号创建后，系统生成一次性密码并只显示一次。</p>
        <div className="gk-form-actions"><button type="submit" className="gk-button" disabled={create.isPending}>创建账号</button></div>
      </form>
    </section>
  );
}

export default function UsersPage() {
  usePageTitle('用户与授权');
  const division = useWorkDivision();
  const name = useDivisionName(division);
  const id = useId();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<'staff' | 'public'>('staff');
  const [inactive, setInactive] = useState(false);
  const [page, setPage] = useState(1);
  const list = useApiQuery(api.users.list, { divisionCode: kind === 'staff' ? division : undefined, kind, q: q || undefined, includeInactive: inactive, page, pageSize: PAGE_SIZE }, { placeholderData: (p) => p });
  const columns: Column<User>[] = [
    { key: 'username', header: '用户名', rowHeader: true, render: (u) => <Link to={`/console/users/${u.id}`}>{u.username}</Link> },
    { key: 'displayName', header: '姓名' },
    { key: 'organization', header: '机构', render: (u) => u.organization?.name ?? '—' },
    { key: 'divisionCode', header: '地区代码' },
    { key: 'grants', header: '角色', render: (u) => u.grants.map((g) => g.role.name).join('、') || '—' },
    { key: 'active', header: '状态', render: (u) => (!u.active ? '已停用' : u.mustChangePassword ? '待改初始密码' : '在用') },
    { key: 'lastLoginAt', header: '最近登录', render: (u) => shanghaiDateTime(u.lastLoginAt) || '从未登录' },
  ];
  return (
    <>
      <h1>用户与授权</h1>
      <div className="gk-toolbar">
        <div className="gk-field"><label htmlFor={`${id}-q`}>按用户名或姓名查找</label><input id={`${id}-q`} type="search" value={q} maxLength={50} onChange={(e) => { setQ(e.target.value); setPage(1); }} /></div>
        <div className="gk-field"><label htmlFor={`${id}-k`}>账号类型</label>
          <select id={`${id}-k`} value={kind} onChange={(e) => { setKind(e.target.value as 'staff' | 'public'); setPage(1); }}><option value="staff">工作人员</option><option value="public">公众</option></select>
        </div>
        <div className="gk-field gk-field-checkbox"><input id={`${id}-i`} type="checkbox" checked={inactive} onChange={(e) => setInactive(e.target.checked)} /><label htmlFor={`${id}-i`}>包含已停用账号</label></div>
      </div>
      <QueryState query={list}>
        {(data) => (
          <DataTable caption={`${kind === 'staff' ? `${name ?? division}及下级的工作人员` : '公众账号'}（共 ${data.total} 个）`} columns={columns} rows={data.items} rowKey={(u) => u.id}
            pagination={{ page, pageCount: Math.max(1, Math.ceil(data.total / PAGE_SIZE)), onChange: setPage }} empty="没有符合条件的账号" />
        )}
      </QueryState>
      <CreateUser division={division} />
    </>
  );
}
