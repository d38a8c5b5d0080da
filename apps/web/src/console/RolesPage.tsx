import { useId, useState, type FormEvent } from 'react';
import { DataTable, Notice, QueryState, errorMessage, fieldErrorsFrom, skipToken, useApiMutation, useApiQuery, usePageTitle, type Column } from '@gongkai/ui';
import { api, type Outputs } from '../api';
import { hasPermission, useMe } from '../session/session';
import { TextField } from '../shared/TextField';

type Role = Outputs['roles']['list'][number];

function CreateRole() {
  const id = useId();
  const perms = useApiQuery(api.permissions.list, undefined);
  const [v, setV] = useState({ key: '', name: '', description: '' });
  const [chosen, setChosen] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const create = useApiMutation(api.roles.create, { onSuccess: (r) => { setDone(`已创建角色：${r.name}（${r.key}）`); setV({ key: '', name: '', description: '' }); setChosen([]); } });
  const errors = fieldErrorsFrom(create.error);
  const groups = new Map<string, NonNullable<typeof perms.data>>();
  for (const p of perms.data ?? []) groups.set(p.pluginTitle, [...(groups.get(p.pluginTitle) ?? []), p]);
  const submit = (e: FormEvent) => { e.preventDefault(); setDone(null); create.mutate({ key: v.key, name: v.name, ...(v.description ? { description: v.description } : {}), permissions: chosen }); };
  return (
    <section aria-labelledby="create-role" className="gk-section">
      <h2 id="create-role">新建自定义角色</h2>
      {done ? <Notice tone="success">{done}</Notice> : null}
      {create.error && Object.keys(errors).length === 0 ? <Notice tone="error">{errorMessage(create.error)}</Notice> : null}
      <form className="gk-form" onSubmit={submit} aria-label="新建自定义角色" noValidate>
        <TextField id={`${id}-k`} label="角色编号" hint="2–40 位小写字母、数字或连字符；保存为 custom.<编号>" value={v.key} onChange={(key) => setV({ ...v, key })} error={errors.key} required maxLength={40} />
        <TextField id={`${id}-n`} label="角色名称" value={v.name} onChange={(name) => setV({ ...v, name })} error={errors.name} required maxLength={50} />
        <TextField id={`${id}-d`} label="说明" value={v.description} onChange={(description) => setV({ ...v, description })} error={errors.description} maxLength={200} />
        <fieldset className={`gk-fieldset${errors.permissions ? ' gk-field-invalid' : ''}`}>
          <legend>权限</legend>
          {errors.permissions ? <p className="gk-field-error">{errors.permissions}</p> : null}
          {[...groups.entries()].map(([title, list]) => (
            <fieldset key={title} className="gk-facet">
              <legend>{title}</legend>
              <ul className="gk-checkbox-list">
                {list.map((p) => (
                  <li key={p.id}>
                    <input id={`${id}-p-${p.id}`} type="checkbox" checked={chosen.includes(p.id)} onChange={(e) => setChosen(e.target.checked ? [...chosen, p.id] : chosen.filter((x) => x !== p.id))} />
                    <label htmlFor={`${id}-p-${p.id}`}>{p.label}（{p.id}）</label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
        </fieldset>
        <div className="gk-form-actions"><button type="submit" className="gk-button" disabled={create.isPending}>创建角色</button></div>
      </form>
    </section>
  );
}

export default function RolesPage() {
  usePageTitle('角色');
  const me = useMe().data;
  const canManage = hasPermission(me, 'kernel.roles.manage');
  const roles = useApiQuery(api.roles.list, me ? { includeBuiltin: true } : skipToken);
  const remove = useApiMutation(api.roles.delete);
  const columns: Column<Role>[] = [
    { key: 'name', header: '角色', rowHeader: true },
    { key: 'key', header: '编号' },
    { key: 'builtin', header: '来源', render: (r) => (r.builtin ? '内置' : '自定义') },
    { key: 'permissions', header: '权限', render: (r) => r.permissionLabels.map((p) => p.label).join('、') },
    ...(canManage ? [{ key: 'actions', header: '操作', render: (r: Role) => (r.builtin ? '—' : <button type="button" className="gk-button-link" onClick={() => { if (window.confirm(`确定删除角色“${r.name}”？`)) remove.mutate({ id: r.id }); }}>删除<span className="gk-visually-hidden">{r.name}</span></button>) }] : []),
  ];
  return (
    <>
      <h1>角色</h1>
      <p>角色是一组权限，全省通用；在“用户与授权”中把角色授予某个地区或机构的工作人员。</p>
      {remove.error ? <Notice tone="error">{errorMessage(remove.error)}</Notice> : null}
      <QueryState query={roles}>{(data) => <DataTable caption="角色列表" columns={columns} rows={data} rowKey={(r) => r.id} />}</QueryState>
      {canManage ? <CreateRole /> : null}
    </>
  );
}
