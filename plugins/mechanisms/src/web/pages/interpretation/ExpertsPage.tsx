// Console: the expert register (专家库). Experts registered by the province serve every city.
import { useId, useState } from 'react';
import { DataTable, QueryState, skipToken, useApiMutation, useApiQuery, useDivision, usePageTitle, type Column } from '@gongkai/ui';
import { api, type Outputs } from '../shared/api';
import { ActionForm } from '../shared/ActionForm';
import { CheckboxField, TextAreaField, TextField } from '../shared/fields';
import { serverErrors } from '../shared/form-errors';

type Expert = Outputs['interpretation']['experts'][number];

function ExpertForm({ divisionCode, editing, onDone }: { divisionCode: string; editing: Expert | null; onDone: () => void }) {
  const id = useId();
  const [v, setV] = useState({
    name: editing?.name ?? '', title: editing?.title ?? '', affiliation: editing?.affiliation ?? '', fields: editing?.fields.join('、') ?? '',
    bio: editing?.bio ?? '', phone: editing?.phone ?? '', email: editing?.email ?? '',
  });
  const [active, setActive] = useState(editing?.active ?? true);
  const set = (k: keyof typeof v) => (x: string) => setV((p) => ({ ...p, [k]: x }));
  const m = useApiMutation(api.interpretation.saveExpert, { onSuccess: onDone });
  const e = serverErrors(m.error);
  return (
    <ActionForm level={2} title={editing ? `修改专家：${editing.name}` : '登记专家'} titleId={`${id}-t`} pending={m.isPending} submitLabel="保存" formError={e['']}
      onSubmit={() => m.mutate({
        divisionCode, ...(editing ? { id: editing.id } : {}), name: v.name, title: v.title, affiliation: v.affiliation,
        fields: v.fields.split(/[、,，\s]+/).map((s) => s.trim()).filter(Boolean), bio: v.bio, phone: v.phone || null, email: v.email || null, active,
      })}>
      <TextField id={`${id}-n`} label="姓名" required maxLength={50} value={v.name} onChange={set('name')} error={e.name} />
      <TextField id={`${id}-ti`} label="职称或职务" maxLength={100} value={v.title} onChange={set('title')} error={e.title} />
      <TextField id={`${id}-a`} label="工作单位" maxLength={200} value={v.affiliation} onChange={set('affiliation')} error={e.affiliation} />
      <TextField id={`${id}-f`} label="专业领域" hint="多个领域用顿号分隔" value={v.fields} onChange={set('fields')} error={e.fields} />
      <TextAreaField id={`${id}-b`} label="简介" maxLength={2000} value={v.bio} onChange={set('bio')} error={e.bio} />
      <TextField id={`${id}-p`} label="联系电话（仅工作人员可见）" maxLength={30} value={v.phone} onChange={set('phone')} error={e.phone} />
      <TextField id={`${id}-e`} label="电子邮箱（仅工作人员可见）" type="email" value={v.email} onChange={set('email')} error={e.email} />
      <CheckboxField id={`${id}-act`} label="在库" checked={active} onChange={setActive} />
    </ActionForm>
  );
}

export default function ExpertsPage() {
  usePageTitle('专家库');
  const id = useId();
  const { code } = useDivision();
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<Expert | 'new' | null>(null);
  const list = useApiQuery(api.interpretation.experts, code ? { divisionCode: code, includeInactive: true, ...(q ? { q } : {}) } : skipToken);
  const columns: Column<Expert>[] = [
    { key: 'name', header: '姓名', rowHeader: true },
    { key: 'title', header: '职称或职务' },
    { key: 'affiliation', header: '工作单位' },
    { key: 'fields', header: '专业领域', render: (x) => x.fields.join('、') },
    { key: 'divisionCode', header: '所属专家库', render: (x) => (x.divisionCode === code ? '本地区' : '上级地区') },
    { key: 'active', header: '状态', render: (x) => (x.active ? '在库' : '已停用') },
    { key: 'actions', header: '操作', render: (x) => (x.divisionCode === code ? <button type="button" className="gk-button-link" onClick={() => setEditing(x)}>修改<span className="gk-visually-hidden">{x.name}</span></button> : null) },
  ];
  return (
    <>
      <h1>专家库</h1>
      <div className="gk-toolbar">
        <TextField id={`${id}-q`} label="检索（姓名、单位、领域）" type="search" maxLength={50} value={q} onChange={setQ} />
        <div className="gk-form-actions"><button type="button" className="gk-button-secondary" onClick={() => setEditing('new')}>登记专家</button></div>
      </div>
      {code && editing ? <ExpertForm key={editing === 'new' ? 'new' : editing.id} divisionCode={code} editing={editing === 'new' ? null : editing} onDone={() => setEditing(null)} /> : null}
      <QueryState query={list}>{(rows) => <DataTable caption={`专家（${rows.length} 位）`} columns={columns} rows={rows} rowKey={(x) => x.id} empty="专家库为空。" />}</QueryState>
    </>
  );
}
