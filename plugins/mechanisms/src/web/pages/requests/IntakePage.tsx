// Console: staff register an application received in person, orally, by mail, fax or e-mail, with
// the evidence date its channel's receipt rule uses (条例第三十一条).
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Notice, useApiMutation, useDivision, usePageTitle } from '@gongkai/ui';
import { intakeInput, staffChannels } from '../../../contracts/requests';
import { intakeChannelLabels } from '../../../contracts/vocabulary';
import { evidenceLabels, receiptRules } from '../../../contracts/receipt';
import { api } from '../shared/api';
import { cnDate, useToday } from '../shared/dates';
import { useDivisionName } from '../shared/division';
import { ErrorSummary, SelectField, TextAreaField, TextField } from '../shared/fields';
import { issuesToErrors, serverErrors } from '../shared/form-errors';
import { OrgSelect } from '../shared/OrgSelect';
import { ApplicantFields, applicantFieldId } from './ApplicantFields';
import { applicantFieldLabels, emptyApplicant, type ApplicantState } from './applicant-form';

type Channel = (typeof staffChannels)[number];
const labels: Record<string, string> = { ...applicantFieldLabels, channel: '申请渠道', submittedOn: '提交日期', signedOn: '签收日期', confirmedOn: '确认日期', assistanceNote: '代为填写或协助情况' };

export default function IntakePage() {
  usePageTitle('登记申请');
  const prefix = useId();
  const { code } = useDivision();
  const divisionName = useDivisionName(code);
  const today = useToday();
  const [organizationId, setOrganizationId] = useState('');
  const [channel, setChannel] = useState<Channel>('in-person');
  const [evidence, setEvidence] = useState('');
  const [assistance, setAssistance] = useState('');
  const [applicant, setApplicant] = useState<ApplicantState>(emptyApplicant);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const intake = useApiMutation(api.requests.intake, { invalidate: [api.requests.queue] });
  const errors = { ...serverErrors(intake.error), ...clientErrors };
  const rule = receiptRules[channel];
  const fieldIds: Record<string, string> = Object.fromEntries(Object.keys(labels).map((k) => [k, applicantFieldId(prefix, k)]));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = intakeInput.safeParse({
      divisionCode: code ?? '', organizationId, channel, ...applicant, assistanceNote: assistance,
      [rule.field]: evidence || today,
    });
    if (!parsed.success) {
      const errs = issuesToErrors(parsed.error.issues);
      // An unchosen organisation is "please choose", not a malformed id.
      if (!organizationId) errs.organizationId = '请选择受理机构';
      setClientErrors(errs);
      return;
    }
    setClientErrors({});
    intake.mutate(parsed.data);
  };

  if (intake.data) {
    const r = intake.data;
    return (
      <>
        <h1>登记申请</h1>
        <Notice tone="success" title="已登记">
          <p>申请编号：<strong className="gk-secret">{r.number}</strong>；收到申请日期 {cnDate(r.receivedOn)}；答复期限 {r.dueDate ? cnDate(r.dueDate) : '待定'}。</p>
          <p>请将申请编号告知申请人，凭编号可在门户网站查询办理进度。</p>
        </Notice>
        <p><Link to={`/console/mechanisms/requests/${r.id}`}>办理该申请</Link>{'\u3000'}<button type="button" className="gk-button-link" onClick={() => { intake.reset(); setApplicant(emptyApplicant()); setEvidence(''); setAssistance(''); }}>继续登记</button></p>
      </>
    );
  }

  return (
    <>
      <h1>登记申请</h1>
      <p>登记以当面、口头、邮寄、传真或电子邮件方式收到的申请（网上申请由申请人在门户网站提交）。带 <span aria-hidden="true">*</span>（必填）的项目须填写。</p>
      <form className="gk-form" onSubmit={submit} noValidate aria-label="登记申请">
        <ErrorSummary errors={errors} fieldIds={fieldIds} labels={labels} />
        <fieldset className="gk-fieldset">
          <legend>受理与收件</legend>
          <p>受理地区：{divisionName ?? code}（在页首切换工作地区）</p>
          <OrgSelect id={fieldIds.organizationId!} label="受理机构" divisionCode={code} value={organizationId} onChange={setOrganizationId} required error={errors.organizationId} />
          <SelectField id={fieldIds.channel!} label="申请渠道" required value={channel} onChange={(v) => { setChannel(v as Channel); setEvidence(''); }}
            options={staffChannels.map((c) => ({ value: c, label: intakeChannelLabels[c] }))} error={errors.channel} />
          <TextField id={fieldIds[rule.field]!} label={evidenceLabels[rule.field]} type="date" required max={today ?? undefined} value={evidence || today || ''} onChange={setEvidence}
            error={errors[rule.field]} hint={`收到申请之日：${rule.rule}`} />
          {channel === 'oral' || channel === 'in-person' ? (
            <TextAreaField id={fieldIds.assistanceNote!} label={labels.assistanceNote!} maxLength={1000} value={assistance} onChange={setAssistance} error={errors.assistanceNote}
              hint="申请人书面申请确有困难、由工作人员代为填写的，记录代填情况和申请人的确认方式（条例第二十九条）。" />
          ) : null}
        </fieldset>
        <ApplicantFields prefix={prefix} value={applicant} onChange={setApplicant} errors={errors} />
        <div className="gk-form-actions"><button type="submit" className="gk-button" disabled={intake.isPending || !code}>{intake.isPending ? '正在登记…' : '登记申请'}</button></div>
      </form>
    </>
  );
}
