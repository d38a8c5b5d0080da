// Console: information sharing between departments — the sharing catalogue (all enabled
// divisions), this division's resources, requests awaiting approval (by reply deadline) and the
// requests its departments made.
import { useId, useState } from 'react';
import { DataTable, Notice, QueryState, skipToken, useApiMutation, useApiQuery, useDivision, usePageTitle, type Column } from '@gongkai/ui';
import { resourceFormatLabels, shareRequestStatusLabels, shareTypeLabels } from '../../../contracts/sharing';
import { api, type Outputs } from '../shared/api';
import { ActionForm } from '../shared/ActionForm';
import { cnDate, useToday } from '../shared/dates';
import { SelectField, TextAreaField, TextField } from '../shared/fields';
import { serverErrors } from '../shared/form-errors';
import { OrgSelect } from '../shared/OrgSelect';
import { ResourceForm } from './ResourceForm';

type Resource = Outputs['sharing']['catalogue']['items'][number];
type Req = Outputs['sharing']['incoming']['items'][number];

function RequestForm({ resource, divisionCode, onDone }: { resource: Resource; divisionCode: string; onDone: () => void }) {
  const id = useId();
  const [org, setOrg] = useState('');
  const [purpose, setPurpose] = useState('');
  const m = useApiMutation(api.sharing.request, { onSuccess: onDone });
  const e = serverErrors(m.error);
  return (
    <ActionForm level={2} title={`申请共享：${resource.title}`} titleId={`${id}-t`} pending={m.isPending} submitLabel="提交申请" formError={e['']}
      intro={<p>{resource.organizationName}，{shareTypeLabels[resource.shareType]}{resource.conditions ? `：${resource.conditions}` : ''}</p>}
      onSubmit={() => m.mutate({ resourceId: resource.id, requesterOrganizationId: org, purpose })}>
      <OrgSelect id={`${id}-o`} label="申请部门" required divisionCode={divisionCode} value={org} onChange={setOrg} error={e.requesterOrganizationId} exclude={resource.organizationId} />
      <TextAreaField id={`${id}-p`} label="用途（共享依据和使用范围）" required maxLength={2000} value={purpose} onChange={setPurpose} error={e.purpose} />
    </ActionForm>
  );
}

function Decide({ row, today, onDone }: { row: Req; today: string | null; onDone: () => void }) {
  const id = useId();
  const [decision, setDecision] = useState<'approve' | 'refuse'>('approve');
  const [note, setNote] = useState('');
  const [until, setUntil] = useState('');
  const m = useApiMutation(api.sharing.decide, { onSuccess: onDone });
  const e = serverErrors(m.error);
  return (
    <ActionForm level={2} title={`审批：${row.requesterOrganizationName}申请“${row.resourceTitle}”`} titleId={`${id}-t`} pending={m.isPending} submitLabel="提交审批" formError={e['']}
      intro={<p>用途：{row.purpose}。请于 {cnDate(row.replyDue)} 前答复。</p>}
      onSubmit={() => m.mutate({ requestId: row.id, decision, note: note || null, validUntil: decision === 'approve' && until ? until : null })}>
      <SelectField id={`${id}-d`} label="审批结果" required value={decision} onChange={(v) => setDecision(v as 'approve' | 'refuse')} options={[{ value: 'approve', label: '同意共享' }, { value: 'refuse', label: '不同意' }]} />
      <TextAreaField id={`${id}-n`} label={decision === 'refuse' ? '不同意的理由' : '审批意见'} required={decision === 'refuse'} maxLength={2000} value={note} onChange={setNote} error={e.note} />
      {decision === 'approve' ? <TextField id={`${id}-u`} label="有效期至" hint="不填则长期有效" type="date" min={today ?? undefined} value={until} onChange={setUntil} error={e.validUntil} /> : null}
    </ActionForm>
  );
}

