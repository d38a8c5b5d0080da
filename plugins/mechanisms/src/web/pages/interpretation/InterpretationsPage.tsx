// Console: interpretations of the division (draft, publish, withdraw) and the coverage of major
// policies within N working days.
import { useId, useState } from 'react';
import { DataTable, QueryState, skipToken, useApiMutation, useApiQuery, useDivision, usePageTitle, type Column } from '@gongkai/ui';
import { interpretationStatusLabels } from '../../../contracts/interpretation';
import { api, type Outputs } from '../shared/api';
import { cnDate, useToday } from '../shared/dates';
import { ActionForm } from '../shared/ActionForm';
import { SelectField, TextAreaField } from '../shared/fields';
import { serverErrors } from '../shared/form-errors';
import { Coverage } from './Coverage';
import { InterpretationForm } from './InterpretationForm';

type Row = Outputs['interpretation']['list']['items'][number];
const statuses = [{ value: 'all', label: '全部' }, { value: 'draft', label: '草稿' }, { value: 'published', label: '已发布' }, { value: 'withdrawn', label: '已撤回' }] as const;

export default function InterpretationsPage() {
  usePageTitle('政策解读');
  const id = useId();
  const { code } = useDivision();
  const today = useToday();
  const [status, setStatus] = useState<(typeof statuses)[number]['value']>('all');
  const [editing, setEditing] = useState<Row | 'new' | null>(null);
  const list = useApiQuery(api.interpretation.list, code ? { divisionCode: code, status, limit: 100 } : skipToken);
  const publish = useApiMutation(api.interpretation.publish);
  const [withdrawing, setWithdrawing] = useState<Row | null>(null);
  const [reason, setReason] = useState('');
  const withdraw = useApiMutation(api.interpretation.withdraw, { onSuccess: () => { setWithdrawing(null); setReason(''); } });
  const we = serverErrors(withdraw.error);
  const columns: Column<Row>[] = [
    { key: 'title', header: '标题', rowHeader: true },
    { key: 'formLabel', header: '形式' },
    { key: 'policyTitle', header: '解读的政策文件' },
    { key: 'organizationName', header: '解读机构' },
    { key: 'experts', header: '专家', render: (r) => r.experts.map((x) => x.name).join('、') },
    { key: 'status', header: '状态', render: (r) => `${interpretationStatusLabels[r.status]}${r.publishedOn ? `（${cnDate(r.publishedOn)}）` : ''}` },
    { key: 'actions', header: '操作', render: (r) => (
      <>
        {r.status !== 'withdrawn' ? <button type="button" className="gk-button-link" onClick={() => setEditing(r)}>修改<span className="gk-visually-hidden">{r.title}</span></button> : null}
        {r.status === 'draft' ? <> <button type="button" className="gk-button-link" disabled={publish.isPending} onClick={() => publish.mutate({ id: r.id })}>发布<span className="gk-visually-hidden">{r.title}</span></button></> : null}
        {r.status === 'published' ? <> <button type="button" className="gk-button-link" onClick={() => setWithdrawing(r)}>撤回<span className="gk-visually-hidden">{r.title}</span></button></> : null}
      </>
    ) },
  ];
  return (
    <>
      <h1>政策解读</h1>
      <p>解读发布后进入政府信息公开目录，并显示在所解读文件的页面上。</p>
      <div className="gk-toolbar">
        <SelectField id={`${id}-s`} label="状态" value={status} onChange={(v) => setStatus(v as typeof status)} options={[...statuses]} />
        <div className="gk-form-actions"><button type="button" className="gk-button-secondary" onClick={() => setEditing('new')}>撰写解读</button></div>
      </div>
      {code && editing ? <InterpretationForm key={editing === 'new' ? 'new' : editing.id} divisionCode={code} editing={editing === 'new' ? null : editing} onDone={() => setEditing(null)} /> : null}
      {withdrawing ? (
        <ActionForm level={2} title={`撤回解读：${withdrawing.title}`} titleId={`${id}-w`} pending={withdraw.isPending} submitLabel="撤回" formError={we['']}
          intro={<p>撤回后该解读从政府信息公开目录和政策文件页面上撤下。</p>} onSubmit={() => withdraw.mutate({ id: withdrawing.id, reason })}>
          <TextAreaField id={`${id}-wr`} label="撤回理由" required maxLength={500} value={reason} onChange={setReason} error={we.reason} />
        </ActionForm>
      ) : null}
      <QueryState query={list}>{(d) => <DataTable caption={`政策解读（共 ${d.total} 篇）`} columns={columns} rows={d.items} rowKey={(r) => r.id} empty="暂无解读。" />}</QueryState>
      {code && today ? <Coverage divisionCode={code} today={today} /> : null}
    </>
  );
}
