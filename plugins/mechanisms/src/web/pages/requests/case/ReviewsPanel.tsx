// Reconsideration and litigation linked to the request (annual report section 四).
import { useId, useState } from 'react';
import { useApiMutation } from '@gongkai/ui';
import { reviewKindLabels, reviewKinds, reviewResultLabels, reviewResults, type ReviewKind, type ReviewResult } from '../../../../contracts/vocabulary';
import { api } from '../../shared/api';
import { ActionForm } from '../../shared/ActionForm';
import { cnDate } from '../../shared/dates';
import { SelectField, TextAreaField, TextField } from '../../shared/fields';
import { serverErrors } from '../../shared/form-errors';
import type { Case } from './types';

function FileReview({ c, today }: { c: Case; today: string }) {
  const id = useId();
  const [kind, setKind] = useState<ReviewKind>('reconsideration');
  const [caseNo, setCaseNo] = useState('');
  const [on, setOn] = useState('');
  const m = useApiMutation(api.requests.fileReview);
  const e = serverErrors(m.error);
  return (
    <ActionForm title="登记复议或诉讼" titleId={`${id}-t`} pending={m.isPending} submitLabel="登记" formError={e['']} success={m.data ? '已登记。' : null}
      onSubmit={() => m.mutate({ id: c.id, kind, caseNo: caseNo || null, filedOn: on || today })}>
      <SelectField id={`${id}-kind`} label="类型" required value={kind} onChange={(v) => setKind(v as ReviewKind)} options={reviewKinds.map((k) => ({ value: k, label: reviewKindLabels[k] }))} error={e.kind} />
      <TextField id={`${id}-no`} label="案号" maxLength={100} value={caseNo} onChange={setCaseNo} error={e.caseNo} />
      <TextField id={`${id}-on`} label="申请或起诉日期" type="date" required max={today} value={on || today} onChange={setOn} error={e.filedOn} />
    </ActionForm>
  );
}

function DecideReview({ reviewId, label, today }: { reviewId: string; label: string; today: string }) {
  const id = useId();
  const [result, setResult] = useState<ReviewResult>('upheld');
  const [on, setOn] = useState('');
  const [note, setNote] = useState('');
  const m = useApiMutation(api.requests.decideReview);
  const e = serverErrors(m.error);
  return (
    <ActionForm level={4} title={`登记结果：${label}`} titleId={`${id}-t`} pending={m.isPending} submitLabel="登记结果" formError={e['']} success={m.data ? '已登记。' : null}
      onSubmit={() => m.mutate({ reviewId, result, decidedOn: result === 'pending' ? null : on || today, note: note || null })}>
      <SelectField id={`${id}-r`} label="结果" required value={result} onChange={(v) => setResult(v as ReviewResult)} options={reviewResults.map((r) => ({ value: r, label: reviewResultLabels[r] }))} error={e.result} />
      {result !== 'pending' ? <TextField id={`${id}-on`} label="审结日期" type="date" required max={today} value={on || today} onChange={setOn} error={e.decidedOn} /> : null}
      <TextAreaField id={`${id}-note`} label="说明" maxLength={2000} value={note} onChange={setNote} error={e.note} />
    </ActionForm>
  );
}

export function ReviewsPanel({ c, today }: { c: Case; today: string }) {
  const filed = c.timeline.filter((e) => e.kind === 'review-filed');
  return (
    <section aria-labelledby="case-reviews">
      <h2 id="case-reviews">行政复议和行政诉讼</h2>
      {filed.length === 0 ? <p>未登记复议或诉讼。</p> : (
        <ul>
          {filed.map((e) => {
            const reviewId = (e.data as { reviewId?: unknown } | null)?.reviewId;
            return (
              <li key={e.id}>
                {e.note}（{cnDate(e.on)}）
                {typeof reviewId === 'string' ? <details><summary>登记审理结果</summary><DecideReview reviewId={reviewId} label={e.note ?? ''} today={today} /></details> : null}
              </li>
            );
          })}
        </ul>
      )}
      {c.status === 'closed' ? <details><summary>申请人申请了复议或提起了诉讼？</summary><FileReview c={c} today={today} /></details> : null}
    </section>
  );
}
