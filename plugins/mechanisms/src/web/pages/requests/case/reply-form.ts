// The reply form's state and the rules of the law it shows (which outcomes need reasons, which
// legal basis is offered), from the annual-report vocabulary.
import { outcomeCodes, outcomeGroupLabels, outcomes, type OutcomeCode, type OutcomeGroup } from '../../../../contracts/vocabulary';

export interface ReplyState {
  outcomeCode: OutcomeCode | '';
  reason: string;
  legalBasis: string;
  disclosedContent: string;
  transferBody: string;
  transferContact: string;
  forwardToOrganizationId: string;
  repliedOn: string;
  onTheSpot: boolean;
  /** Edited letter text; null: the template for the outcome. */
  letterBody: string | null;
}

export const emptyReply = (): ReplyState => ({
  outcomeCode: '', reason: '', legalBasis: '', disclosedContent: '', transferBody: '', transferContact: '', forwardToOrganizationId: '', repliedOn: '', onTheSpot: false, letterBody: null,
});

/** Outcome options grouped as the report's rows 三(一)…(六). */
export const outcomeGroups = (Object.keys(outcomeGroupLabels) as OutcomeGroup[]).map((g) => ({
  label: outcomeGroupLabels[g],
  options: outcomeCodes.filter((c) => outcomes[c].group === g).map((c) => ({ value: c, label: outcomes[c].label })),
}));

/** Picking an outcome offers its default legal basis unless the officer typed their own. */
export function withOutcome(s: ReplyState, code: OutcomeCode | ''): ReplyState {
  const prevDefault = s.outcomeCode ? outcomes[s.outcomeCode].defaultBasis : '';
  const keepBasis = s.legalBasis !== '' && s.legalBasis !== prevDefault;
  return {
    ...s, outcomeCode: code, legalBasis: keepBasis ? s.legalBasis : code ? outcomes[code].defaultBasis : '',
    // A different outcome uses a different template: drop an edited letter text.
    letterBody: code === s.outcomeCode ? s.letterBody : null,
    ...(code === 'unavailable.not-held' ? {} : { transferBody: '', transferContact: '', forwardToOrganizationId: '' }),
    ...(code === 'disclose' || code === 'partial' ? {} : { disclosedContent: '' }),
  };
}

/** The `replyInput` payload (the server validates it again). */
export function replyPayload(id: string, s: ReplyState, today: string) {
  return {
    id, outcomeCode: s.outcomeCode as OutcomeCode,
    reason: s.reason || null, legalBasis: s.legalBasis || null, disclosedContent: s.disclosedContent || null,
    transferBody: s.transferBody || null, transferContact: s.transferContact || null,
    forwardToOrganizationId: s.forwardToOrganizationId || null,
    repliedOn: s.repliedOn || today, onTheSpot: s.onTheSpot,
    ...(s.letterBody !== null ? { letterBody: s.letterBody } : {}),
  };
}
