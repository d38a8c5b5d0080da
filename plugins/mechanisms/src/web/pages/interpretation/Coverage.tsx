// Major policies flagged by staff and whether each was interpreted within N working days.
import { useId, useState } from 'react';
import { DataTable, QueryState, useApiMutation, useApiQuery, type Column } from '@gongkai/ui';
import { api, type Outputs } from '../shared/api';
import { ActionForm } from '../shared/ActionForm';
import { cnDate } from '../shared/dates';
import { TextField } from '../shared/fields';
import { serverErrors } from '../shared/form-errors';
import { PolicyPicker, type PickedPolicy } from './PolicyPicker';

type Row = Outputs['interpretation']['coverage']['rows'][number];
const statusLabels: Record<Row['status'], string> = { covered: '按时解读', late: '解读超期', missing: '未解读（已超期）', pending: '待解读' };

export function Coverage({ divisionCode, today }: { divisionCode: string; today: string }) {
  const id = useId();
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [policy, setPolicy] = useState<PickedPolicy | null>(null);
  const cov = useApiQuery(api.interpretation.coverage, { divisionCode, from, to });
  const flag = useApiMutation(api.interpretation.flagMajor, { onSuccess: () => setPolicy(null) });
  const unflag = useApiMutation(api.interpretation.unflagMajor);
  const e = serverErrors(flag.error);
  const columns: Column<Row>[] = [
    { key: 'title', header: '政策文件', rowHeader: true },
    { key: 'publishedOn', header: '发布日期', render: (r) => cnDate(r.publishedOn) },
    { key: 'interpretedOn', header: '首次解读', render: (r) => (r.interpretedOn ? cnDate(r.interpretedOn) : '—') },
    { key: 'workingDays', header: '间隔工作日', align: 'end', render: (r) => (r.workingDays ?? '—') },
    { key: 'status', header: '状态', render: (r) => statusLabels[r.status] },
    { key: 'actions', header: '操作', render: (r) => <button type="button" className="gk-button-link" onClick={() => unflag.mutate({ id: r.id })}>取消标记<span className="gk-visually-hidden">{r.title}</span></button> },
  ];
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>重大政策解读情况</h2>
      <div className="gk-toolbar">
        <TextField id={`${id}-f`} label="发布日期自" type="date" value={from} onChange={setFrom} />
        <TextField id={`${id}-t`} label="至" type="date" value={to} onChange={setTo} />
      </div>
      <QueryState query={cov}>{(c) => (
        <>
          <p>在发布后 {c.coverageDays} 个工作日内解读的重大政策：{c.covered} 件；超期 {c.late} 件；未解读 {c.missing} 件；待解读 {c.pending} 件。解读率：{c.rate === null ? '—' : `${c.rate}%`}。</p>
          <DataTable caption="重大政策（由工作人员标记）" columns={columns} rows={c.rows} rowKey={(r) => r.id} empty="所选期间没有标记的重大政策。" />
        </>
      )}</QueryState>
      <ActionForm level={3} title="标记重大政策" titleId={`${id}-m`} pending={flag.isPending} submitLabel="标记" formError={e[''] ?? e.itemId}
        onSubmit={() => flag.mutate({ divisionCode, itemId: policy?.id ?? '' })}>
        <PolicyPicker divisionCode={divisionCode} value={policy} onChange={setPolicy} />
      </ActionForm>
    </section>
  );
}
