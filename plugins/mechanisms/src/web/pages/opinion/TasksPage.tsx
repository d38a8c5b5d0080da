// Console: response tasks of the caller's organisations (or division), soonest deadline first,
// with the answer form.
import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { DataTable, QueryState, skipToken, useApiMutation, useApiQuery, useDivision, usePageTitle, type Column } from '@gongkai/ui';
import { taskKindLabels } from '../../../contracts/opinion';
import { api, type Outputs } from '../shared/api';
import { ActionForm } from '../shared/ActionForm';
import { cnDateTime } from '../shared/dates';
import { SelectField, TextAreaField, TextField } from '../shared/fields';
import { serverErrors } from '../shared/form-errors';
import { LevelBadge, TaskStateBadge } from './badges';

type Row = Outputs['opinion']['tasks']['items'][number];
const statuses = [{ value: 'open', label: '待办理' }, { value: 'answered', label: '已回应' }, { value: 'all', label: '全部' }] as const;

function Answer({ row, onDone }: { row: Row; onDone: () => void }) {
  const id = useId();
  const [note, setNote] = useState('');
  const [url, setUrl] = useState('');
  const [at, setAt] = useState('');
  const m = useApiMutation(api.opinion.answerTask, { onSuccess: onDone });
  const e = serverErrors(m.error);
  return (
    <ActionForm level={2} title={`回应：${row.topicTitle}（${taskKindLabels[row.kind]}）`} titleId={`${id}-t`} pending={m.isPending} submitLabel="登记回应" formError={e['']}
      intro={<p>时限：{cnDateTime(row.dueAt)}。回应时间不填则为现在。</p>}
      onSubmit={() => m.mutate({ taskId: row.id, note, url: url || null, ...(at ? { answeredAt: new Date(at) } : {}) })}>
      <TextAreaField id={`${id}-n`} label="回应情况" required maxLength={5000} value={note} onChange={setNote} error={e.note} />
      <TextField id={`${id}-u`} label="回应发布网址" type="url" value={url} onChange={setUrl} error={e.url} />
      <TextField id={`${id}-a`} label="回应时间" type="datetime-local" value={at} onChange={setAt} error={e.answeredAt} />
    </ActionForm>
  );
}

export default function TasksPage() {
  usePageTitle('舆情回应任务');
  const id = useId();
  const { code } = useDivision();
  const [params, setParams] = useSearchParams();
  const status = (statuses.some((s) => s.value === params.get('status')) ? params.get('status') : 'open') as (typeof statuses)[number]['value'];
  const [answering, setAnswering] = useState<string | null>(null);
  const list = useApiQuery(api.opinion.tasks, code ? { divisionCode: code, status, limit: 100 } : skipToken, { refetchInterval: 60_000 });
  const now = new Date();
  const columns: Column<Row>[] = [
    { key: 'dueAt', header: '时限', rowHeader: true, render: (r) => cnDateTime(r.dueAt) },
    { key: 'state', header: '状态', render: (r) => <TaskStateBadge status={r.status} overdue={r.overdue} onTime={r.onTime} dueAt={new Date(r.dueAt)} now={now} /> },
    { key: 'kind', header: '回应要求', render: (r) => taskKindLabels[r.kind] },
    { key: 'topicTitle', header: '专题' },
    { key: 'level', header: '级别', render: (r) => <LevelBadge level={r.level as never} /> },
    { key: 'organizationName', header: '责任单位' },
    ...(status === 'open' ? [{ key: 'actions', header: '操作', render: (r: Row) => <button type="button" className="gk-button-link" onClick={() => setAnswering(r.id)}>登记回应<span className="gk-visually-hidden">：{r.topicTitle}</span></button> }] : []),
  ];
  const row = list.data?.items.find((r) => r.id === answering);
  return (
    <>
      <h1>舆情回应任务</h1>
      <p>重大突发事件舆情：5小时内发布权威信息，24小时内举行新闻发布会；其他舆情：48小时内回应（时限可在插件设置中调整）。</p>
      <div className="gk-toolbar">
        <SelectField id={`${id}-s`} label="状态" value={status} onChange={(v) => setParams(v === 'open' ? {} : { status: v })} options={[...statuses]} />
      </div>
      {row ? <Answer row={row} onDone={() => setAnswering(null)} /> : null}
      <QueryState query={list}>
        {(data) => <DataTable caption={`回应任务（按时限排序，共 ${data.total} 项）`} columns={columns} rows={data.items} rowKey={(r) => r.id} empty="没有任务。" />}
      </QueryState>
    </>
  );
}
