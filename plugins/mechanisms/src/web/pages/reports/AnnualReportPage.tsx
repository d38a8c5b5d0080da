// Console: the annual report (sections 三 and 四) of the division (roll-up) or one organisation:
// the computed tables, adjustments with reasons for offline cases, the consistency check (勾稽关系)
// and publication, which is refused while the check fails.
import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { DataTable, Notice, QueryState, useApiMutation, useApiQuery, useDivision, usePageTitle, type Column } from '@gongkai/ui';
import { applicantTypeLabels, applicantTypes, type ApplicantType } from '../../../contracts/vocabulary';
import { api, type Outputs } from '../shared/api';
import { ActionForm } from '../shared/ActionForm';
import { useToday } from '../shared/dates';
import { useDivisionName } from '../shared/division';
import { SelectField, TextAreaField, TextField } from '../shared/fields';
import { serverErrors } from '../shared/form-errors';
import { OrgSelect } from '../shared/OrgSelect';
import { matrixAxes } from '../../../contracts/reports';
import { ReportTables } from './ReportTables';

type Report = Outputs['reports']['compute'];
type Adjustment = Report['adjustments'][number];
const statusLabels: Record<string, string> = { unsaved: '未保存', draft: '草稿', published: '已发布' };

function Consistency({ r }: { r: Report }) {
  if (r.issues.length === 0) return <p className="gk-chain-ok" role="status">符合勾稽关系：本年新收 + 上年结转 = 办理结果总计 + 结转下年度，各项之和与总计一致。</p>;
  return (
    <div className="gk-chain-bad" role="alert">
      <p style={{ margin: 0 }}>不符合勾稽关系（{r.issues.length} 处），修正前不能发布：</p>
      <ul style={{ fontSize: '1rem', fontWeight: 400 }}>{r.issues.map((i, n) => <li key={n}>{i.message}</li>)}</ul>
    </div>
  );
}

function Adjustments({ r, scope }: { r: Report; scope: { divisionCode: string; organizationId: string; year: number } }) {
  const id = useId();
  const [row, setRow] = useState<string>('new');
  const [column, setColumn] = useState<ApplicantType>('natural');
  const [delta, setDelta] = useState('');
  const [reason, setReason] = useState('');
  const save = useApiMutation(api.reports.save, { onSuccess: () => { setDelta(''); setReason(''); } });
  const e = serverErrors(save.error);
  const published = r.status === 'published';
  // Only the adjustments: the report's notes are saved on their own (<Notes>).
  const persist = (adjustments: Adjustment[]) => save.mutate({ ...scope, adjustments });
  const columns: Column<Adjustment>[] = [
    { key: 'row', header: '行', render: (a) => matrixAxes.rows.find((x) => x.key === a.row)?.label ?? a.row },
    { key: 'column', header: '申请人类型', render: (a) => applicantTypeLabels[a.column as ApplicantType] ?? a.column },
    { key: 'delta', header: '调整数', align: 'end', render: (a) => (a.delta > 0 ? `+${a.delta}` : String(a.delta)) },
    { key: 'reason', header: '原因', rowHeader: true },
    ...(published ? [] : [{ key: 'remove', header: '操作', render: (a: Adjustment) => <button type="button" className="gk-button-link" onClick={() => persist(r.adjustments.filter((x) => x !== a))}>删除<span className="gk-visually-hidden">调整：{a.reason}</span></button> }]),
  ];
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>人工调整</h2>
      <p>未在平台办理的申请（如线下办理的案件）可以按行和申请人类型调整数量，每项调整须说明原因。</p>
      <DataTable caption="已保存的调整" columns={columns} rows={r.adjustments} rowKey={(_a, i) => String(i)} empty="没有调整。" />
      {published ? null : (
        <ActionForm title="增加调整" titleId={`${id}-t`} pending={save.isPending} submitLabel="保存调整" formError={e[''] ?? e.adjustments}
          success={save.data ? (save.data.issues.length ? `已保存；仍有 ${save.data.issues.length} 处不符合勾稽关系。` : '已保存，符合勾稽关系。') : null}
          onSubmit={() => persist([...r.adjustments, { row: row as Adjustment['row'], column, delta: Number(delta), reason }])}>
          <SelectField id={`${id}-row`} label="行" required value={row} onChange={setRow} options={matrixAxes.rows.map((x) => ({ value: x.key, label: x.label }))} />
          <SelectField id={`${id}-col`} label="申请人类型" required value={column} onChange={(v) => setColumn(v as ApplicantType)} options={applicantTypes.map((t) => ({ value: t, label: applicantTypeLabels[t] }))} />
          <TextField id={`${id}-delta`} label="调整数（可为负数）" type="number" required min={-100000} max={100000} step={1} value={delta} onChange={setDelta} error={e['adjustments.0.delta']} />
          <TextAreaField id={`${id}-reason`} label="调整原因" required maxLength={500} value={reason} onChange={setReason} />
        </ActionForm>
      )}
    </section>
  );
}

