// 补正 (one-time notice; the period restarts on receipt), one approved extension, and the Art. 35
// delayed period. Each action issues its letter; the deadline is recomputed by the server.
import { useId, useState } from 'react';
import { useApiMutation } from '@gongkai/ui';
import { api } from '../../shared/api';
import { ActionForm } from '../../shared/ActionForm';
import { cnDate } from '../../shared/dates';
import { TextAreaField, TextField } from '../../shared/fields';
import { serverErrors } from '../../shared/form-errors';
import { hasEvent, type Case } from './types';

function CorrectionRequest({ c, today }: { c: Case; today: string }) {
  const id = useId();
  const [items, setItems] = useState('');
  const [on, setOn] = useState('');
  const m = useApiMutation(api.requests.requestCorrection);
  const e = serverErrors(m.error);
  return (
    <ActionForm title="告知补正" titleId={`${id}-t`} pending={m.isPending} submitLabel="发出补正告知书" formError={e['']}
      intro="申请内容不明确的，应自收到申请之日起7个工作日内一次性告知申请人补正，说明需要补正的事项和合理的补正期限。答复期限自收到补正的申请之日起重新计算。"
      success={m.data ? <>已发出补正告知书，补正期限 {cnDate(m.data.correctionDue)}{m.data.late ? '（注意：超过了7个工作日的告知期限）' : ''}。</> : null}
      onSubmit={() => m.mutate({ id: c.id, items, noticeOn: on || today })}>
      <TextAreaField id={`${id}-items`} label="需要补正的事项" required maxLength={2000} value={items} onChange={setItems} error={e.items} />
      <TextField id={`${id}-on`} label="告知日期" type="date" required max={today} value={on || today} onChange={setOn} error={e.noticeOn} />
    </ActionForm>
  );
}

function NoCorrection({ c, today }: { c: Case; today: string }) {
  const id = useId();
  const [on, setOn] = useState('');
  const [note, setNote] = useState('');
  const m = useApiMutation(api.requests.confirmNoCorrection);
  const e = serverErrors(m.error);
  const due = c.correctionNotice?.dueDate ?? null;
  return (
    <ActionForm title="登记无需补正" titleId={`${id}-t`} pending={m.isPending} submitLabel="登记无需补正" formError={e['']}
      intro={<>申请内容明确、不需要补正的，请登记审查结果；登记后不再提醒补正告知期限{due ? `（${cnDate(due)}）` : ''}。期限届满仍未告知补正也未登记的，系统将发出逾期预警。</>}
      success={m.data ? <>已登记无需补正{m.data.late ? '（注意：登记时已超过补正告知期限）' : ''}。</> : null}
      onSubmit={() => m.mutate({ id: c.id, checkedOn: on || today, note: note || null })}>
      <TextField id={`${id}-on`} label="审查日期" type="date" required max={today} value={on || today} onChange={setOn} error={e.checkedOn} />
      <TextAreaField id={`${id}-note`} label="审查意见" maxLength={500} value={note} onChange={setNote} error={e.note} />
    </ActionForm>
  );
}

function CorrectionReceived({ c, today }: { c: Case; today: string }) {
  const id = useId();
  const [on, setOn] = useState('');
  const [note, setNote] = useState('');
  const m = useApiMutation(api.requests.correctionReceived);
  const e = serverErrors(m.error);
  return (
    <ActionForm title="收到补正" titleId={`${id}-t`} pending={m.isPending} submitLabel="登记收到补正" formError={e['']}
      intro="登记后答复期限自收到补正之日起重新计算。申请人逾期不补正的，可在“答复”中以“申请人无正当理由逾期不补正”办结。"
      success={m.data ? <>已登记。新的答复截止日：{m.data.dueDate ? cnDate(m.data.dueDate) : '待定'}。</> : null}
      onSubmit={() => m.mutate({ id: c.id, receivedOn: on || today, note: note || null })}>
      <TextField id={`${id}-on`} label="收到补正日期" type="date" required max={today} value={on || today} onChange={setOn} error={e.receivedOn} />
      <TextAreaField id={`${id}-note`} label="补正内容摘要" maxLength={5000} value={note} onChange={setNote} error={e.note} />
    </ActionForm>
  );
}

