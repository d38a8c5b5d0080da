import { useId, useState, type FormEvent } from 'react';
import { DataTable, Notice, QueryState, errorMessage, fieldErrorsFrom, useApiMutation, useApiQuery, usePageTitle, type Column } from '@gongkai/ui';
import { api, type Outputs } from '../api';
import { hasPermission, useMe } from '../session/session';
import { TextField } from '../shared/TextField';
import { useDivisionName } from '../shared/division-name';
import { useWorkDivision } from './console-division';

type Org = Outputs['organizations']['list']['items'][number];
const kinds = [['department', '部门'], ['service-center', '政务服务中心'], ['government', '人民政府（办公室）'], ['other', '其他']] as const;
const kindLabel = Object.fromEntries(kinds) as Record<string, string>;
const PAGE_SIZE = 50;

function CreateOrganization({ division }: { division: string }) {
  const id = useId();
  const [v, setV] = useState({ code: '', name: '', kind: 'department' as (typeof kinds)[number][0] });
  const [done, setDone] = useState<string | null>(null);
  const create = useApiMutation(api.organizations.create, { onSuccess: (o) => { setDone(`已创建机构：${o.name}`); setV({ code: '', name: '', kind: 'department' }); } });
  const errors = fieldErrorsFrom(create.error);
  const submit = (e: FormEvent) => { e.preventDefault(); setDone(null); create.mutate({ divisionCode: division, ...v }); };
  return (
    <section aria-labelledby="create-org" className="gk-section">
      <h2 id="create-org">新建机构</h2>
      {done ? <Notice tone="success">{done}</Notice> : null}
      {create.error && !errors.code && !errors.name ? <Notice tone="error">{errorMessage(create.error)}</Notice> : null}
      <form className="gk-form" onSubmit={submit} aria-label="新建机构" noValidate>
        <TextField id={`${id}-n`} label="机构名称" value={v.name} onChange={(name) => setV({ ...v, name })} error={errors.name} required maxLength={100} />
        <TextField id={`${id}-c`} label="机构代码" hint="用于编制索引号，如组织机构代码 000014349；1–20 位大写字母、数字或连字符" value={v.code} onChange={(code) => setV({ ...v, code: code.toUpperCase() })} error={errors.code} required maxLength={20} />
        <div className="gk-field">
          <label htmlFor={`${id}-k`}>机构类型</label>
          <select id={`${id}-k`} value={v.kind} onChange={(e) => setV({ ...v, kind: e.target.value as typeof v.kind })}>
            {kinds.map(([k, l]) => <option key={k} value={k}>{l}</option>)}
          </select>
        </div>
        <div className="gk-form-actions"><button type="submit" className="gk-button" disabled={create.isPending}>创建</button></div>
      </form>
    </section>
  );
}

export default function OrganizationsPage() {
  usePageTitle('机构');
  const me = useMe().data;
  const division = useWorkDivision();
  const name = useDivisionName(division);
  const id = useId();
  const [q, setQ] = useState('');
  const [subtree, setSubtree] = useState(false);
  const [page, setPage] = useState(1);
  const canManage = hasPermission(me, 'kernel.organizations.manage');
  const list = useApiQuery(api.organizations.list, { divisionCode: division, subtree, q: q || undefined, includeInactive: canManage, page, pageSize: PAGE_SIZE }, { placeholderData: (p) => p });
  const deactivate = useApiMutation(api.organizations.deactivate);
  const reactivate = useApiMutation(api.organizations.reactivate);
  const actionError = deactivate.error ?? reactivate.error;

  const columns: Column<Org>[] = [
    { key: 'name', header: '机构名称', rowHeader: true },
    { key: 'code', header: '机构代码' },
    { key: 'kind', header: '类型', render: (o) => kindLabel[o.kind] ?? o.kind },
    { key: 'division', header: '所属地区', render: (o) => o.division.name },
    { key: 'active', header: '状态', render: (o) => (o.active ? '在用' : '已停用') },
    ...(canManage ? [{
      key: 'actions', header: '操作',
      render: (o: Org) => o.active
        ? <button type="button" className="gk-button-link" onClick={() => deactivate.mutate({ id: o.id })}>停用<span className="gk-visually-hidden">{o.name}</span></button>
        : <button type="button" className="gk-button-link" onClick={() => reactivate.mutate({ id: o.id })}>恢复<span className="gk-visually-hidden">{o.name}</span></button>,
    }] : []),
  ];

  return (
    <>
      <h1>机构</h1>
      <div className="gk-toolbar">
        <div className="gk-field"><label htmlFor={`${id}-q`}>按名称或代码查找</label><input id={`${id}-q`} type="search" value={q} maxLength={50} onChange={(e) => { setQ(e.target.value); setPage(1); }} /></div>
        <div className="gk-field gk-field-checkbox"><input id={`${id}-s`} type="checkbox" checked={subtree} onChange={(e) => { setSubtree(e.target.checked); setPage(1); }} /><label htmlFor={`${id}-s`}>包含下级地区</label></div>
      </div>
      {actionError ? <Notice tone="error">{errorMessage(actionError)}</Notice> : null}
      <QueryState query={list}>
        {(data) => (
          <DataTable caption={`${name ?? division}的机构（共 ${data.total} 个）`} columns={columns} rows={data.items} rowKey={(o) => o.id}
            pagination={{ page, pageCount: Math.max(1, Math.ceil(data.total / PAGE_SIZE)), onChange: setPage }} empty="暂无机构" />
        )}
      </QueryState>
      {canManage ? <CreateOrganization division={division} /> : null}
    </>
  );
}