/** The report's notes (说明), shown before the tables when published; saved apart from the adjustments. */
function Notes({ r, scope }: { r: Report; scope: { divisionCode: string; organizationId: string; year: number } }) {
  const id = useId();
  const [notes, setNotes] = useState(r.notes);
  const save = useApiMutation(api.reports.save);
  const e = serverErrors(save.error);
  if (r.status === 'published') return r.notes ? <section aria-labelledby={`${id}-h`}><h2 id={`${id}-h`}>报告说明</h2><p style={{ whiteSpace: 'pre-wrap' }}>{r.notes}</p></section> : null;
  return (
    <ActionForm level={2} title="报告说明" titleId={`${id}-t`} pending={save.isPending} submitLabel="保存说明" formError={e['']}
      intro="发布时列在数据表之前。只保存说明，不影响已保存的调整。" success={save.data ? '已保存说明。' : null}
      onSubmit={() => save.mutate({ ...(scope.organizationId ? scope : { divisionCode: scope.divisionCode, year: scope.year }), notes: notes || null })}>
      <TextAreaField id={`${id}-notes`} label="说明" rows={6} maxLength={20000} value={notes} onChange={setNotes} error={e.notes} />
    </ActionForm>
  );
}

function Publish({ r, scope }: { r: Report; scope: { divisionCode: string; organizationId: string; year: number } }) {
  const id = useId();
  const [publisher, setPublisher] = useState('');
  const m = useApiMutation(api.reports.publish);
  const e = serverErrors(m.error);
  if (r.status === 'published') return <Notice tone="success" title="已发布">该年度报告已发布到政府信息公开目录{r.catalogueItemId ? <>（<a href={`/items/${r.catalogueItemId}`}>查看</a>）</> : null}，不能再修改。</Notice>;
  return (
    <ActionForm level={2} title="发布年度报告" titleId={`${id}-t`} pending={m.isPending} submitLabel="发布" formError={e[''] ?? (r.issues.length ? '不符合勾稽关系，修正后才能发布。' : undefined)}
      intro="发布后数据表将公开在门户网站和政府信息公开目录中，不能再修改。"
      success={m.data ? <>已发布，索引号 {m.data.indexNo}。</> : null}
      onSubmit={() => m.mutate({ divisionCode: scope.divisionCode, year: scope.year, ...(scope.organizationId ? { organizationId: scope.organizationId } : { publisherOrganizationId: publisher || undefined }) })}>
      {scope.organizationId ? null : (
        <OrgSelect id={`${id}-pub`} label="发布机构" hint="汇总报告以该机构的名义和索引号发布，通常为本级人民政府办公室。" divisionCode={scope.divisionCode} value={publisher} onChange={setPublisher} required error={e.publisherOrganizationId} />
      )}
    </ActionForm>
  );
}

export default function AnnualReportPage() {
  usePageTitle('政府信息公开工作年度报告');
  const id = useId();
  const { code } = useDivision();
  const name = useDivisionName(code);
  const today = useToday();
  const [params, setParams] = useSearchParams();
  const thisYear = today ? Number(today.slice(0, 4)) : null;
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam >= 2008 && yearParam <= 2100 ? yearParam : thisYear !== null ? thisYear - 1 : null;
  const organizationId = params.get('org') ?? '';
  const setParam = (k: string, v: string) => setParams((prev) => { const p = new URLSearchParams(prev); if (v) p.set(k, v); else p.delete(k); return p; });
  const scope = code && year ? { divisionCode: code, year, ...(organizationId ? { organizationId } : {}) } : null;
  const report = useApiQuery(api.reports.compute, scope ?? { divisionCode: '', year: 0 }, { enabled: scope !== null, retry: false });
  const years = thisYear ? Array.from({ length: thisYear - 2008 + 1 }, (_, i) => thisYear - i) : [];
  return (
    <>
      <h1>政府信息公开工作年度报告</h1>
      <p>按国务院办公厅政府信息与政务公开办公室规定的格式，自动统计“收到和处理政府信息公开申请情况”和“行政复议、行政诉讼情况”。</p>
      <div className="gk-toolbar">
        <SelectField id={`${id}-year`} label="年度" value={year ? String(year) : ''} onChange={(v) => setParam('year', v)} options={years.map((y) => ({ value: String(y), label: `${y}年` }))} />
        <OrgSelect id={`${id}-org`} label="报告范围" divisionCode={code} value={organizationId} onChange={(v) => setParam('org', v)} placeholder="本地区汇总（含下级）" />
      </div>
      {scope ? (
        <QueryState query={report}>
          {(r) => {
            const title = `${r.year}年度 ${organizationId ? '机构报告' : `${name ?? code}（汇总，含 ${r.organizations} 个机构）`}`;
            const s = { divisionCode: scope.divisionCode, organizationId, year: scope.year };
            return (
              <>
                <p>状态：<strong>{statusLabels[r.status] ?? r.status}</strong></p>
                <Consistency r={r} />
                <ReportTables title={title} matrix={r.matrix} reviews={r.reviews} />
                {organizationId ? <Adjustments r={r} scope={s} /> : <p className="gk-field-hint">汇总报告由各机构报告相加而成；人工调整请在机构报告中进行。</p>}
                <Notes key={`${s.organizationId}:${s.year}`} r={r} scope={s} />
                <Publish r={r} scope={s} />
              </>
            );
          }}
        </QueryState>
      ) : <p className="gk-loading" role="status">正在加载…</p>}
    </>
  );
}
