// 征地信息查询: by place, project or approval number; each acquisition with its procedure, the
// date of every step taken and its statutory deadline.
import { useId, useState, type FormEvent } from 'react';
import { DataTable, Notice, QueryState, errorMessage, skipToken, useApiQuery, usePageTitle, type Column } from '@gongkai/ui';
import { ks, useDivisionCode, type Out } from '../api';

type Item = Out['open']['land']['items'][number];
type Step = Item['procedure'][number];

const stepColumns: Column<Step>[] = [
  { key: 'label', header: '程序步骤', rowHeader: true, render: (s) => `${s.label}${s.optional ? '（如有）' : ''}` },
  { key: 'date', header: '办理日期', render: (s) => (s.done ? `${s.date}${s.endDate ? ` 至 ${s.endDate}` : ''}` : '未办理') },
  { key: 'document', header: '文件', render: (s) => (s.document ? `${s.document}${s.documentNo ? `（${s.documentNo}）` : ''}` : '—') },
  { key: 'periods', header: '法定期限', render: (s) => (s.periods.length ? s.periods.map((p) => `${p.text}${p.deadline ? `：${p.deadline}` : ''}${p.met === true ? '（已按期）' : p.met === false ? '（未按期）' : ''}`).join('；') : '—') },
];

export default function LandQueryPage() {
  usePageTitle('征地信息查询');
  const code = useDivisionCode();
  const id = useId();
  const [form, setForm] = useState({ q: '', approvalNo: '' });
  const [query, setQuery] = useState<{ q?: string; approvalNo?: string } | null>(null);
  const result = useApiQuery(ks.open.land, query ? { divisionCode: code, ...query } : skipToken);
  const submit = (e: FormEvent) => { e.preventDefault(); setQuery({ ...(form.q.trim() ? { q: form.q.trim() } : {}), ...(form.approvalNo.trim() ? { approvalNo: form.approvalNo.trim() } : {}) }); };
  return (
    <>
      <h1>征地信息查询</h1>
      <p>可按位置（乡镇、村、组）、项目名称或批准文号查询征地批复、范围、补偿和安置信息。</p>
      <form className="gk-toolbar" role="search" onSubmit={submit}>
        <div className="gk-field"><label htmlFor={`${id}-q`}>位置或项目名称</label><input id={`${id}-q`} type="search" maxLength={100} value={form.q} onChange={(e) => setForm({ ...form, q: e.target.value })} /></div>
        <div className="gk-field"><label htmlFor={`${id}-a`}>批准文号</label><input id={`${id}-a`} maxLength={100} value={form.approvalNo} onChange={(e) => setForm({ ...form, approvalNo: e.target.value })} /></div>
        <button type="submit" className="gk-button">查询</button>
      </form>
      {result.error ? <Notice tone="error">{errorMessage(result.error)}</Notice> : null}
      {query ? (
        <QueryState query={result}>
          {(data) => (
            <>
              <p role="status">共 {data.total} 条结果</p>
              {data.items.map((a) => (
                <article key={a.id} className="gk-card">
                  <h2>{a.title}</h2>
                  <dl className="gk-dl">
                    <div><dt>适用程序</dt><dd>{a.law}</dd></div>
                    <div><dt>位置</dt><dd>{a.place}</dd></div>
                    <div><dt>被征地集体经济组织</dt><dd>{a.owners}</dd></div>
                    <div><dt>面积</dt><dd>{a.area} 公顷</dd></div>
                    <div><dt>用途</dt><dd>{a.purpose}</dd></div>
                    <div><dt>批准机关及文号</dt><dd>{a.approvedOn ? `${a.approvalAuthority ?? ''} ${a.approvalNo ?? ''}（${a.approvedOn}）` : '报批前'}</dd></div>
                    <div><dt>补偿标准</dt><dd>{a.compensationStandard}</dd></div>
                    <div><dt>安置途径</dt><dd>{a.resettlement}</dd></div>
                  </dl>
                  <DataTable caption={`${a.projectName}：征地程序`} columns={stepColumns} rows={a.procedure} rowKey={(s) => s.step} />
                </article>
              ))}
            </>
          )}
        </QueryState>
      ) : null}
    </>
  );
}
