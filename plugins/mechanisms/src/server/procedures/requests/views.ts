// Shapes of a request for staff, for its applicant and for the public tracking page.
import type { MechanismsFee, MechanismsLetter, MechanismsRequest, MechanismsRequestEvent, MechanismsSubtask } from '@gongkai/db';
import {
  correctionNoticeStateLabels, intakeChannelLabels, outcomes, requestStatusLabels,
  type CorrectionNoticeState, type IntakeChannel, type OutcomeCode, type RequestStatus,
} from '../../../contracts/vocabulary';
import type { TrackView } from '../../../contracts/requests';
import { ruleSetById } from '../../domain/rule-sets';
import { fromDb, fromDbOrNull } from '../../services/calendar';
import { eventKinds, type EventKind } from '../../services/timeline';

type Full = MechanismsRequest & { events: MechanismsRequestEvent[]; subtasks: MechanismsSubtask[]; fees: MechanismsFee[]; letters: MechanismsLetter[] };

type Step = { label: string; detail: string };
const stepsOf = (v: unknown): Step[] => (Array.isArray(v) ? v as Step[] : []);
const steps = (r: MechanismsRequest) => stepsOf(r.clockSteps);

/** The 补正 notice deadline of a request (null under rules without one, or before it is computed). */
export function correctionNoticeOf(r: MechanismsRequest) {
  if (r.correctionNoticeState === null || r.correctionNoticeDue === null) return null;
  const state = r.correctionNoticeState as CorrectionNoticeState;
  return {
    state, stateLabel: correctionNoticeStateLabels[state] ?? state, dueDate: fromDb(r.correctionNoticeDue), provisional: r.correctionNoticeProvisional,
    // Only an open stage can be overdue; the flag is raised by the sweep with its alert.
    overdue: state === 'open' && r.correctionNoticeOverdue,
  };
}

export function statusLabel(r: MechanismsRequest): string {
  if (r.status === 'closed' && r.outcomeCode) return `已办结：${outcomes[r.outcomeCode as OutcomeCode]?.label ?? r.outcomeCode}`;
  return requestStatusLabels[r.status as RequestStatus] ?? r.status;
}

export function queueRow(r: MechanismsRequest, orgName: string | undefined) {
  return {
    id: r.id, number: r.number, divisionCode: r.divisionCode, organizationId: r.organizationId, organizationName: orgName ?? '',
    channel: r.channel, channelLabel: intakeChannelLabels[r.channel as IntakeChannel] ?? r.channel,
    applicantName: r.applicantName, applicantType: r.applicantType, description: r.description.slice(0, 120),
    receivedOn: fromDb(r.receivedOn), dueDate: fromDbOrNull(r.dueDate), provisional: r.provisional, paused: r.paused, overdue: r.overdue,
    status: r.status, statusLabel: statusLabel(r), outcomeCode: r.outcomeCode, closedOn: fromDbOrNull(r.closedOn),
    correctionNotice: correctionNoticeOf(r),
  };
}

export function staffView(r: Full, orgNames: Map<string, string>) {
  const rs = ruleSetById(r.ruleSet);
  return {
    ...queueRow(r, orgNames.get(r.organizationId)),
    ruleSet: rs.id, ruleSetLabel: rs.label, receiptRule: r.receiptRule,
    applicant: {
      type: r.applicantType, name: r.applicantName, idDocType: r.idDocType, idDocNumber: r.idDocNumber, legalRepresentative: r.legalRepresentative,
      contactPhone: r.contactPhone, contactEmail: r.contactEmail, address: r.address, postalCode: r.postalCode, userId: r.applicantUserId,
    },
    fullDescription: r.description, docNo: r.docNo, purpose: r.purpose, deliveryForm: r.deliveryForm, deliveryMethod: r.deliveryMethod, assistanceNote: r.assistanceNote,
    clock: { start: fromDb(r.clockStart), extensionDays: r.extensionDays, delayDays: r.delayDays, excludedDays: r.excludedDays, steps: steps(r) },
    correctionNoticeSteps: stepsOf(r.correctionNoticeSteps),
    itemCount: r.itemCount, outcomeReason: r.outcomeReason, legalBasis: r.legalBasis, transferBody: r.transferBody, transferContact: r.transferContact,
    onTime: r.onTime, workingDaysTaken: r.workingDaysTaken, publishedItemId: r.publishedItemId, forwardedFromId: r.forwardedFromId,
    timeline: r.events.map((e) => ({ id: e.id, kind: e.kind, label: eventKinds[e.kind as EventKind] ?? e.kind, on: fromDb(e.on), at: e.at, actorName: e.actorName, note: e.note, public: e.public, data: e.data })),
    subtasks: r.subtasks.map((s) => ({
      id: s.id, kind: s.kind, divisionCode: s.divisionCode, targetOrganizationId: s.targetOrganizationId, targetName: s.targetOrganizationId ? orgNames.get(s.targetOrganizationId) ?? '' : s.thirdPartyName ?? '',
      question: s.question, sentOn: fromDb(s.sentOn), dueDate: fromDb(s.dueDate), provisional: s.provisional, status: s.status, overdue: s.overdue,
      answer: s.answer, answeredOn: fromDbOrNull(s.answeredOn),
    })),
    fees: r.fees.map((f) => ({ id: f.id, method: f.method, units: f.units, earlierUnits: f.earlierUnits, amount: f.amount, explanation: f.explanation, noticeOn: fromDb(f.noticeOn), payBy: fromDb(f.payBy), status: f.status, paidOn: fromDbOrNull(f.paidOn) })),
    letters: r.letters.map((l) => ({ id: l.id, kind: l.kind, title: l.title, issuedOn: fromDb(l.issuedOn) })),
  };
}

