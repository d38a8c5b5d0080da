import type { ApplicantType } from '../../../contracts/vocabulary';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../shared/fields';
import {
  applicantFieldLabels as L, applicantTypeOptions, deliveryFormOptions, deliveryMethodOptions, idDocOptions, withApplicantType, type ApplicantState,
} from './applicant-form';

export const applicantFieldId = (prefix: string, field: string) => `${prefix}-${field}`;

/** Applicant, identity proof, contact, the information sought and how it is to be provided. */
export function ApplicantFields({ prefix, value, onChange, errors }: { prefix: string; value: ApplicantState; onChange: (v: ApplicantState) => void; errors: Record<string, string> }) {
  const id = (f: keyof ApplicantState) => applicantFieldId(prefix, f);
  const set = <K extends keyof ApplicantState>(k: K) => (v: ApplicantState[K]) => onChange({ ...value, [k]: v });
  const org = value.applicantType !== 'natural';
  return (
    <>
      <fieldset className="gk-fieldset">
        <legend>申请人信息</legend>
        <RadioGroup id={id('applicantType')} legend={L.applicantType} required value={value.applicantType}
          onChange={(t) => onChange(withApplicantType(value, t as ApplicantType))} options={applicantTypeOptions} error={errors.applicantType}
          hint="法人或者其他组织请选择相应类型，并以组织名义提出申请。" />
        <TextField id={id('applicantName')} label={org ? '申请人名称' : '申请人姓名'} required maxLength={100} value={value.applicantName} onChange={set('applicantName')} error={errors.applicantName} autoComplete={org ? 'organization' : 'name'} />
        {org ? <TextField id={id('legalRepresentative')} label={L.legalRepresentative} maxLength={50} value={value.legalRepresentative} onChange={set('legalRepresentative')} error={errors.legalRepresentative} /> : null}
        <SelectField id={id('idDocType')} label={L.idDocType} required value={value.idDocType} onChange={set('idDocType')} options={idDocOptions(value.applicantType)} error={errors.idDocType}
          hint={org ? '法人或其他组织请提供统一社会信用代码证或其他有效证件。' : '条例第二十九条：申请人应当提供身份证明。'} />
        <TextField id={id('idDocNumber')} label={L.idDocNumber} required maxLength={40} value={value.idDocNumber} onChange={set('idDocNumber')} error={errors.idDocNumber} autoComplete="off" spellCheck={false} />
      </fieldset>
      <fieldset className="gk-fieldset">
        <legend>联系方式</legend>
        <p className="gk-field-hint" id={`${prefix}-contact-hint`}>请至少填写一种联系方式，用于送达告知书和政府信息。</p>
        <TextField id={id('contactPhone')} label={L.contactPhone} type="tel" maxLength={30} value={value.contactPhone} onChange={set('contactPhone')} error={errors.contactPhone} autoComplete="tel" />
        <TextField id={id('contactEmail')} label={L.contactEmail} type="email" maxLength={100} value={value.contactEmail} onChange={set('contactEmail')} error={errors.contactEmail} autoComplete="email" />
        <TextField id={id('address')} label={L.address} maxLength={200} value={value.address} onChange={set('address')} error={errors.address} autoComplete="street-address" />
        <TextField id={id('postalCode')} label={L.postalCode} inputMode="numeric" maxLength={6} value={value.postalCode} onChange={set('postalCode')} error={errors.postalCode} autoComplete="postal-code" />
      </fieldset>
      <fieldset className="gk-fieldset">
        <legend>申请公开的政府信息</legend>
        <TextAreaField id={id('description')} label={L.description} required maxLength={5000} rows={6} value={value.description} onChange={set('description')} error={errors.description}
          hint="请尽量写明信息的名称、文号、形成时间或其他便于查找的特征（不超过5000字）。一份申请可以涉及多项信息。" />
        <TextField id={id('docNo')} label={L.docNo} hint="如知道文件的文号，请填写，如“黑政办发〔2026〕1号”。" maxLength={100} value={value.docNo} onChange={set('docNo')} error={errors.docNo} />
        <TextAreaField id={id('purpose')} label={`${L.purpose}（选填）`} maxLength={1000} rows={3} value={value.purpose} onChange={set('purpose')} error={errors.purpose}
          hint="《政府信息公开条例》不要求说明用途，可以不填。如有特殊需要，可在此说明，便于工作人员理解您的需求（不超过1000字）。用途只供办理机关查看，不在办理进度查询中显示。" />
        <RadioGroup id={id('deliveryForm')} legend={L.deliveryForm} required value={value.deliveryForm} onChange={set('deliveryForm')} options={deliveryFormOptions} error={errors.deliveryForm} />
        <RadioGroup id={id('deliveryMethod')} legend={L.deliveryMethod} required value={value.deliveryMethod} onChange={set('deliveryMethod')} options={deliveryMethodOptions} error={errors.deliveryMethod} />
      </fieldset>
    </>
  );
}
