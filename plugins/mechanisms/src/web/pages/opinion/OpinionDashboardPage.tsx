// Console: the opinion monitoring dashboard — open warnings and response tasks by deadline, hot
// topics, last week's sentiment, manual entry and the weekly report.
import { Link } from 'react-router';
import { Chart, DataTable, Notice, QueryState, skipToken, useApiQuery, useDivision, usePageTitle, type Column } from '@gongkai/ui';
import { taskKindLabels, warningStatusLabels } from '../../../contracts/opinion';
import { api, type Outputs } from '../shared/api';
import { cnDateTime, useToday } from '../shared/dates';
import { AddItemForm } from './AddItemForm';
import { LevelBadge, TaskStateBadge } from './badges';
import { WeeklyReport } from './ReportDocument';

type Dash = Outputs['opinion']['dashboard'];
const topicHref = (id: string) => `/console/mechanisms/opinion/topics/${id}`;

export default function OpinionDashboardPage() {
  usePageTitle('舆情监测');
  const { code } = useDivision();
  const today = useToday();
  const dash = useApiQuery(api.opinion.dashboard, code ? { divisionCode: code } : skipToken, { refetchInterval: 60_000 });
  return (
    <>
      <h1>舆情监测与回应</h1>
      <p><Link to="/console/mechanisms/opinion/tasks">回应任务</Link> · <Link to="/console/mechanisms/opinion/sources">舆情来源</Link></p>
      <QueryState query={dash}>{(d) => <Dashboard d={d} />}</QueryState>
      {code ? <AddItemForm divisionCode={code} /> : null}
      {code ? <WeeklyReport divisionCode={code} today={today} /> : null}
    </>
  );
}

function Dashboard({ d }: { d: Dash }) {
  const now = new Date(d.now);
  const warningColumns: Column<Dash['warnings'][number]>[] = [
    { key: 'topicTitle', header: '专题', rowHeader: true, render: (w) => <Link to={topicHref(w.topicId)}>{w.topicTitle}</Link> },
    { key: 'level', header: '级别', render: (w) => <LevelBadge level={w.level} /> },
    { key: 'majorEmergency', header: '处置要求', render: (w) => (w.majorEmergency ? '重大突发事件：5小时内发布权威信息，24小时内举行新闻发布会' : '48小时内回应') },
    { key: 'raisedAt', header: '发布时间', render: (w) => cnDateTime(w.raisedAt) },
    { key: 'nextDueAt', header: '最近时限', render: (w) => (w.tasks.length === 0 ? <strong>未指定责任单位</strong> : w.nextDueAt ? cnDateTime(w.nextDueAt) : '—') },
    { key: 'status', header: '状态', render: (w) => warningStatusLabels[w.status] },
  ];
  const taskColumns: Column<Dash['tasks'][number]>[] = [
    { key: 'dueAt', header: '时限', rowHeader: true, render: (t) => cnDateTime(t.dueAt) },
    { key: 'state', header: '状态', render: (t) => <TaskStateBadge status={t.status} overdue={t.overdue} onTime={t.onTime} dueAt={new Date(t.dueAt)} now={now} /> },
    { key: 'organizationName', header: '责任单位' },
    { key: 'kind', header: '回应要求', render: (t) => taskKindLabels[t.kind] },
    { key: 'topicTitle', header: '专题' },
    { key: 'level', header: '级别', render: (t) => <LevelBadge level={t.level} /> },
  ];
  const topicColumns: Column<Dash['topics'][number]>[] = [
    { key: 'title', header: '专题', rowHeader: true, render: (t) => <Link to={topicHref(t.id)}>{t.title}</Link> },
    { key: 'heat', header: '热度', align: 'end', render: (t) => t.heat.toFixed(2) },
    { key: 'itemCount', header: '信息量', align: 'end' },
    { key: 'interactions', header: '互动量', align: 'end' },
    { key: 'sentiment', header: '情感倾向', align: 'end', render: (t) => t.sentiment.toFixed(2) },
    { key: 'level', header: '预警', render: (t) => <LevelBadge level={t.level} /> },
    { key: 'keywords', header: '关键词', render: (t) => t.keywords.slice(0, 5).join('、') },
  ];
  return (
    <>
      {d.overdueTasks > 0 ? <Notice tone="warning">有 {d.overdueTasks} 项回应任务已超过时限。</Notice> : null}
      <DataTable caption={`未关闭的预警（${d.warnings.length} 条，未指派的在前，其余按最近时限排序）`} columns={warningColumns} rows={d.warnings} rowKey={(w) => w.id} empty="没有未关闭的预警。" />
      <DataTable caption={`待办回应任务（${d.tasks.length} 项，按时限排序）`} columns={taskColumns} rows={d.tasks} rowKey={(t) => t.id} empty="没有待办的回应任务。" />
      <DataTable caption="热点专题（按热度排序）" columns={topicColumns} rows={d.topics} rowKey={(t) => t.id} empty="暂无舆情专题。" />
      <Chart title="近 7 天舆情情感分布" kind="pie" categories={['负面', '中性', '正面']} unit="条"
        series={[{ name: '信息量', data: [d.lastWeek.negative, d.lastWeek.neutral, d.lastWeek.positive] }]}
        summary={`近 7 天共 ${d.lastWeek.total} 条，其中负面 ${d.lastWeek.negative} 条。`} />
    </>
  );
}
