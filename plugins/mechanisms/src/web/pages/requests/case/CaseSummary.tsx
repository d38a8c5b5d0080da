import { applicantTypeLabels, type ApplicantType } from '../../../../contracts/vocabulary';
import { deliveryFormLabels, deliveryMethodLabels, idDocTypeLabels } from '../../../../contracts/requests';
import { cnDate } from '../../shared/dates';
import type { Case } from './types';

const label = <T extends string>(map: Record<T, string>, v: string | null) => (v ? map[v as T] ?? v : '');

/** Who applied, for what, how it arrived and which rules govern it. */
export function CaseSummary({ c }: { c: Case }) {
  const a = c.applicant;
  return (
    <section aria-labelledby="case-summary">
      <h2 id="case-summary">申请信息</h2>
      <table className="gk-meta-table">
        <caption className="gk-visually-hidden">申请信息</caption>
        <tbody>
          <tr><th scope="row">受理机构</th><td>{c.organizationName}</td></tr>
          <tr><th scope="row">申请渠道</th><td>{c.channelLabel}</td></tr>
          <tr><th scope="row">收到申请日期</th><td>{cnDate(c.receivedOn)}<p className="gk-field-hint">{c.receiptRule}</p></td></tr>
          <tr><th scope="row">适用规定</th><td>{c.ruleSetLabel}</td></tr>
          <tr><th scope="row">申请人</th><td>{a.name}（{label(applicantTypeLabels, a.type as ApplicantType)}）{a.legalRepresentative ? `，法定代表人：${a.legalRepresentative}` : ''}</td></tr>
          <tr><th scope="row">身份证明</th><td>{label(idDocTypeLabels, a.idDocType)}：{a.idDocNumber}</td></tr>
          <tr><th scope="row">联系方式</th><td>{[a.contactPhone && `电话 ${a.contactPhone}`, a.contactEmail && `邮箱 ${a.contactEmail}`, a.address && `地址 ${a.address}${a.postalCode ? `（${a.postalCode}）` : ''}`].filter(Boolean).join('；') || '—'}</td></tr>
          <tr><th scope="row">所需信息</th><td style={{ whiteSpace: 'pre-wrap' }}>{c.fullDescription}</td></tr>
          {c.docNo ? <tr><th scope="row">文号</th><td>{c.docNo}</td></tr> : null}
          <tr><th scope="row">用途</th><td style={{ whiteSpace: 'pre-wrap' }}>{c.purpose ?? '申请人未说明（非必填项）'}</td></tr>
          <tr><th scope="row">提供形式</th><td>{label(deliveryFormLabels, c.deliveryForm)}；获取方式：{label(deliveryMethodLabels, c.deliveryMethod)}</td></tr>
          {c.assistanceNote ? <tr><th scope="row">代填或协助</th><td>{c.assistanceNote}</td></tr> : null}
          {c.forwardedFromId ? <tr><th scope="row">来源</th><td>由其他机关转来</td></tr> : null}
        </tbody>
      </table>
    </section>
  );
}
