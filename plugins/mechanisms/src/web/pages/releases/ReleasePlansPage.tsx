// Console: proactive release plans with the Art. 26 deadline (20 working days from the day the
// information is created or changed), publication to the catalogue and fan-out to the enabled
// channels, overdue items first.
import { useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DataTable, QueryState, errorMessage, useApiMutation, useApiQuery, useDivision, usePageTitle, type Column } from '@gongkai/ui';
import { releaseCategories, releaseCategoryLabels } from '../../../contracts/releases';
import { api, type Outputs } from '../shared/api';
import { ActionForm } from '../shared/ActionForm';
import { cnDate, useToday } from '../shared/dates';
import { DueBadge } from '../shared/DueBadge';
import { dueState, type DueState } from '../shared/due-state';
import { SelectField, TextAreaField, TextField } from '../shared/fields';
import { serverErrors } from '../shared/form-errors';
import { OrgSelect } from '../shared/OrgSelect';
import { TopicSelect } from '../shared/TopicSelect';
import { useDueHorizon } from '../shared/use-due-horizon';

type Row = Outputs['releases']['queue'][number];
type Category = (typeof releaseCategories)[number];
const statuses = [{ value: 'planned', label: '待发布' }, { value: 'published', label: '已发布' }, { value: 'cancelled', label: '已取消' }] as const;
const deliveryLabels: Record<string, string> = { pending: '待推送', sent: '已推送', delivered: '已推送', failed: '推送失败' };

/** The calendar's account of the deadline (weekends and holidays skipped). */
function explanationText(x: unknown): string {
  const t = x && typeof x === 'object' ? (x as { text?: unknown }).text : null;
  return typeof t === 'string' ? t : '';
}

/** Reminded by the sweep (N working days or fewer left) counts as due soon even beyond the 3-day horizon. */
function releaseDueState(r: Row, today: string | null, soonLimit: string | null): DueState {
  const state = dueState(r, today, soonLimit);
  return state === 'on-track' && r.remindedWithin !== null ? 'due-soon' : state;
}

function reminderText(r: Row): string {
  if (r.overdue) return '已发出逾期预警';
  if (r.remindedWithin !== null) return `已提醒（剩余不超过${r.remindedWithin}个工作日）`;
  return '未到提醒时间';
}

function PlanForm({ division, today }: { division: string; today: string }) {
  const id = useId();
  const empty = { organizationId: '', category: '' as Category | '', title: '', summary: '', body: '', topicCode: '', docNo: '', createdOn: '', plannedOn: '' };
  const [v, setV] = useState(empty);
  const set = (k: keyof typeof empty) => (x: string) => setV((p) => ({ ...p, [k]: x }));
  const m = useApiMutation(api.releases.plan, { onSuccess: () => setV(empty) });
  const e = serverErrors(m.error);
  return (
    <ActionForm level={2} title="新建发布计划" titleId={`${id}-t`} pending={m.isPending} submitLabel="保存计划" formError={e['']}
      intro="属于主动公开范围的政府信息，应当自该信息形成或者变更之日起20个工作日内及时公开（条例第二十六条）。"
      success={m.data ? <>已保存。发布期限 {cnDate(m.data.dueDate)}{m.data.provisional ? '（暂定）' : ''}{m.data.overdue ? '，已超过期限，请尽快发布' : ''}。{explanationText(m.data.explanation)}</> : null}
      onSubmit={() => m.mutate({
        divisionCode: division, organizationId: v.organizationId, category: v.category as Category, title: v.title, summary: v.summary || null, body: v.body,
        topicCode: v.topicCode, docNo: v.docNo || null, createdOn: v.createdOn || today, plannedOn: v.plannedOn || null,
      })}>
      <OrgSelect id={`${id}-org`} label="发布机构" divisionCode={division} value={v.organizationId} onChange={set('organizationId')} required error={e.organizationId} />
      <SelectField id={`${id}-cat`} label="类别" required value={v.category} onChange={set('category')} placeholder="请选择" options={releaseCategories.map((c) => ({ value: c, label: releaseCategoryLabels[c] }))} error={e.category} />
      <TextField id={`${id}-title`} label="标题" required maxLength={300} value={v.title} onChange={set('title')} error={e.title} />
      <TextAreaField id={`${id}-summary`} label="摘要" maxLength={2000} value={v.summary} onChange={set('summary')} error={e.summary} />
      <TextAreaField id={`${id}-body`} label="正文" rows={10} maxLength={200000} value={v.body} onChange={set('body')} error={e.body} />
      <TopicSelect id={`${id}-topic`} value={v.topicCode} onChange={set('topicCode')} error={e.topicCode} />
      <TextField id={`${id}-doc`} label="文号" maxLength={100} value={v.docNo} onChange={set('docNo')} error={e.docNo} />
      <TextField id={`${id}-created`} label="信息形成或变更日期" type="date" required max={today} value={v.createdOn || today} onChange={set('createdOn')} error={e.createdOn} hint="发布期限自该日次日起算。" />
      <TextField id={`${id}-planned`} label="计划发布日期" type="date" value={v.plannedOn} onChange={set('plannedOn')} error={e.plannedOn} />
    </ActionForm>
  );
}

