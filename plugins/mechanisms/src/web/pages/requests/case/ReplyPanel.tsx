// The reply: an outcome code, reasons and legal basis where the law requires them, the 告知书
// previewed (and its text editable) before it is issued, forwarding to the body that holds the
// information, and the Art. 44 suggestion afterwards.
import { useId, useState, type FormEvent } from 'react';
import { DivisionSwitcher, Notice, errorMessage, useApiMutation } from '@gongkai/ui';
import { outcomes } from '../../../../contracts/vocabulary';
import { api } from '../../shared/api';
import { cnDate } from '../../shared/dates';
import { useRootDivision } from '../../shared/division';
import { CheckboxField, ErrorSummary, SelectField, TextAreaField, TextField } from '../../shared/fields';
import { serverErrors } from '../../shared/form-errors';
import { LetterViewer } from '../../shared/LetterViewer';
import { OrgSelect } from '../../shared/OrgSelect';
import { emptyReply, outcomeGroups, replyPayload, withOutcome, type ReplyState } from './reply-form';
import type { Case } from './types';

const labels: Record<string, string> = {
  outcomeCode: '办理结果', reason: '理由', legalBasis: '法律依据', disclosedContent: '公开内容及获取方式', transferBody: '负责公开的机关',
  transferContact: '负责机关联系方式', forwardToOrganizationId: '转交机构', repliedOn: '答复日期', letterBody: '告知书正文',
};

