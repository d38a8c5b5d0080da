// First-inquiry responsibility: the receiving office asks other organisations (also in other
// divisions) or third parties for their opinion, each with its own deadline; consultation of
// other organs and third parties is excluded from the reply period.
import { useId, useState } from 'react';
import { DataTable, DivisionSwitcher, useApiMutation, errorMessage, type Column } from '@gongkai/ui';
import { subtaskKindLabels, subtaskKinds } from '../../../../contracts/requests';
import { api } from '../../shared/api';
import { ActionForm } from '../../shared/ActionForm';
import { cnDate } from '../../shared/dates';
import { DueBadge } from '../../shared/DueBadge';
import { dueState } from '../../shared/due-state';
import { RadioGroup, TextAreaField, TextField } from '../../shared/fields';
import { serverErrors } from '../../shared/form-errors';
import { OrgSelect } from '../../shared/OrgSelect';
import { useRootDivision } from '../../shared/division';
import type { Case } from './types';

type Subtask = Case['subtasks'][number];
const kindShort: Record<string, string> = { coordination: '协办', organ: '征求其他机关意见', 'third-party': '征求第三方意见' };
const statusLabel: Record<string, string> = { open: '办理中', answered: '已回复', cancelled: '已撤回' };

function SendSubtask({ c, today }: { c: Case; today: string }) {
  const id = useId();
  const [kind, setKind] = useState<(typeof subtaskKinds)[number]>('coordination');
  const [division, setDivision] = useState<string>(c.divisionCode);
  const [target, setTarget] = useState('');
  const [thirdParty, setThirdParty] = useState('');
  const [question, setQuestion] = useState('');
  const [on, setOn] = useState('');
  const [days, setDays] = useState('');
  const m = useApiMutation(api.requests.sendSubtask, { onSuccess: () => { setQuestion(''); setTarget(''); setThirdParty(''); } });
  const e = serverErrors(m.error);
  const third = kind === 'third-party';
  const root = useRootDivision();
  return (
    <ActionForm title="发出协办或征求意见" titleId={`${id}-t`} pending={m.isPending} submitLabel="发出" formError={e['']}
      success={m.data ? <>已发出，回复期限 {cnDate(m.data.dueDate)}。{m.data.paused ? '征求意见期间答复期限暂停计算。' : m.data.requestDueDate ? `答复截止日：${cnDate(m.data.requestDueDate)}。` : ''}</> : null}
      onSubmit={() => m.mutate({
        id: c.id, kind, question, sentOn: on || today,
        targetOrganizationId: third ? null : target || null, thirdPartyName: third ? thirdParty || null : null,
        ...(days ? { days: Number(days) } : {}),
      })}>
      <RadioGroup id={`${id}-kind`} legend="事项类型" required value={kind} onChange={(v) => setKind(v as typeof kind)} options={subtaskKinds.map((k) => ({ value: k, label: subtaskKindLabels[k] }))} error={e.kind} />
      {third ? (
        <TextField id={`${id}-third`} label="第三方名称" required maxLength={200} value={thirdParty} onChange={setThirdParty} error={e.thirdPartyName} hint="第三方的书面意见由本机关登记。" />
      ) : (
        <>
          {root ? <DivisionSwitcher value={division} rootCode={root} onChange={(d) => { setDivision(d ?? root); setTarget(''); }} legend="被征求意见机构所在地区" rootName="省级" /> : null}
          <OrgSelect id={`${id}-target`} label="被征求意见的机构" divisionCode={division} value={target} onChange={setTarget} required exclude={c.organizationId} error={e.targetOrganizationId} />
        </>
      )}
      <TextAreaField id={`${id}-q`} label="征求意见的事项" required maxLength={3000} value={question} onChange={setQuestion} error={e.question} />
      <TextField id={`${id}-on`} label="发出日期" type="date" required max={today} value={on || today} onChange={setOn} error={e.sentOn} />
      <TextField id={`${id}-days`} label="回复期限（工作日）" type="number" min={1} max={60} value={days} onChange={setDays} error={e.days} hint="不填写时按本地区设置：协办10个、其他机关15个、第三方15个工作日。" />
    </ActionForm>
  );
}

function RecordAnswer({ s, today, onDone }: { s: Subtask; today: string; onDone: () => void }) {
  const id = useId();
  const [answer, setAnswer] = useState('');
  const [on, setOn] = useState('');
  const m = useApiMutation(api.requests.answerSubtask, { onSuccess: onDone });
  const e = serverErrors(m.error);
  return (
    <ActionForm level={4} title={`登记${s.targetName}的意见`} titleId={`${id}-t`} pending={m.isPending} submitLabel="登记意见" formError={e['']}
      onSubmit={() => m.mutate({ subtaskId: s.id, answer, answeredOn: on || today })}>
      <TextAreaField id={`${id}-a`} label="回复意见" required maxLength={5000} value={answer} onChange={setAnswer} error={e.answer} />
      <TextField id={`${id}-on`} label="收到意见日期" type="date" required max={today} value={on || today} onChange={setOn} error={e.answeredOn} />
    </ActionForm>
  );
}

export function SubtasksPanel({ c, today, soonLimit }: { c: Case; today: string; soonLimit: string | null }) {
  const [answering, setAnswering] = useState<string | null>(null);
  const cancel = useApiMutation(api.requests.cancelSubtask);
  const open = c.status !== 'closed';
  const columns: Column<Subtask>[] = [
    { key: 'kind', header: '类型', render: (s) => kindShort[s.kind] ?? s.kind },
    { key: 'targetName', header: '对象', rowHeader: true },
    { key: 'question', header: '事项' },
    { key: 'sentOn', header: '发出日期', render: (s) => cnDate(s.sentOn) },
    { key: 'dueDate', header: '回复期限', render: (s) => <>{cnDate(s.dueDate)}{s.provisional ? '（暂定）' : ''} <DueBadge state={dueState({ status: s.status === 'open' ? 'open' : 'closed', dueDate: s.dueDate, overdue: s.overdue }, today, soonLimit)} /></> },
    { key: 'status', header: '状态', render: (s) => statusLabel[s.status] ?? s.status },
    { key: 'answer', header: '回复意见', render: (s) => (s.answer ? <>{s.answer}<span className="gk-field-hint">（{cnDate(s.answeredOn)}）</span></> : '') },
    {
      key: 'actions', header: '操作', render: (s) => (s.status !== 'open' || !open ? '' : (
        <>
          {s.kind === 'third-party' ? <button type="button" className="gk-button-link" aria-expanded={answering === s.id} onClick={() => setAnswering(answering === s.id ? null : s.id)}>登记意见<span className="gk-visually-hidden">：{s.targetName}</span></button> : null}{' '}
          <button type="button" className="gk-button-link" onClick={() => cancel.mutate({ subtaskId: s.id })} disabled={cancel.isPending}>撤回<span className="gk-visually-hidden">：{s.targetName}</span></button>
        </>
      )),
    },
  ];
  const answeringTask = c.subtasks.find((s) => s.id === answering);
  return (
    <section aria-labelledby="case-subtasks">
      <h2 id="case-subtasks">协办和征求意见</h2>
      {cancel.error ? <p className="gk-field-error" role="alert">{errorMessage(cancel.error)}</p> : null}
      <DataTable caption="已发出的协办和征求意见事项" columns={columns} rows={c.subtasks} rowKey={(s) => s.id} empty="尚未发出。" />
      {answeringTask ? <RecordAnswer s={answeringTask} today={today} onDone={() => setAnswering(null)} /> : null}
      {open ? <SendSubtask c={c} today={today} /> : null}
    </section>
  );
}
