// Console: opinion sources — manual entry, RSS/Atom feeds (fetched on their interval or now), and
// interface sources other systems post to with an API token.
import { useId, useState } from 'react';
import { DataTable, QueryState, skipToken, useApiMutation, useApiQuery, useDivision, usePageTitle, type Column } from '@gongkai/ui';
import { sourceKindLabels, sourceKinds } from '../../../contracts/opinion';
import { api, type Outputs } from '../shared/api';
import { ActionForm } from '../shared/ActionForm';
import { cnDateTime } from '../shared/dates';
import { CheckboxField, SelectField, TextField } from '../shared/fields';
import { serverErrors } from '../shared/form-errors';

type Source = Outputs['opinion']['sources'][number];
type Kind = (typeof sourceKinds)[number];

function SourceForm({ divisionCode, editing, onDone }: { divisionCode: string; editing: Source | null; onDone: () => void }) {
  const id = useId();
  const [kind, setKind] = useState<Kind>(editing?.kind ?? 'feed');
  const [name, setName] = useState(editing?.name ?? '');
  const [url, setUrl] = useState(editing?.url ?? '');
  const [weight, setWeight] = useState(String(editing?.weight ?? 1));
  const [minutes, setMinutes] = useState(String(editing?.fetchMinutes ?? 30));
  const [active, setActive] = useState(editing?.active ?? true);
  const m = useApiMutation(api.opinion.saveSource, { onSuccess: onDone });
  const e = serverErrors(m.error);
  return (
    <ActionForm level={2} title={editing ? `修改来源：${editing.name}` : '新增来源'} titleId={`${id}-t`} pending={m.isPending} submitLabel="保存" formError={e['']}
      onSubmit={() => m.mutate({ divisionCode, ...(editing ? { id: editing.id } : {}), kind, name, url: kind === 'feed' ? url : null, weight: Number(weight), fetchMinutes: Number(minutes), active })}>
      <SelectField id={`${id}-k`} label="来源类型" required value={kind} onChange={(v) => setKind(v as Kind)} disabled={!!editing} options={sourceKinds.map((k) => ({ value: k, label: sourceKindLabels[k] }))} error={e.kind} />
      <TextField id={`${id}-n`} label="来源名称" required maxLength={100} value={name} onChange={setName} error={e.name} />
      {kind === 'feed' ? <TextField id={`${id}-u`} label="订阅地址（RSS 或 Atom）" type="url" required value={url} onChange={setUrl} error={e.url} /> : null}
      <TextField id={`${id}-w`} label="来源权重" hint="中央媒体 3，省级媒体 2，本地媒体 1，论坛和自媒体 0.5" type="number" step="0.1" min={0.1} max={10} value={weight} onChange={setWeight} error={e.weight} />
      {kind === 'feed' ? <TextField id={`${id}-m`} label="抓取间隔（分钟）" type="number" min={5} max={1440} value={minutes} onChange={setMinutes} error={e.fetchMinutes} /> : null}
      <CheckboxField id={`${id}-a`} label="启用" checked={active} onChange={setActive} />
      {kind === 'api' && editing ? <p className="gk-field-hint">接口报送：POST /api/v1/mechanisms/opinion/items，来源标识 <code>{editing.id}</code>，使用具有“通过接口报送舆情”权限的账号签发的 API 令牌。</p> : null}
    </ActionForm>
  );
}

export default function SourcesPage() {
  usePageTitle('舆情来源');
  const { code } = useDivision();
  const [editing, setEditing] = useState<Source | 'new' | null>(null);
  const list = useApiQuery(api.opinion.sources, code ? { divisionCode: code } : skipToken);
  const fetchNow = useApiMutation(api.opinion.fetchSource);
  const columns: Column<Source>[] = [
    { key: 'name', header: '名称', rowHeader: true },
    { key: 'kind', header: '类型', render: (s) => sourceKindLabels[s.kind] },
    { key: 'weight', header: '权重', align: 'end' },
    { key: 'active', header: '状态', render: (s) => (s.active ? '启用' : '停用') },
    { key: 'lastFetchedAt', header: '最近抓取', render: (s) => (s.kind !== 'feed' ? '—' : s.lastFetchedAt ? `${cnDateTime(s.lastFetchedAt)}：${s.lastStatus === 'ok' ? `成功，新增 ${s.lastItemCount ?? 0} 条` : `失败（${s.lastError ?? ''}）`}` : '尚未抓取') },
    { key: 'actions', header: '操作', render: (s) => (
      <>
        <button type="button" className="gk-button-link" onClick={() => setEditing(s)}>修改<span className="gk-visually-hidden">{s.name}</span></button>
        {s.kind === 'feed' && s.active ? <> <button type="button" className="gk-button-link" disabled={fetchNow.isPending} onClick={() => fetchNow.mutate({ sourceId: s.id })}>立即抓取<span className="gk-visually-hidden">{s.name}</span></button></> : null}
      </>
    ) },
  ];
  return (
    <>
      <h1>舆情来源</h1>
      <p><button type="button" className="gk-button-secondary" onClick={() => setEditing('new')}>新增来源</button></p>
      {code && editing ? <SourceForm key={editing === 'new' ? 'new' : editing.id} divisionCode={code} editing={editing === 'new' ? null : editing} onDone={() => setEditing(null)} /> : null}
      <QueryState query={list}>{(rows) => <DataTable caption="舆情来源" columns={columns} rows={rows} rowKey={(s) => s.id} empty="尚未配置来源。" />}</QueryState>
    </>
  );
}
