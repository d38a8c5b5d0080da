// Console: coordination and consultation requests addressed to the organisations of this division
// (the answering side), soonest deadline first.
import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { DataTable, QueryState, useApiMutation, useApiQuery, useDivision, usePageTitle, type Column } from '@gongkai/ui';
import { api, type Outputs } from '../shared/api';
import { ActionForm } from '../shared/ActionForm';
import { cnDate } from '../shared/dates';
import { DueBadge } from '../shared/DueBadge';
import { dueState } from '../shared/due-state';
import { SelectField, TextAreaField, TextField } from '../shared/fields';
import { serverErrors } from '../shared/form-errors';
import { useDueHorizon } from '../shared/use-due-horizon';

type Row = Outputs['requests']['subtaskQueue']['items'][number];
const statuses = [{ value: 'open', label: '待回复' }, { value: 'answered', label: '已回复' }, { value: 'cancelled', label: '已撤回' }] as const;
const kindLabels: Record<string, string> = { coordination: '协办', organ: '征求其他机关意见' };

function Answer({ row, today, onDone }: { row: Row; today: string; onDone: () => void }) {
  const id = useId();
  const [answer, setAnswer] = useState('');
  const [on, setOn] = useState('');
  const m = useApiMutation(api.requests.answerSubtask, { onSuccess: onDone });
  const e = serverErrors(m.error);
  return (
    <ActionForm level={2} title={`回复：申请 ${row.requestNumber}`} titleId={`${id}-t`} pending={m.isPending} submitLabel="提交回复意见" formError={e['']}
      intro={<><p>来自：{row.fromOrganization}；回复期限 {cnDate(row.dueDate)}。</p><p>征求意见的事项：{row.question}</p><p>申请内容：{row.description}</p></>}
      onSubmit={() => m.mutate({ subtaskId: row.id, answer, answeredOn: on || today })}>
      <TextAreaField id={`${id}-a`} label="回复意见" required maxLength={5000} rows={6} value={answer} onChange={setAnswer} error={e.answer} />
      <TextField id={`${id}-on`} label="回复日期" type="date" required max={today} value={on || today} onChange={setOn} error={e.answeredOn} />
    </ActionForm>
  );
}

export default function SubtasksPage() {
  usePageTitle('协办和征求意见事项');
  const id = useId();
  const { code } = useDivision();
  const [params, setParams] = useSearchParams();
  const status = (statuses.some((s) => s.value === params.get('status')) ? params.get('status') : 'open') as (typeof statuses)[number]['value'];
  const [answering, setAnswering] = useState<string | null>(null);
  const list = useApiQuery(api.requests.subtaskQueue, { divisionCode: code ?? '', status, limit: 100 }, { enabled: !!code });
  const { today, soonLimit } = useDueHorizon();
  const columns: Column<Row>[] = [
    { key: 'requestNumber', header: '申请编号', rowHeader: true },
    { key: 'kind', header: '类型', render: (r) => kindLabels[r.kind] ?? r.kind },
    { key: 'fromOrganization', header: '发出机构' },
    { key: 'targetName', header: '被征求意见机构' },
    { key: 'question', header: '事项' },
    { key: 'sentOn', header: '发出日期', render: (r) => cnDate(r.sentOn) },
    { key: 'dueDate', header: '回复期限', render: (r) => <>{cnDate(r.dueDate)} <DueBadge state={dueState({ status: r.status === 'open' ? 'open' : 'closed', dueDate: r.dueDate, overdue: r.overdue }, today, soonLimit)} /></> },
    ...(status === 'open' ? [{ key: 'actions', header: '操作', render: (r: Row) => <button type="button" className="gk-button-link" onClick={() => setAnswering(r.id)}>回复<span className="gk-visually-hidden">申请 {r.requestNumber}</span></button> }] : []),
  ];
  const row = list.data?.items.find((r) => r.id === answering);
  return (
    <>
      <h1>协办和征求意见事项</h1>
      <p>其他机构在办理政府信息公开申请时向本地区机构征求的意见。征求其他机关意见的时间不计入申请的答复期限，但请在回复期限内答复。</p>
      <div className="gk-toolbar">
        <SelectField id={`${id}-s`} label="状态" value={status} onChange={(v) => setParams(v === 'open' ? {} : { status: v })} options={[...statuses]} />
      </div>
      {row && today ? <Answer row={row} today={today} onDone={() => setAnswering(null)} /> : null}
      <QueryState query={list}>
        {(data) => <DataTable caption={`协办和征求意见事项（${statuses.find((s) => s.value === status)?.label}，按回复期限排序，共 ${data.total} 件）`} columns={columns} rows={data.items} rowKey={(r) => r.id} empty="没有事项。" />}
      </QueryState>
    </>
  );
}
