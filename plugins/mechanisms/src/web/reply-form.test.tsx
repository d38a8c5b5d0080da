// The reply form's rules: picking an outcome offers its legal basis without overwriting one the
// officer typed, drops fields that do not apply, and the payload matches the server's contract.
import { describe, expect, it } from 'vitest';
import { replyInput } from '../contracts/requests';
import { outcomes } from '../contracts/vocabulary';
import { emptyReply, outcomeGroups, replyPayload, withOutcome } from './pages/requests/case/reply-form';

describe('reply form', () => {
  it('groups every outcome code under its annual-report row', () => {
    expect(outcomeGroups.map((g) => g.label)).toEqual(['（一）予以公开', '（二）部分公开', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理']);
    expect(outcomeGroups.flatMap((g) => g.options).length).toBe(Object.keys(outcomes).length);
    expect(outcomeGroups[2]!.options).toHaveLength(8);
  });

  it('offers the default legal basis and keeps one the officer typed', () => {
    const partial = withOutcome(emptyReply(), 'partial');
    expect(partial.legalBasis).toBe(outcomes.partial.defaultBasis);
    const secret = withOutcome(partial, 'withhold.state-secret');
    expect(secret.legalBasis).toBe(outcomes['withhold.state-secret'].defaultBasis);
    const typed = withOutcome({ ...secret, legalBasis: '《中华人民共和国保守国家秘密法》第九条' }, 'withhold.law-prohibited');
    expect(typed.legalBasis).toBe('《中华人民共和国保守国家秘密法》第九条');
  });

  it('drops transfer and disclosure fields that do not apply, and an edited letter of another outcome', () => {
    const notHeld = { ...withOutcome(emptyReply(), 'unavailable.not-held'), transferBody: '哈尔滨市财政局', forwardToOrganizationId: 'org2', letterBody: '正文' };
    const changed = withOutcome(notHeld, 'disclose');
    expect(changed).toMatchObject({ transferBody: '', forwardToOrganizationId: '', letterBody: null });
    const disclosed = withOutcome({ ...changed, disclosedContent: '见附件' }, 'not-handled.repeat');
    expect(disclosed.disclosedContent).toBe('');
  });

  it('builds a payload the server contract accepts, dating the reply today unless another date is chosen', () => {
    const s = { ...withOutcome(emptyReply(), 'partial'), reason: '涉及第三方商业秘密', disclosedContent: '公开部分见附件' };
    const payload = replyPayload('req1', s, '2026-11-20');
    expect(replyInput.safeParse(payload).success).toBe(true);
    expect(payload).toMatchObject({ id: 'req1', outcomeCode: 'partial', repliedOn: '2026-11-20', transferBody: null, forwardToOrganizationId: null, onTheSpot: false });
    expect(payload).not.toHaveProperty('letterBody');
    expect(replyPayload('req1', { ...s, repliedOn: '2026-11-18', letterBody: '改过的正文' }, '2026-11-20')).toMatchObject({ repliedOn: '2026-11-18', letterBody: '改过的正文' });
  });
});
