// Console: one opinion topic — heat and its terms, the daily trend, responsible organisations,
// warnings with their tasks (raise, assign, close), the items, and the topic report.
import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Chart, DataTable, Notice, QueryState, useApiMutation, useApiQuery, usePageTitle, type Column } from '@gongkai/ui';
import { taskKindLabels, warningLevelLabels, warningLevels, warningStatusLabels, type WarningLevel } from '../../../contracts/opinion';
import { api, kernelApi, type Outputs } from '../shared/api';
import { ActionForm } from '../shared/ActionForm';
import { cnDateTime } from '../shared/dates';
import { CheckboxField, SelectField, TextAreaField } from '../shared/fields';
import { serverErrors } from '../shared/form-errors';
import { LevelBadge, SentimentBadge, TaskStateBadge } from './badges';
import { TopicReport } from './ReportDocument';

type Topic = Outputs['opinion']['topic'];

export default function TopicPage() {
  const { id = '' } = useParams();
  const topic = useApiQuery(api.opinion.topic, { id });
  usePageTitle(topic.data ? `舆情专题：${topic.data.title}` : '舆情专题');
  return (
    <>
      <p><Link to="/console/mechanisms/opinion">返回舆情监测</Link></p>
      <QueryState query={topic}>{(t) => <TopicView t={t} />}</QueryState>
    </>
  );
}

function TopicView({ t }: { t: Topic }) {
  const now = new Date();
  const itemColumns: Column<Topic['items'][number]>[] = [
    { key: 'publishedAt', header: '时间', render: (i) => cnDateTime(i.publishedAt) },
    { key: 'title', header: '标题', rowHeader: true, render: (i) => (i.url ? <a href={i.url} rel="noreferrer noopener" target="_blank">{i.title}</a> : i.title) },
    { key: 'sourceName', header: '来源' },
    { key: 'sentimentLabel', header: '情感', render: (i) => <SentimentBadge label={i.sentimentLabel} score={i.sentiment} /> },
    { key: 'interactions', header: '互动量', align: 'end' },
    { key: 'keywords', header: '关键词', render: (i) => i.keywords.join('、') },
  ];
  return (
    <>
      <h1>{t.title}</h1>
      <dl className="gk-result-meta">
        <div><dt>预警级别</dt><dd><LevelBadge level={t.level} /></dd></div>
        <div><dt>热度</dt><dd>{t.heat.toFixed(2)}（声量 {t.heatTerms.volume ?? 0}，互动 {t.heatTerms.interaction ?? 0}，来源 {t.heatTerms.source ?? 0}，增长 {t.heatTerms.growth ?? 0}）</dd></div>
        <div><dt>信息量 / 互动量</dt><dd>{t.itemCount} / {t.interactions}</dd></div>
        <div><dt>情感倾向</dt><dd>{t.sentiment.toFixed(2)}</dd></div>
        <div><dt>首次发现 / 最近更新</dt><dd>{cnDateTime(t.firstSeenAt)} / {cnDateTime(t.lastSeenAt)}</dd></div>
        <div><dt>关键词</dt><dd>{t.keywords.join('、')}</dd></div>
        <div><dt>状态</dt><dd>{t.status === 'open' ? '跟踪中' : '已关闭'}</dd></div>
      </dl>
      {t.daily.length > 1 ? <Chart title="传播趋势（每日信息量）" kind="line" categories={t.daily.map((d) => d.day)} series={[{ name: '信息量', data: t.daily.map((d) => d.count) }]} unit="条" /> : null}
      <Organizations t={t} />
      <h2>预警与回应</h2>
      {t.status === 'open' ? <RaiseWarning topicId={t.id} /> : null}
      {t.warnings.length === 0 ? <p>尚未发布预警。</p> : t.warnings.map((w) => (
        <section key={w.id} aria-label={`预警 ${warningLevelLabels[w.level]}，${cnDateTime(w.raisedAt)}`} className="gk-section">
          <h3><LevelBadge level={w.level} /> {cnDateTime(w.raisedAt)}（{w.origin === 'auto' ? '热度自动预警' : '人工研判'}，{warningStatusLabels[w.status]}）</h3>
          {w.note ? <p>{w.note}</p> : null}
          <DataTable caption="回应任务" columns={[
            { key: 'organizationName', header: '责任单位', rowHeader: true },
            { key: 'kind', header: '回应要求', render: (x) => taskKindLabels[x.kind] },
            { key: 'dueAt', header: '时限', render: (x) => cnDateTime(x.dueAt) },
            { key: 'state', header: '状态', render: (x) => <TaskStateBadge status={x.status} overdue={x.overdue} onTime={x.onTime} dueAt={new Date(x.dueAt)} now={now} /> },
            { key: 'answerNote', header: '回应情况', render: (x) => <>{x.answerNote ?? ''}{x.answerUrl ? <> <a href={x.answerUrl}>链接</a></> : null}</> },
          ] satisfies Column<typeof w.tasks[number]>[]} rows={w.tasks} rowKey={(x) => x.id} empty="尚未指定责任单位。" />
          {w.status !== 'closed' ? <WarningActions warningId={w.id} divisionCode={t.divisionCode} /> : null}
        </section>
      ))}
      <DataTable caption={`专题信息（${t.items.length} 条，新的在前）`} columns={itemColumns} rows={t.items} rowKey={(i) => i.id} pageSize={20} />
      <TopicReport topicId={t.id} />
    </>
  );
}

