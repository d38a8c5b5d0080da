import { describe, expect, it } from 'vitest';
import { noticeSchema } from './schemas';

const valid = {
  title: '2026 年度第一批公示',
  organization: '示例局',
  year: 2026,
  issuedOn: '2026-03-02',
  publicityFrom: '2026-03-02',
  publicityTo: '2026-03-09',
  amount: 1234.5,
  content: '现将有关情况公示如下。',
};

function issueOf(input: unknown) {
  const r = noticeSchema.safeParse(input);
  expect(r.success).toBe(false);
  return r.error!.issues[0]!;
}

describe('__SECTOR_KEY__ notice schema', () => {
  it('accepts a complete notice and trims text', () => {
    expect(noticeSchema.parse({ ...valid, title: '  2026 年度第一批公示 ' })).toEqual(valid);
    const { publicityFrom: _f, publicityTo: _t, amount: _a, ...minimal } = valid;
    expect(noticeSchema.parse(minimal)).toEqual(minimal);
  });

  it('rejects a publicity period that ends before it starts, on the end field', () => {
    const issue = issueOf({ ...valid, publicityTo: '2026-03-01' });
    expect(issue.path).toEqual(['publicityTo']);
    expect(issue.message).toContain('公示结束日期（2026-03-01）不能早于公示开始日期（2026-03-02）');
  });

  it('rejects a negative amount, an impossible date and an empty title, naming the field', () => {
    expect(issueOf({ ...valid, amount: -5 })).toMatchObject({ path: ['amount'], message: '涉及金额（万元）不能为负数' });
    expect(issueOf({ ...valid, issuedOn: '2026-02-30' })).toMatchObject({ path: ['issuedOn'] });
    expect(issueOf({ ...valid, title: '   ' })).toMatchObject({ path: ['title'], message: '标题不能为空' });
  });

  it('rejects unknown fields and wrong types', () => {
    expect(issueOf({ ...valid, secret: 'x' }).code).toBe('unrecognized_keys');
    expect(issueOf({ ...valid, year: '2026' })).toMatchObject({ path: ['year'] });
  });
});