export function ReplyPanel({ c, today }: { c: Case; today: string }) {
  const id = useId();
  const root = useRootDivision();
  const [s, setS] = useState<ReplyState>(emptyReply);
  const [forwardDivision, setForwardDivision] = useState(c.divisionCode);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  // The preview is a mutation that changes nothing (the reply travels in the request body, however
  // long): it refreshes no other data, and the letter shown is the one for the input it was made from.
  const preview = useApiMutation(api.requests.previewReply, { invalidate: [] });
  const reply = useApiMutation(api.requests.reply);
  const errors = { ...serverErrors(reply.error), ...clientErrors };
  const set = <K extends keyof ReplyState>(k: K) => (v: ReplyState[K]) => setS((prev) => ({ ...prev, [k]: v }));
  const info = s.outcomeCode ? outcomes[s.outcomeCode] : null;
  const payload = replyPayload(c.id, s, today);
  const previewed = preview.data && preview.variables ? preview.variables : null;
  const stale = previewed !== null && JSON.stringify(previewed) !== JSON.stringify(payload);
  const fieldIds = Object.fromEntries(Object.keys(labels).map((k) => [k, `${id}-${k}`]));

  if (reply.data) {
    return (
      <section aria-labelledby={`${id}-done`}>
        <h2 id={`${id}-done`}>答复</h2>
        <Notice tone="success" title="已作出答复并出具告知书">
          {reply.data.forwarded ? <p>已转交负责机关办理，新申请编号 {reply.data.forwarded.number}。</p> : null}
          <p>告知书见下方“告知书”列表，可打印或下载后送达申请人。</p>
        </Notice>
        {reply.data.suggestProactive.suggested ? (
          <Notice tone="warning" title="建议主动公开">已有 {reply.data.suggestProactive.count} 位申请人申请公开相同的政府信息。依据条例第四十四条，可以纳入主动公开范围。</Notice>
        ) : null}
      </section>
    );
  }

  const check = (): boolean => {
    const e: Record<string, string> = {};
    if (!s.outcomeCode) e.outcomeCode = '请选择办理结果';
    if (info?.requiresReason && !s.reason.trim()) e.reason = `“${info.label}”须说明理由`;
    setClientErrors(e);
    return Object.keys(e).length === 0;
  };
  const doPreview = () => { if (check()) preview.mutate(payload); };
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    if (!check()) return;
    reply.mutate(payload);
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>答复</h2>
      <form className="gk-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
        <ErrorSummary errors={errors} fieldIds={fieldIds} labels={labels} />
        <SelectField id={fieldIds.outcomeCode!} label={labels.outcomeCode!} required value={s.outcomeCode} onChange={(v) => setS((prev) => withOutcome(prev, v as ReplyState['outcomeCode']))}
          groups={outcomeGroups} placeholder="请选择" error={errors.outcomeCode} hint="结果类别即年度报告“本年度办理结果”的各行。" />
        {info ? <p className="gk-field-hint">年度报告行：{info.row}</p> : null}
        <TextAreaField id={fieldIds.reason!} label={labels.reason!} required={info?.requiresReason} maxLength={3000} value={s.reason} onChange={set('reason')} error={errors.reason}
          hint={info?.requiresReason ? '依法须向申请人说明理由。' : undefined} />
        <TextField id={fieldIds.legalBasis!} label={labels.legalBasis!} maxLength={500} value={s.legalBasis} onChange={set('legalBasis')} error={errors.legalBasis}
          hint={info?.requiresLegalBasis ? '须引用具体条款；已按所选结果预填，可修改。' : undefined} />
        {s.outcomeCode === 'disclose' || s.outcomeCode === 'partial' ? (
          <TextAreaField id={fieldIds.disclosedContent!} label={labels.disclosedContent!} maxLength={20000} rows={6} value={s.disclosedContent} onChange={set('disclosedContent')} error={errors.disclosedContent}
            hint="写明提供的信息或获取方式；部分公开的，说明不予公开部分。" />
        ) : null}
        {s.outcomeCode === 'unavailable.not-held' ? (
          <fieldset className="gk-fieldset">
            <legend>负责公开该信息的机关</legend>
            <p className="gk-field-hint">能够确定负责公开该信息的行政机关的，应告知申请人该机关的名称、联系方式。该机关在本平台上的，可直接转交，由其作为新申请办理。</p>
            <TextField id={fieldIds.transferBody!} label={labels.transferBody!} maxLength={200} value={s.transferBody} onChange={set('transferBody')} error={errors.transferBody} />
            <TextField id={fieldIds.transferContact!} label={labels.transferContact!} maxLength={200} value={s.transferContact} onChange={set('transferContact')} error={errors.transferContact} />
            {root ? <DivisionSwitcher value={forwardDivision} rootCode={root} onChange={(d) => { setForwardDivision(d ?? root); set('forwardToOrganizationId')(''); }} legend="转交机构所在地区" rootName="省级" /> : null}
            <OrgSelect id={fieldIds.forwardToOrganizationId!} label="转交给（可选）" divisionCode={forwardDivision} value={s.forwardToOrganizationId} onChange={set('forwardToOrganizationId')} exclude={c.organizationId} error={errors.forwardToOrganizationId} />
          </fieldset>
        ) : null}
        <TextField id={fieldIds.repliedOn!} label={labels.repliedOn!} type="date" required max={today} value={s.repliedOn || today} onChange={set('repliedOn')} error={errors.repliedOn} />
        <CheckboxField id={`${id}-spot`} label={`当场答复（答复日期须为收到申请之日 ${cnDate(c.receivedOn)}）`} checked={s.onTheSpot} onChange={set('onTheSpot')} />

        <h3>告知书</h3>
        <div className="gk-form-actions">
          <button type="button" className="gk-button-secondary" onClick={doPreview} disabled={preview.isPending}>{preview.isPending ? '正在生成…' : '预览告知书'}</button>
        </div>
        {preview.error ? <Notice tone="error">{errorMessage(preview.error)}</Notice> : null}
        {preview.data && previewed ? (
          <>
            <LetterViewer letter={{ title: preview.data.title, html: preview.data.html, fileName: `${c.number}-${preview.data.title}（预览）.html` }} heading="h3" />
            <details>
              <summary>修改本告知书正文</summary>
              <TextAreaField id={fieldIds.letterBody!} label={labels.letterBody!} rows={14} maxLength={20000} value={s.letterBody ?? preview.data.body} onChange={(v) => set('letterBody')(v)} error={errors.letterBody}
                hint="以 {{占位符}} 填入申请信息；修改只影响本件告知书。修改后请再次预览。" />
            </details>
          </>
        ) : <p className="gk-field-hint">作出答复前请先预览告知书；告知书按本机构的模板生成，包含救济途径告知。</p>}
        {stale ? <p className="gk-field-hint" role="status">答复内容已修改，请重新预览告知书后再提交。</p> : null}
        <div className="gk-form-actions">
          <button type="submit" className="gk-button" disabled={reply.isPending || !previewed || stale}>{reply.isPending ? '正在提交…' : '作出答复并出具告知书'}</button>
        </div>
      </form>
    </section>
  );
}
