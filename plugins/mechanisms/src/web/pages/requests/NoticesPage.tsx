// Console: reminders before deadlines and overdue alerts raised by the deadline sweep, newest first.
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DataTable, QueryState, errorMessage, useApiMutation, useApiQuery, useDivision, usePageTitle, type Column } from '@gongkai/ui';
import { api, type Outputs } from '../shared/api';
import { cnDate, cnDateTime } from '../shared/dates';
import { CheckboxField } from '../shared/fields';

type Notice = Outputs['requests']['notices'][number];
const kindLabels: Record<string, string> = { reminder: '期限提醒', overdue: '逾期预警', warning: '舆情预警', task: '回应任务' };
const subjectLinks: Record<string, (id: string) => string> = {
  request: (id) => `/console/mechanisms/requests/${id}`,
  subtask: () => '/console/mechanisms/subtasks',
  release: () => '/console/mechanisms/releases',
};

export default function NoticesPage() {
  usePageTitle('提醒和逾期预警');
  const id = useId();
  const { code } = useDivision();
  const [params, setParams] = useSearchParams();
  const all = params.get('all') === '1';
  const list = useApiQuery(api.requests.notices, { divisionCode: code ?? '', unreadOnly: !all, limit: 200 }, { enabled: !!code });
  const read = useApiMutation(api.requests.markNoticeRead, { invalidate: [api.requests.notices] });
  const columns: Column<Notice>[] = [
    { key: 'kind', header: '类型', render: (n) => (n.kind === 'overdue' ? <strong style={{ color: '#b00020' }}>{kindLabels[n.kind]}</strong> : kindLabels[n.kind] ?? n.kind) },
    { key: 'message', header: '内容', rowHeader: true, render: (n) => { const to = subjectLinks[n.subjectType]?.(n.subjectId); return to ? <Link to={to}>{n.message}</Link> : n.message; } },
    { key: 'dueDate', header: '期限', render: (n) => cnDate(n.dueDate) },
    { key: 'createdAt', header: '提醒时间', render: (n) => cnDateTime(n.createdAt) },
    { key: 'read', header: '状态', render: (n) => (n.read ? '已读' : <button type="button" className="gk-button-link" onClick={() => read.mutate({ noticeId: n.id })} disabled={read.isPending}>标为已读<span className="gk-visually-hidden">：{n.message}</span></button>) },
  ];
  return (
    <>
      <h1>提醒和逾期预警</h1>
      <p>期限届满前按本地区设置的工作日数提醒，超过期限后发出逾期预警；定时巡检保证任何期限都不会无声地错过。</p>
      <div className="gk-toolbar">
        <CheckboxField id={`${id}-all`} label="包括已读" checked={all} onChange={(v) => setParams(v ? { all: '1' } : {})} />
      </div>
      {read.error ? <p className="gk-field-error" role="alert">{errorMessage(read.error)}</p> : null}
      <QueryState query={list}>
        {(rows) => <DataTable caption={`${all ? '全部' : '未读'}提醒（共 ${rows.length} 条）`} columns={columns} rows={rows} rowKey={(n) => n.id} empty="没有提醒。" pageSize={50} />}
      </QueryState>
    </>
  );
}
