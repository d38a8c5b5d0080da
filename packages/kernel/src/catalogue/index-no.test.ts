import { describe, expect, it } from 'vitest';
import { renderIndexNo, validateIndexNoTemplate } from './index-no';
import { shanghaiDate, shanghaiYear } from './dates';

const parts = { divisionCode: '231282', orgCode: '000014349', year: 2026, seq: 72 };

describe('索引号 template', () => {
  it('renders the gov.cn default', () => {
    expect(renderIndexNo('{orgCode}/{yyyy}-{nnnnn}', parts)).toBe('000014349/2026-00072');
  });

  it('supports the division code and any padding', () => {
    expect(renderIndexNo('{divisionCode}-{orgCode}-{yyyy}-{nnn}', parts)).toBe('231282-000014349-2026-072');
    expect(renderIndexNo('{yyyy}{n}', { ...parts, seq: 123456 })).toBe('2026123456');
  });

  it('rejects templates without sequence or year, or with unknown placeholders', () => {
    expect(validateIndexNoTemplate('{orgCode}/{yyyy}-{nnnnn}')).toBeNull();
    expect(validateIndexNoTemplate('{orgCode}/{yyyy}')).toMatch('流水号');
    expect(validateIndexNoTemplate('{orgCode}-{nnnnn}')).toMatch('年份');
    expect(validateIndexNoTemplate('{org}/{yyyy}-{nnnnn}')).toMatch('{org}');
  });

  it('takes the year of publication in Asia/Shanghai', () => {
    // 2026-12-31 16:30 UTC is already 2027-01-01 in Beijing.
    expect(shanghaiYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027);
    expect(shanghaiDate(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
  });
});
