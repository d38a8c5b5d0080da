import { describe, expect, it } from 'vitest';
import { receiptDate } from './receipt';

describe('receipt date by channel (Art. 31)', () => {
  it('uses the signing date for registered mail and the confirmation date for fax', () => {
    expect(receiptDate('registered-mail', { submittedOn: '2026-11-01', signedOn: '2026-11-04' }, '2026-11-25')).toMatchObject({ ok: true, receivedOn: '2026-11-04' });
    expect(receiptDate('fax', { confirmedOn: '2026-11-05' }, '2026-11-25')).toMatchObject({ ok: true, receivedOn: '2026-11-05' });
    expect(receiptDate('in-person', { submittedOn: '2026-11-20' }, '2026-11-25')).toMatchObject({ ok: true, receivedOn: '2026-11-20' });
  });
  it('names the missing or future evidence field', () => {
    expect(receiptDate('registered-mail', { submittedOn: '2026-11-01' }, '2026-11-25')).toMatchObject({ ok: false, field: 'signedOn' });
    expect(receiptDate('ordinary-mail', { confirmedOn: '2026-11-26' }, '2026-11-25')).toMatchObject({ ok: false, field: 'confirmedOn', message: expect.stringContaining('不能晚于今天') });
  });
});
