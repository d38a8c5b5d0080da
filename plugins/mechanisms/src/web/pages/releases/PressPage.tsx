// Console: the spokesperson register (新闻发言人) and press-conference records (新闻发布会): the
// list with its filters, and the form that records one.
import { useId, useState } from 'react';
import { DataTable, QueryState, skipToken, useApiMutation, useApiQuery, useDivision, usePageTitle, type Column } from '@gongkai/ui';
import { api, type Outputs } from '../shared/api';
import { ActionForm } from '../shared/ActionForm';
import { cnDate, useToday } from '../shared/dates';
import { CheckboxField, TextAreaField, TextField } from '../shared/fields';
import { serverErrors } from '../shared/form-errors';
import { OrgSelect } from '../shared/OrgSelect';
import { ConferenceList } from './ConferenceList';

type Spokesperson = Outputs['releases']['spokespersons'][number];

function AddSpokesperson({ division, today }: { division: string; today: string }) {
  const id = useId();
  const empty = { organizationId: '', name: '', title: '', phone: '', appointedOn: '' };
  const [v, setV] = useState(empty);
  const set = (k: keyof typeof empty) => (x: string) => setV((p) => ({ ...p, [k]: x }));
  const m = useApiMutation(api.releases.addSpokesperson, { onSuccess: () => setV(empty) });
  const e = serverErrors(m.error);
  return (
    <ActionForm title="登记新闻发言人" titleId={`${id}-t`} pending={m.isPending} submitLabel="登记" formError={e['']} success={m.data ? '已登记。' : null}
      onSubmit={() => m.mutate({ divisionCode: division, organizationId: v.organizationId, name: v.name, title: v.title, phone: v.phone || null, appointedOn: v.appointedOn || today })}>
      <OrgSelect id={`${id}-org`} label="所在机构" divisionCode={division} value={v.organizationId} onChange={set('organizationId')} required error={e.organizationId} />
      <TextField id={`${id}-name`} label="姓名" required maxLength={50} value={v.name} onChange={set('name')} error={e.name} />
      <TextField id={`${id}-title`} label="职务" required maxLength={100} value={v.title} onChange={set('title')} error={e.title} />
      <TextField id={`${id}-phone`} label="新闻发布联系电话" type="tel" maxLength={30} value={v.phone} onChange={set('phone')} error={e.phone} />
      <TextField id={`${id}-on`} label="任职日期" type="date" required max={today} value={v.appointedOn || today} onChange={set('appointedOn')} error={e.appointedOn} />
    </ActionForm>
  );
}

function RecordConference({ division, today, spokespersons }: { division: string; today: string; spokespersons: readonly Spokesperson[] }) {
  const id = useId();
  const empty = { organizationId: '', title: '', heldOn: '', summary: '', releaseId: '' };
  const [v, setV] = useState(empty);
  const [speakers, setSpeakers] = useState<string[]>([]);
  const [publish, setPublish] = useState(false);
  const set = (k: keyof typeof empty) => (x: string) => setV((p) => ({ ...p, [k]: x }));
  const published = useApiQuery(api.releases.queue, { divisionCode: division, status: 'published', limit: 100 });
  const m = useApiMutation(api.releases.recordConference, { onSuccess: () => { setV(empty); setSpeakers([]); setPublish(false); } });
  const e = serverErrors(m.error);
  return (
    <ActionForm level={2} title="记录新闻发布会" titleId={`${id}-t`} pending={m.isPending} submitLabel="保存记录" formError={e['']} success={m.data ? (m.data.published ? '已保存新闻发布会记录，并在门户网站公开。' : '已保存新闻发布会记录（未公开）。') : null}
      onSubmit={() => m.mutate({ divisionCode: division, organizationId: v.organizationId, title: v.title, heldOn: v.heldOn || today, spokespersonIds: speakers, summary: v.summary, releaseId: v.releaseId || null, publish })}>
      <OrgSelect id={`${id}-org`} label="主办机构" divisionCode={division} value={v.organizationId} onChange={set('organizationId')} required error={e.organizationId} />
      <TextField id={`${id}-title`} label="发布会名称" required maxLength={300} value={v.title} onChange={set('title')} error={e.title} />
      <TextField id={`${id}-on`} label="举行日期" type="date" required max={today} value={v.heldOn || today} onChange={set('heldOn')} error={e.heldOn} />
      <fieldset className={`gk-fieldset${e.spokespersonIds ? ' gk-field-invalid' : ''}`} id={`${id}-sp`}>
        <legend>出席的新闻发言人<span className="gk-required"><span aria-hidden="true">*</span><span className="gk-visually-hidden">（必填）</span></span></legend>
        {e.spokespersonIds ? <p className="gk-field-error">{e.spokespersonIds}</p> : null}
        {spokespersons.length === 0 ? <p>请先登记新闻发言人。</p> : (
          <ul className="gk-checkbox-list">
            {spokespersons.map((s) => (
              <li key={s.id}>
                <input type="checkbox" id={`${id}-sp-${s.id}`} checked={speakers.includes(s.id)} onChange={(ev) => setSpeakers((p) => (ev.target.checked ? [...p, s.id] : p.filter((x) => x !== s.id)))} />
                <label htmlFor={`${id}-sp-${s.id}`}>{s.name}（{s.organizationName} {s.title}）</label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <TextAreaField id={`${id}-summary`} label="发布内容摘要" rows={6} maxLength={20000} value={v.summary} onChange={set('summary')} error={e.summary} />
      <div className="gk-field">
        <label htmlFor={`${id}-rel`}>相关的主动发布信息</label>
        <select id={`${id}-rel`} value={v.releaseId} onChange={(ev) => set('releaseId')(ev.target.value)}>
          <option value="">无</option>
          {(published.data ?? []).map((r) => <option key={r.id} value={r.id}>{r.title}</option>)}
        </select>
      </div>
      <CheckboxField id={`${id}-pub`} label="在门户网站公开" checked={publish} onChange={setPublish} hint="公开发布会名称、日期、主办机构、内容摘要和出席的新闻发言人姓名、职务；联系电话不公开。也可以以后在下方列表中公开。" error={e.publish} />
    </ActionForm>
  );
}

export default function PressPage() {
  usePageTitle('新闻发言人和新闻发布会');
  const { code } = useDivision();
  const today = useToday();
  const list = useApiQuery(api.releases.spokespersons, code ? { divisionCode: code } : skipToken);
  const columns: Column<Spokesperson>[] = [
    { key: 'name', header: '姓名', rowHeader: true },
    { key: 'title', header: '职务' },
    { key: 'organizationName', header: '机构' },
    { key: 'phone', header: '联系电话', render: (s) => s.phone ?? '' },
    { key: 'appointedOn', header: '任职日期', render: (s) => cnDate(s.appointedOn) },
  ];
  return (
    <>
      <h1>新闻发言人和新闻发布会</h1>
      <section aria-labelledby="press-sp">
        <h2 id="press-sp">新闻发言人</h2>
        <QueryState query={list}>
          {(rows) => <DataTable caption="在任新闻发言人（含下级地区）" columns={columns} rows={rows} rowKey={(s) => s.id} empty="尚未登记新闻发言人。" />}
        </QueryState>
        {code && today ? <AddSpokesperson division={code} today={today} /> : null}
      </section>
      {code ? <ConferenceList division={code} spokespersons={list.data ?? []} /> : null}
      {code && today ? <RecordConference division={code} today={today} spokespersons={list.data ?? []} /> : null}
    </>
  );
}
