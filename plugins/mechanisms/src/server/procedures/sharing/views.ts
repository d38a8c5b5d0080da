// Shapes of the sharing catalogue and of access requests.
import type { MechanismsSharedResource, MechanismsShareRequest } from '@gongkai/db';
import type { ShareRequestStatus, ShareType } from '../../../contracts/sharing';
import { fromDb, fromDbOrNull } from '../../services/calendar';

export const resourceView = (r: MechanismsSharedResource, orgName: string, opts: { access: boolean; owner: boolean }) => ({
  id: r.id, divisionCode: r.divisionCode, organizationId: r.organizationId, organizationName: orgName, title: r.title, description: r.description,
  format: r.format as 'dataset' | 'document' | 'interface' | 'other', shareType: r.shareType as ShareType, conditions: r.conditions, updateCycle: r.updateCycle,
  status: r.status as 'active' | 'withdrawn', updatedAt: r.updatedAt,
  /** Only for the owner and requesters with an approval in force. */
  accessNote: opts.access ? r.accessNote : null,
  isOwner: opts.owner,
});

export const requestView = (q: MechanismsShareRequest, resource: { title: string; organizationId: string } | undefined, orgNames: Map<string, string>, today: string) => ({
  id: q.id, resourceId: q.resourceId, resourceTitle: resource?.title ?? '', ownerOrganizationId: resource?.organizationId ?? null,
  ownerOrganizationName: resource ? orgNames.get(resource.organizationId) ?? '' : '', divisionCode: q.divisionCode,
  requesterDivisionCode: q.requesterDivisionCode, requesterOrganizationId: q.requesterOrganizationId, requesterOrganizationName: orgNames.get(q.requesterOrganizationId) ?? '',
  purpose: q.purpose, status: q.status as ShareRequestStatus, replyDue: fromDb(q.replyDue), validUntil: fromDbOrNull(q.validUntil),
  expired: q.status === 'approved' && !!q.validUntil && fromDb(q.validUntil) < today,
  overdue: q.status === 'pending' && fromDb(q.replyDue) < today,
  decidedAt: q.decidedAt, decisionNote: q.decisionNote, createdAt: q.createdAt,
});