function Organizations({ t }: { t: Topic }) {
  const id = useId();
  const orgs = useApiQuery(kernelApi.organizations.directory, { divisionCode: t.divisionCode }, { staleTime: 10 * 60_000 });
  const [chosen, setChosen] = useState<string[] | null>(null);
  const selected = chosen ?? t.organizationIds;
  const m = useApiMutation(api.opinion.updateTopic, { onSuccess: () => setChosen(null) });
  const e = serverErrors(m.error);
  const toggle = (orgId: string, on: boolean) => setChosen((on ? [...selected, orgId] : selected.filter((x) => x !== orgId)));
  return (
    <ActionForm level={2} title="责任单位" titleId={`${id}-t`} pending={m.isPending} submitLabel="保存责任单位" formError={e[''] ?? e.organizationIds}
      intro={<p>属地管理、分级负责、谁主管谁负责。第一个选中的单位为牵头单位（负责新闻发布会）。当前：{t.organizations.map((o) => o.name).join('、') || '未指定'}</p>}
      onSubmit={() => m.mutate({ id: t.id, organizationIds: selected })}>
      <QueryState query={orgs}>{(list) => (
        <fieldset className="gk-fieldset"><legend>选择责任单位</legend>
          {list.map((o) => <CheckboxField key={o.id} id={`${id}-${o.id}`} label={o.name} checked={selected.includes(o.id)} onChange={(on) => toggle(o.id, on)} />)}
        </fieldset>
      )}</QueryState>
    </ActionForm>
  );
}

function RaiseWarning({ topicId }: { topicId: string }) {
  const id = useId();
  const [level, setLevel] = useState<WarningLevel | ''>('');
  const [major, setMajor] = useState('default');
  const [note, setNote] = useState('');
  const m = useApiMutation(api.opinion.raiseWarning, { onSuccess: () => { setLevel(''); setNote(''); } });
  const e = serverErrors(m.error);
  return (
    <ActionForm title="人工发布预警" titleId={`${id}-t`} pending={m.isPending} submitLabel="发布预警" formError={e['']}
      onSubmit={() => m.mutate({ topicId, level: level as WarningLevel, note: note || null, ...(major === 'default' ? {} : { majorEmergency: major === 'yes' }) })}>
      <SelectField id={`${id}-l`} label="预警级别" required value={level} onChange={(v) => setLevel(v as WarningLevel)} placeholder="请选择"
        options={warningLevels.map((l) => ({ value: l, label: warningLevelLabels[l] }))} error={e.level} />
      <SelectField id={`${id}-m`} label="处置方式" value={major} onChange={setMajor} options={[
        { value: 'default', label: '按级别（红、橙色为重大突发事件）' }, { value: 'yes', label: '按重大突发事件处置（5小时/24小时）' }, { value: 'no', label: '一般舆情（48小时内回应）' },
      ]} />
      <TextAreaField id={`${id}-n`} label="研判意见" maxLength={2000} value={note} onChange={setNote} error={e.note} />
    </ActionForm>
  );
}

function WarningActions({ warningId, divisionCode }: { warningId: string; divisionCode: string }) {
  const id = useId();
  const orgs = useApiQuery(kernelApi.organizations.directory, { divisionCode }, { staleTime: 10 * 60_000 });
  const [org, setOrg] = useState('');
  const [note, setNote] = useState('');
  const assign = useApiMutation(api.opinion.assignWarning, { onSuccess: () => setOrg('') });
  const close = useApiMutation(api.opinion.closeWarning);
  const ea = serverErrors(assign.error);
  const ec = serverErrors(close.error);
  return (
    <div className="gk-toolbar">
      <ActionForm level={4} title="指派责任单位" titleId={`${id}-a`} pending={assign.isPending} submitLabel="指派" formError={ea[''] ?? ea.organizationIds}
        intro={<p>回应时限从预警发布时起算。</p>} onSubmit={() => assign.mutate({ warningId, organizationIds: org ? [org] : [] })}>
        <SelectField id={`${id}-o`} label="责任单位" value={org} onChange={setOrg} placeholder="请选择" options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))} />
      </ActionForm>
      <ActionForm level={4} title="关闭预警" titleId={`${id}-c`} pending={close.isPending} submitLabel="关闭预警" formError={ec['']}
        onSubmit={() => close.mutate({ warningId, note: note || null })}>
        <TextAreaField id={`${id}-cn`} label="关闭说明" maxLength={2000} value={note} onChange={setNote} error={ec.note} />
      </ActionForm>
      {close.isSuccess ? <Notice tone="success">预警已关闭。</Notice> : null}
    </div>
  );
}
