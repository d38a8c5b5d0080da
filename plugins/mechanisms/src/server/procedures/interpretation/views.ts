// Shapes of interpretations for staff and for the public (no contact details, no drafts).
import type { MechanismsExpert, MechanismsInterpretation } from '@gongkai/db';
import { interpretationFormLabels, type InterpretationForm } from '../../../contracts/interpretation';
import { fromDbOrNull } from '../../services/calendar';

type QA = { question: string; answer: string }[];

export const publicView = (i: MechanismsInterpretation, experts: Map<string, MechanismsExpert>, orgName: string) => ({
  id: i.id, divisionCode: i.divisionCode, organizationName: orgName, policyItemId: i.policyItemId, policyTitle: i.policyTitle,
  form: i.form as InterpretationForm, formLabel: interpretationFormLabels[i.form as InterpretationForm], title: i.title, summary: i.summary,
  publishedOn: fromDbOrNull(i.publishedOn),
  experts: i.expertIds.map((id) => experts.get(id)).filter((e): e is MechanismsExpert => !!e).map((e) => ({ name: e.name, title: e.title, affiliation: e.affiliation })),
  catalogueItemId: i.catalogueItemId,
});

export const publicDetail = (i: MechanismsInterpretation, experts: Map<string, MechanismsExpert>, orgName: string) => ({
  ...publicView(i, experts, orgName), body: i.body, qa: i.qa as QA, imageFileId: i.imageFileId, imageAlt: i.imageAlt,
});

export const staffView = (i: MechanismsInterpretation, experts: Map<string, MechanismsExpert>, orgName: string) => ({
  ...publicDetail(i, experts, orgName), organizationId: i.organizationId, policyDivisionCode: i.policyDivisionCode, expertIds: i.expertIds,
  status: i.status as 'draft' | 'published' | 'withdrawn', createdAt: i.createdAt, updatedAt: i.updatedAt,
});
