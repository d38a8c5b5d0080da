// Portal: a citizen (signed in with a public account) applies for government information online.
// The form is checked with the same zod contract as the server before it is sent.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { DivisionSwitcher, Notice, QueryState, useApiMutation, useApiQuery, useDivision, usePageTitle } from '@gongkai/ui';
import { submitInput } from '../../../contracts/requests';
import { api, kernelApi, type Outputs } from '../shared/api';
import { cnDate } from '../shared/dates';
import { usePageDivision, usePluginEnabled, useRootDivision } from '../shared/division';
import { ErrorSummary } from '../shared/fields';
import { issuesToErrors, serverErrors } from '../shared/form-errors';
import { OrgSelect } from '../shared/OrgSelect';
import { ApplicantFields, applicantFieldId } from './ApplicantFields';
import { applicantFieldLabels, emptyApplicant, type ApplicantState } from './applicant-form';

type Submitted = Outputs['requests']['submit'];

function Confirmation({ result }: { result: Submitted }) {
  const { withDivision } = useDivision();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => { ref.current?.focus(); }, []);
  return (
    <section aria-labelledby="apply-done" className="gk-notice gk-notice-success">
      <h2 id="apply-done" tabIndex={-1} ref={ref}>申请已提交</h2>
      <p>您的申请编号：<strong className="gk-secret" data-testid="request-number">{result.number}</strong></p>
      <p>请妥善保存申请编号，凭编号可随时查询办理进度。</p>
      <table className="gk-meta-table">
        <caption className="gk-visually-hidden">申请回执</caption>
        <tbody>
          <tr><th scope="row">收到申请日期</th><td>{cnDate(result.receivedOn)}（网上提交即确认收到）</td></tr>
          <tr><th scope="row">答复期限</th><td>{result.dueDate ? `${cnDate(result.dueDate)}前` : '待定'}（自收到申请之日起20个工作日内，遇法定节假日顺延）</td></tr>
        </tbody>
      </table>
      <p>
        <Link to={withDivision(`/requests/track?number=${encodeURIComponent(result.number)}`)}>查看办理进度</Link>
        {'\u3000'}<Link to={withDivision('/requests/mine')}>我的申请</Link>
      </p>
    </section>
  );
}

function ApplyForm() {
  const prefix = useId();
  const pageDivision = usePageDivision();
  const [division, setDivision] = useState<string | null>(null);
  const divisionCode = division ?? pageDivision;
  const root = useRootDivision();
  const enabled = usePluginEnabled(divisionCode);
  const [organizationId, setOrganizationId] = useState('');
  const [applicant, setApplicant] = useState<ApplicantState>(emptyApplicant);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const submit = useApiMutation(api.requests.submit, { invalidate: [api.requests.mine] });
  const errors = { ...serverErrors(submit.error), ...clientErrors };

  if (submit.data) return <Confirmation result={submit.data} />;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = submitInput.safeParse({ divisionCode: divisionCode ?? '', organizationId, ...applicant });
    if (!parsed.success) {
      const errs = issuesToErrors(parsed.error.issues);
      // An unchosen organisation is "please choose", not a malformed id.
      if (!organizationId) errs.organizationId = '请选择受理机关';
      setClientErrors(errs);
      return;
    }
    setClientErrors({});
    submit.mutate(parsed.data);
  };

  const fieldIds: Record<string, string> = Object.fromEntries(Object.keys(applicantFieldLabels).map((k) => [k, applicantFieldId(prefix, k)]));
  return (
    <form className="gk-form" onSubmit={onSubmit} noValidate aria-labelledby="apply-title">
      <ErrorSummary errors={errors} fieldIds={fieldIds} labels={applicantFieldLabels} />
      <fieldset className="gk-fieldset">
        <legend>受理机关</legend>
        <p className="gk-field-hint">请选择掌握所需信息的行政机关。不确定时，可选择本级人民政府办公室。</p>
        <div id={fieldIds.divisionCode}>
          {root ? <DivisionSwitcher value={divisionCode} rootCode={root} onChange={(c) => { setDivision(c ?? root); setOrganizationId(''); }} legend={applicantFieldLabels.divisionCode} rootName="省级" /> : null}
        </div>
        {enabled === false ? <Notice tone="warning">该地区尚未开通网上申请，请选择其他地区，或以当面、邮寄等方式向受理机关提出申请。</Notice> : null}
        <OrgSelect id={fieldIds.organizationId ?? `${prefix}-org`} label={applicantFieldLabels.organizationId} divisionCode={divisionCode} value={organizationId} onChange={setOrganizationId} required error={errors.organizationId} />
      </fieldset>
      <ApplicantFields prefix={prefix} value={applicant} onChange={setApplicant} errors={errors} />
      <div className="gk-form-actions">
        <button type="submit" className="gk-button" disabled={submit.isPending || enabled === false}>{submit.isPending ? '正在提交…' : '提交申请'}</button>
      </div>
    </form>
  );
}

export default function ApplyPage() {
  usePageTitle('在线申请政府信息公开');
  const me = useApiQuery(kernelApi.auth.me, undefined, { staleTime: 30_000, retry: false });
  const { withDivision } = useDivision();
  const location = useLocation();
  const next = encodeURIComponent(location.pathname + location.search);
  return (
    <div className="gk-prose">
      <h1 id="apply-title">在线申请政府信息公开</h1>
      <p>依据《中华人民共和国政府信息公开条例》，公民、法人或者其他组织可以向行政机关申请获取相关政府信息。带 <span aria-hidden="true">*</span>（必填）的项目须填写。</p>
      <QueryState query={me}>
        {(account) => {
          if (!account) return <Notice tone="info" title="请先登录">网上申请须使用公众账号。请 <Link to={`/login?next=${next}`}>登录</Link> 或 <Link to="/register">注册</Link> 后填写申请。</Notice>;
          if (account.kind !== 'public') return <Notice tone="warning" title="请使用公众账号">工作人员代为登记当面、邮寄、传真或口头申请，请在 <Link to="/console/mechanisms/requests/new">管理后台“登记申请”</Link> 中办理。</Notice>;
          return <ApplyForm />;
        }}
      </QueryState>
      <p><Link to={withDivision('/requests/track')}>已提交申请？查询办理进度</Link></p>
    </div>
  );
}