function Extension({ c, today }: { c: Case; today: string }) {
  const id = useId();
  const [days, setDays] = useState('20');
  const [reason, setReason] = useState('');
  const [on, setOn] = useState('');
  const m = useApiMutation(api.requests.extend);
  const e = serverErrors(m.error);
  return (
    <ActionForm title="延长答复期限" titleId={`${id}-t`} pending={m.isPending} submitLabel="批准延长并出具告知书" formError={e['']}
      intro="需要延长答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人，延长期限最长不超过20个工作日，只能延长一次。批准人记录为当前登录的负责人。"
      success={m.data ? <>已延长。新的答复截止日：{m.data.dueDate ? cnDate(m.data.dueDate) : '待定'}。</> : null}
      onSubmit={() => m.mutate({ id: c.id, days: Number(days), reason, approvedOn: on || today })}>
      <TextField id={`${id}-days`} label="延长的工作日数" type="number" min={1} max={20} step={1} required value={days} onChange={setDays} error={e.days} />
      <TextAreaField id={`${id}-reason`} label="延长理由" required maxLength={1000} value={reason} onChange={setReason} error={e.reason} />
      <TextField id={`${id}-on`} label="批准日期" type="date" required max={today} value={on || today} onChange={setOn} error={e.approvedOn} />
    </ActionForm>
  );
}

function Delay({ c, today }: { c: Case; today: string }) {
  const id = useId();
  const [days, setDays] = useState('');
  const [reason, setReason] = useState('');
  const [on, setOn] = useState('');
  const m = useApiMutation(api.requests.delay);
  const e = serverErrors(m.error);
  return (
    <ActionForm title="确定延迟答复期限（条例第三十五条）" titleId={`${id}-t`} pending={m.isPending} submitLabel="确定延迟答复期限" formError={e['']}
      intro="申请人申请公开政府信息的数量、频次明显超过合理范围，且说明的理由合理的，可以确定延迟答复的合理期限并告知申请人。"
      success={m.data ? <>已确定。新的答复截止日：{m.data.dueDate ? cnDate(m.data.dueDate) : '待定'}。</> : null}
      onSubmit={() => m.mutate({ id: c.id, days: Number(days), reason, setOn: on || today })}>
      <TextField id={`${id}-days`} label="延迟的工作日数" type="number" min={1} max={120} step={1} required value={days} onChange={setDays} error={e.days} />
      <TextAreaField id={`${id}-reason`} label="申请人说明的理由及审查意见" required maxLength={2000} value={reason} onChange={setReason} error={e.reason} />
      <TextField id={`${id}-on`} label="确定日期" type="date" required max={today} value={on || today} onChange={setOn} error={e.setOn} />
    </ActionForm>
  );
}

/** The clock actions open for the case in its current state. */
export function ClockActions({ c, today }: { c: Case; today: string }) {
  if (c.status === 'closed') return null;
  const corrected = hasEvent(c, 'correction-requested');
  return (
    <section aria-labelledby="case-clock-actions">
      <h2 id="case-clock-actions">补正、延期</h2>
      {c.status === 'awaiting-correction' ? <CorrectionReceived c={c} today={today} /> : null}
      {!corrected && c.status === 'processing' ? <CorrectionRequest c={c} today={today} /> : corrected && c.status !== 'awaiting-correction' ? <p>已告知过补正（补正告知只能作出一次）。</p> : null}
      {c.correctionNotice?.state === 'open' && c.status === 'processing' ? <NoCorrection c={c} today={today} />
        : c.correctionNotice?.state === 'not-needed' && !corrected ? <p>已登记申请内容明确、无需补正（如发现仍需补正，可以告知补正）。</p> : null}
      {c.status !== 'awaiting-correction' ? (hasEvent(c, 'extension-approved') ? <p>答复期限已延长过一次，不能再次延长。</p> : <Extension c={c} today={today} />) : null}
      {!hasEvent(c, 'delay-set') && c.ruleSet === 'ogi-2019' ? (
        <details>
          <summary>申请数量、频次明显超过合理范围？确定延迟答复期限</summary>
          <Delay c={c} today={today} />
        </details>
      ) : null}
    </section>
  );
}
