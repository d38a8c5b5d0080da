// The request queue as a table, in deadline order, with overdue and due-soon cases marked in
// words and colour, and a count of each above the table. A case counts by its nearest deadline: the
// reply deadline, or the 补正 notice deadline while the office has yet to send or rule out a 补正.
import { Link } from 'react-router';
import { DataTable, type Column } from '@gongkai/ui';
import type { Outputs } from '../shared/api';
import { cnDate } from '../shared/dates';
import { DueBadge } from '../shared/DueBadge';
import { caseDeadline, correctionNoticeDueState, dueState, orderByDeadline, type DueState } from '../shared/due-state';

export type QueueRow = Outputs['requests']['queue']['items'][number];

export function QueueTable({ rows, today, soonLimit, caption, caseHref }: { rows: readonly QueueRow[]; today: string | null; soonLimit: string | null; caption: string; caseHref: (id: string) => string }) {
  const ordered = orderByDeadline(rows, today, soonLimit);
  const states = new Map<string, DueState>(ordered.map((r) => [r.id, dueState(caseDeadline(r), today, soonLimit)]));
  const overdue = ordered.filter((r) => states.get(r.id) === 'overdue').length;
  const soon = ordered.filter((r) => states.get(r.id) === 'due-soon').length;
  const columns: Column<QueueRow>[] = [
    { key: 'number', header: '申请编号', rowHeader: true, render: (r) => <Link to={caseHref(r.id)}>{r.number}</Link> },
    {
      key: 'dueDate', header: '答复期限',
      render: (r) => {
        const state = dueState(r, today, soonLimit);
        return (
          <span data-testid={`due-${r.number}`}>
            {r.dueDate ? <time dateTime={r.dueDate}>{cnDate(r.dueDate)}</time> : r.paused ? '暂停计算' : '未起算'}
            {r.dueDate && r.provisional ? '（暂定）' : ''} <DueBadge state={state} />
          </span>
        );
      },
    },
    {
      key: 'correctionNotice', header: '补正告知期限',
      render: (r) => {
        const cn = r.correctionNotice;
        if (!cn) return '—';
        if (cn.state !== 'open') return cn.stateLabel;
        return (
          <span data-testid={`correction-${r.number}`}>
            <time dateTime={cn.dueDate}>{cnDate(cn.dueDate)}</time>{cn.provisional ? '（暂定）' : ''} <DueBadge state={correctionNoticeDueState(cn, r.status, today, soonLimit)} />
          </span>
        );
      },
    },
    { key: 'statusLabel', header: '状态' },
    { key: 'applicantName', header: '申请人' },
    { key: 'description', header: '申请内容摘要' },
    { key: 'organizationName', header: '受理机构' },
    { key: 'channelLabel', header: '渠道' },
    { key: 'receivedOn', header: '收到日期', render: (r) => cnDate(r.receivedOn) },
  ];
  return (
    <>
      <p role="status" className="gk-queue-summary">
        {overdue > 0 ? <strong style={{ color: '#b00020' }}>已逾期 {overdue} 件</strong> : '无逾期案件'}
        {'；'}
        {soon > 0 ? <strong style={{ color: '#8a4b00' }}>3个工作日内到期 {soon} 件</strong> : '3个工作日内无到期案件'}
        {soonLimit ? `（截至${cnDate(soonLimit)}）` : ''}
      </p>
      <DataTable caption={caption} columns={columns} rows={ordered} rowKey={(r) => r.id} empty="没有符合条件的申请。" />
    </>
  );
}
