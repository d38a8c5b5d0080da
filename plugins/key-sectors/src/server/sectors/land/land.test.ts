import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '@gongkai/kernel';
import { acquisitionSchema } from './schema';
import { procedureStatus } from './status';

const cal = new WorkCalendar();
const base = {
  projectName: '平房区工业园区三期', place: '平房镇联盟村三组', owners: '联盟村第三村民小组', area: 12.5, purpose: '工业用地',
  compensationStandard: '区片综合地价每亩 4.8 万元', resettlement: '货币安置，纳入被征地农民社会保障',
};
const law2004 = {
  ...base, law: '2004年土地管理法', approvalNo: '黑政土字〔2014〕88号', approvalAuthority: '黑龙江省人民政府', approvedOn: '2014-09-26',
  steps: [
    { step: 'notice', date: '2014-03-03', document: '征地告知书' },
    { step: 'confirmation', date: '2014-03-20', document: '调查结果确认表' },
    { step: 'hearing-notice', date: '2014-03-25', document: '听证告知书' },
    { step: 'approval', date: '2014-09-26', document: '征地批复', documentNo: '黑政土字〔2014〕88号' },
    { step: 'announcement', date: '2014-10-13', endDate: '2014-10-23', document: '征收土地公告' },
    { step: 'compensation-plan', date: '2014-11-20', endDate: '2014-11-30', document: '征地补偿安置方案公告' },
  ],
};

const issues = (v: unknown) => { const r = acquisitionSchema.safeParse(v); return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`); };

describe('2004 procedure', () => {
  it('accepts steps in order within the calendar-day periods', () => {
    expect(issues(law2004)).toEqual([]);
  });

  it('refuses a step of the other law version, a step out of order, and a late compensation plan', () => {
    expect(issues({ ...law2004, steps: [...law2004.steps, { step: 'pre-announcement', date: '2014-01-01', endDate: '2014-01-20', document: 'x' }] })[0])
      .toMatch(/^steps\.6\.step: “pre-announcement”不是2004年土地管理法征地程序的步骤/);
    const swapped = law2004.steps.map((s) => (s.step === 'announcement' ? { ...s, date: '2014-09-20', endDate: '2014-09-30' } : s));
    expect(issues({ ...law2004, steps: swapped })).toContain('steps.4.date: “征收土地公告”（2014-09-20）不能早于程序中在先的“征地批准”（2014-09-26）');
    const late = law2004.steps.map((s) => (s.step === 'compensation-plan' ? { ...s, date: '2014-12-01', endDate: '2014-12-10' } : s));
    expect(issues({ ...law2004, steps: late })).toEqual(['steps.5.date: 征收土地公告之日起 45 日内：应不晚于 2014-11-27，实际 2014-12-01']);
  });

  it('requires the end of an announcement period and an approval number once approved', () => {
    const noEnd = law2004.steps.map((s) => (s.step === 'announcement' ? { step: s.step, date: s.date, document: s.document } : s));
    expect(issues({ ...law2004, steps: noEnd })).toEqual(['steps.4.endDate: “征收土地公告”须填写公告（公示）截止日期']);
    expect(issues({ ...law2004, approvalNo: undefined })).toEqual(['approvalNo: 已批准的须填写批准文号']);
  });

  it('computes the 10-working-day announcement deadline over the National Day holiday', () => {
    const status = procedureStatus(acquisitionSchema.parse(law2004), cal, '2014-12-31');
    const ann = status.find((s) => s.step === 'announcement')!;
    // Approved Friday 2014-09-26; 10 working days count the make-up Sunday 09-28 and Saturday
    // 10-11 and skip the 10-01…10-07 holiday: due 2014-10-15.
    expect(ann.periods[0]).toMatchObject({ deadline: '2014-10-15', met: true });
    expect(status.find((s) => s.step === 'survey')).toMatchObject({ done: false, periods: [] });
    expect(status.map((s) => s.step)).toEqual(['notice', 'survey', 'confirmation', 'hearing-notice', 'hearing', 'submission', 'approval', 'announcement', 'registration', 'compensation-plan', 'implementation']);
  });
});

describe('2019 procedure', () => {
  const law2019 = {
    ...base, law: '2019年修正土地管理法',
    steps: [
      { step: 'pre-announcement', date: '2026-03-02', endDate: '2026-03-13', document: '征收土地预公告' },
      { step: 'survey', date: '2026-03-20', document: '土地现状调查结果' },
      { step: 'plan-announcement', date: '2026-04-01', endDate: '2026-05-06', document: '征地补偿安置方案公告' },
    ],
  };
  it('requires the plan announcement to last at least 30 days', () => {
    expect(issues(law2019)).toEqual([]);
    const short = law2019.steps.map((s) => (s.step === 'plan-announcement' ? { ...s, endDate: '2026-04-20' } : s));
    expect(issues({ ...law2019, steps: short })).toEqual(['steps.2.endDate: 公告时间不少于 30 日：2026-04-01 至 2026-04-20 不足 30 日']);
  });

  it('checks the 10-working-day pre-announcement with the calendar', () => {
    const status = procedureStatus(acquisitionSchema.parse(law2019), cal, '2026-06-01');
    expect(status[0]!.periods[0]).toMatchObject({ deadline: '2026-03-16', met: false });
    const ok = procedureStatus(acquisitionSchema.parse({ ...law2019, steps: [{ ...law2019.steps[0]!, endDate: '2026-03-16' }] }), cal, '2026-06-01');
    expect(ok[0]!.periods[0]!.met).toBe(true);
    expect(status.find((s) => s.step === 'announcement')!.periods[0]).toMatchObject({ deadline: null, met: null });
  });
});
