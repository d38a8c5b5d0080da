// The applicant part of an application (shared by the citizen's online form and staff intake):
// its state, labels and the options allowed per applicant type, mirroring contracts/requests.ts.
import { applicantTypeLabels, applicantTypes, type ApplicantType } from '../../../contracts/vocabulary';
import { deliveryFormLabels, deliveryForms, deliveryMethodLabels, deliveryMethods, idDocTypeLabels, idDocTypes } from '../../../contracts/requests';

export interface ApplicantState {
  applicantType: ApplicantType;
  applicantName: string;
  legalRepresentative: string;
  idDocType: string;
  idDocNumber: string;
  contactPhone: string;
  contactEmail: string;
  address: string;
  postalCode: string;
  description: string;
  docNo: string;
  purpose: string;
  deliveryForm: string;
  deliveryMethod: string;
}

export const emptyApplicant = (): ApplicantState => ({
  applicantType: 'natural', applicantName: '', legalRepresentative: '', idDocType: 'id-card', idDocNumber: '',
  contactPhone: '', contactEmail: '', address: '', postalCode: '', description: '', docNo: '', purpose: '', deliveryForm: 'electronic', deliveryMethod: 'online',
});

export const applicantFieldLabels: Record<keyof ApplicantState | 'divisionCode' | 'organizationId', string> = {
  divisionCode: '受理机关所在地区',
  organizationId: '受理机关',
  applicantType: '申请人类型',
  applicantName: '申请人姓名或名称',
  legalRepresentative: '法定代表人或主要负责人',
  idDocType: '身份证明类型',
  idDocNumber: '证件号码',
  contactPhone: '联系电话',
  contactEmail: '电子邮箱',
  address: '通信地址',
  postalCode: '邮政编码',
  description: '所需政府信息的名称、文号或便于查询的其他特征性描述',
  docNo: '文号',
  purpose: '所需信息的用途',
  deliveryForm: '提供政府信息的形式',
  deliveryMethod: '获取政府信息的方式',
};

export const applicantTypeOptions = applicantTypes.map((t) => ({ value: t, label: applicantTypeLabels[t] }));

/** Identity documents a type of applicant may present (natural persons: personal documents). */
export function idDocOptions(type: ApplicantType) {
  const allowed = type === 'natural' ? idDocTypes.filter((d) => d !== 'credit-code') : (['credit-code', 'other'] as const);
  return allowed.map((d) => ({ value: d, label: idDocTypeLabels[d] }));
}

export const deliveryFormOptions = deliveryForms.map((d) => ({ value: d, label: deliveryFormLabels[d] }));
export const deliveryMethodOptions = deliveryMethods.map((d) => ({ value: d, label: deliveryMethodLabels[d] }));

/** Changing the applicant type keeps the identity document valid for the new type. */
export function withApplicantType(s: ApplicantState, type: ApplicantType): ApplicantState {
  const docs = idDocOptions(type).map((o) => o.value as string);
  return { ...s, applicantType: type, idDocType: docs.includes(s.idDocType) ? s.idDocType : (docs[0] ?? 'other'), legalRepresentative: type === 'natural' ? '' : s.legalRepresentative };
}