export default function ReleasePlansPage() {
  usePageTitle('主动发布计划');
  const id = useId();
  const { code } = useDivision();
  const today = useToday();
  const { soonLimit } = useDueHorizon();
  const [params, setParams] = useSearchParams();
  const status = (statuses.some((s) => s.value === params.get('status')) ? params.get('status') : 'planned') as (typeof statuses)[number]['value'];
  const list = useApiQuery(api.releases.queue, { divisionCode: code ?? '', status, limit: 100 }, { enabled: !!code });
  const publish = useApiMutation(api.releases.publish);
  const cancel = useApiMutation(api.releases.cancel);
  const actionError = publish.error ?? cancel.error;
  const columns: Column<Row>[] = [
    { key: 'title', header: '标题', rowHeader: true, render: (r) => (r.catalogueItemId ? <Link to={`/items/${r.catalogueItemId}`}>{r.title}</Link> : r.title) },
    { key: 'categoryLabel', header: '类别' },
    { key: 'organizationName', header: '发布机构' },
    { key: 'createdOn', header: '形成日期', render: (r) => cnDate(r.createdOn) },
    { key: 'dueDate', header: '发布期限', render: (r) => <>{cnDate(r.dueDate)}{r.provisional ? '（暂定）' : ''} <DueBadge state={releaseDueState(r, today, soonLimit)} /></> },
    ...(status === 'planned' ? [{ key: 'reminder', header: '提醒', render: (r: Row) => reminderText(r) }] : []),
    {
      key: 'published', header: '发布情况',
      render: (r) => (r.publishedOn ? <>{cnDate(r.publishedOn)}{r.publishedOnTime === false ? '（超期发布）' : '（按期）'}{r.deliveries.length ? <ul>{r.deliveries.map((d) => <li key={d.channelId}>{d.channelId}：{deliveryLabels[d.status] ?? d.status}{d.error ? `（${d.error}）` : ''}</li>)}</ul> : null}</> : ''),
    },
    ...(status === 'planned' ? [{
      key: 'actions', header: '操作', render: (r: Row) => (
        <>
          <button type="button" className="gk-button-link" onClick={() => publish.mutate({ releaseId: r.id })} disabled={publish.isPending}>发布<span className="gk-visually-hidden">：{r.title}</span></button>{' '}
          <button type="button" className="gk-button-link" onClick={() => { if (window.confirm(`确定取消“${r.title}”的发布计划？`)) cancel.mutate({ releaseId: r.id }); }} disabled={cancel.isPending}>取消<span className="gk-visually-hidden">：{r.title}</span></button>
        </>
      ),
    }] : []),
  ];
  return (
    <>
      <h1>主动发布计划</h1>
      <p><Link to="/console/mechanisms/press">新闻发言人和新闻发布会</Link></p>
      <div className="gk-toolbar">
        <SelectField id={`${id}-s`} label="状态" value={status} onChange={(v) => setParams(v === 'planned' ? {} : { status: v })} options={[...statuses]} />
      </div>
      {actionError ? <p className="gk-field-error" role="alert">{errorMessage(actionError)}</p> : null}
      {publish.data ? <p role="status">已发布到政府信息公开目录，索引号 {publish.data.indexNo}{publish.data.onTime ? '' : '（超过发布期限）'}；推送渠道：{publish.data.channels.join('、') || '无'}。</p> : null}
      <QueryState query={list}>
        {(rows) => <DataTable caption={`主动发布计划（${statuses.find((s) => s.value === status)?.label}，逾期的在前，按发布期限排序；期限前按本地区设置的工作日数提醒）`} columns={columns} rows={rows} rowKey={(r) => r.id} empty="没有发布计划。" />}
      </QueryState>
      {code && today ? <PlanForm division={code} today={today} /> : null}
    </>
  );
}