export default function SharingPage() {
  usePageTitle('信息共享');
  const id = useId();
  const { code } = useDivision();
  const [q, setQ] = useState('');
  const [requesting, setRequesting] = useState<Resource | null>(null);
  const [editing, setEditing] = useState<Resource | 'new' | null>(null);
  const [deciding, setDeciding] = useState<Req | null>(null);
  const [status, setStatus] = useState<'pending' | 'all'>('pending');
  const catalogue = useApiQuery(api.sharing.catalogue, { ...(q ? { q } : {}), limit: 100 }, { retry: false });
  const incoming = useApiQuery(api.sharing.incoming, code ? { divisionCode: code, status, limit: 100 } : skipToken, { retry: false });
  const outgoing = useApiQuery(api.sharing.outgoing, code ? { divisionCode: code, status: 'all', limit: 100 } : skipToken, { retry: false });
  const withdraw = useApiMutation(api.sharing.withdrawRequest);
  const today = useToday();
  const resourceColumns: Column<Resource>[] = [
    { key: 'title', header: '资源名称', rowHeader: true },
    { key: 'organizationName', header: '提供部门' },
    { key: 'format', header: '格式', render: (r) => resourceFormatLabels[r.format] },
    { key: 'shareType', header: '共享类型', render: (r) => shareTypeLabels[r.shareType] },
    { key: 'updateCycle', header: '更新周期' },
    { key: 'accessNote', header: '获取方式', render: (r) => r.accessNote ?? '获准后可见' },
    { key: 'actions', header: '操作', render: (r) => (r.isOwner
      ? <button type="button" className="gk-button-link" onClick={() => setEditing(r)}>修改<span className="gk-visually-hidden">{r.title}</span></button>
      : r.shareType !== 'none' ? <button type="button" className="gk-button-link" onClick={() => setRequesting(r)}>申请共享<span className="gk-visually-hidden">{r.title}</span></button> : '不予共享') },
  ];
  const requestColumns = (side: 'in' | 'out'): Column<Req>[] => [
    { key: 'resourceTitle', header: '资源', rowHeader: true },
    { key: side === 'in' ? 'requesterOrganizationName' : 'ownerOrganizationName', header: side === 'in' ? '申请部门' : '提供部门' },
    { key: 'purpose', header: '用途' },
    { key: 'status', header: '状态', render: (r) => <>{shareRequestStatusLabels[r.status]}{r.expired ? '（已过期）' : ''}{r.overdue ? <strong>（已超过答复期限）</strong> : ''}</> },
    { key: 'replyDue', header: '答复期限', render: (r) => (r.status === 'pending' ? cnDate(r.replyDue) : '—') },
    { key: 'decisionNote', header: '审批意见', render: (r) => r.decisionNote ?? '' },
    { key: 'actions', header: '操作', render: (r) => (r.status !== 'pending' ? null : side === 'in'
      ? <button type="button" className="gk-button-link" onClick={() => setDeciding(r)}>审批<span className="gk-visually-hidden">{r.resourceTitle}</span></button>
      : <button type="button" className="gk-button-link" disabled={withdraw.isPending} onClick={() => withdraw.mutate({ requestId: r.id, note: null })}>撤回<span className="gk-visually-hidden">{r.resourceTitle}</span></button>) },
  ];
  return (
    <>
      <h1>信息共享</h1>
      <p>各部门登记可共享的政务信息资源（无条件共享、有条件共享、不予共享），其他部门（含其他地区）按需申请，提供部门审批。每一步都记入审计日志。</p>
      <section aria-labelledby={`${id}-cat`}>
        <h2 id={`${id}-cat`}>共享目录</h2>
        <div className="gk-toolbar">
          <TextField id={`${id}-q`} label="检索资源" type="search" maxLength={100} value={q} onChange={setQ} />
          <div className="gk-form-actions"><button type="button" className="gk-button-secondary" onClick={() => setEditing('new')}>登记共享资源</button></div>
        </div>
        {code && editing ? <ResourceForm key={editing === 'new' ? 'new' : editing.id} divisionCode={code} editing={editing === 'new' ? null : editing} onDone={() => setEditing(null)} /> : null}
        {code && requesting ? <RequestForm resource={requesting} divisionCode={code} onDone={() => setRequesting(null)} /> : null}
        <QueryState query={catalogue}>{(d) => <DataTable caption={`共享资源（${d.total} 项）`} columns={resourceColumns} rows={d.items} rowKey={(r) => r.id} pageSize={20} empty="目录中暂无资源。" />}</QueryState>
      </section>
      <section aria-labelledby={`${id}-in`}>
        <h2 id={`${id}-in`}>待本部门审批的申请</h2>
        <SelectField id={`${id}-st`} label="状态" value={status} onChange={(v) => setStatus(v as 'pending' | 'all')} options={[{ value: 'pending', label: '待审批' }, { value: 'all', label: '全部' }]} />
        {deciding ? <Decide row={deciding} today={today} onDone={() => setDeciding(null)} /> : null}
        {incoming.error ? <Notice tone="info">没有审批共享申请的权限。</Notice> : <QueryState query={incoming}>{(d) => <DataTable caption={`收到的申请（按答复期限排序，${d.total} 件）`} columns={requestColumns('in')} rows={d.items} rowKey={(r) => r.id} empty="没有申请。" />}</QueryState>}
      </section>
      <section aria-labelledby={`${id}-out`}>
        <h2 id={`${id}-out`}>本部门提出的申请</h2>
        {outgoing.error ? <Notice tone="info">没有申请共享的权限。</Notice> : <QueryState query={outgoing}>{(d) => <DataTable caption={`提出的申请（${d.total} 件）`} columns={requestColumns('out')} rows={d.items} rowKey={(r) => r.id} empty="没有申请。" />}</QueryState>}
      </section>
    </>
  );
}