/** The public tracking view: status, every deadline and how it was computed; no personal data. */
export function trackView(r: MechanismsRequest & { events: MechanismsRequestEvent[]; subtasks: MechanismsSubtask[]; fees: MechanismsFee[] }, orgName: string): TrackView {
  const deadlines: TrackView['deadlines'] = [];
  if (r.status !== 'closed') {
    const text = (list: Step[]) => list.map((x) => `${x.label}：${x.detail}`).join('\n');
    deadlines.push({ label: '答复期限', dueDate: fromDbOrNull(r.dueDate), explanation: text(steps(r)) });
    // While the office has yet to decide whether the application needs a 补正 (条例第三十条).
    if (r.correctionNoticeState === 'open' && r.correctionNoticeDue) {
      deadlines.push({ label: '补正告知期限（申请内容不明确的，应在此前一次性告知补正）', dueDate: fromDb(r.correctionNoticeDue), explanation: text(stepsOf(r.correctionNoticeSteps)) });
    }
    for (const st of r.subtasks.filter((x) => x.status === 'open' && x.kind !== 'coordination')) {
      deadlines.push({ label: st.kind === 'third-party' ? '征求第三方意见期限（不计入答复期限）' : '征求其他机关意见期限（不计入答复期限）', dueDate: fromDb(st.dueDate), explanation: `自${fromDb(st.sentOn)}起` });
    }
    for (const f of r.fees.filter((x) => x.status === 'unpaid')) {
      deadlines.push({ label: '信息处理费缴费期限', dueDate: fromDb(f.payBy), explanation: `收费通知${fromDb(f.noticeOn)}发出，应于收到通知次日起20个工作日内缴纳；${f.explanation}` });
    }
    const corr = r.events.find((e) => e.kind === 'correction-requested');
    if (r.status === 'awaiting-correction' && corr) {
      const due = (corr.data as { dueOn?: string }).dueOn ?? null;
      deadlines.push({ label: '补正期限', dueDate: due, explanation: '收到补正后答复期限重新计算' });
    }
  }
  return {
    number: r.number, divisionCode: r.divisionCode, organizationName: orgName, channel: intakeChannelLabels[r.channel as IntakeChannel] ?? r.channel,
    receivedOn: fromDb(r.receivedOn), status: r.status, statusLabel: statusLabel(r), dueDate: fromDbOrNull(r.dueDate), provisional: r.provisional,
    paused: r.paused, overdue: r.overdue, ruleSet: ruleSetById(r.ruleSet).label, clock: steps(r), deadlines,
    timeline: r.events.filter((e) => e.public).map((e) => ({ on: fromDb(e.on), label: eventKinds[e.kind as EventKind] ?? e.kind, note: e.kind === 'received' || e.kind === 'replied' || e.kind === 'transferred' ? e.note : null })),
    outcome: r.outcomeCode ? { code: r.outcomeCode, label: outcomes[r.outcomeCode as OutcomeCode]?.label ?? r.outcomeCode, closedOn: fromDbOrNull(r.closedOn) } : null,
  };
}
