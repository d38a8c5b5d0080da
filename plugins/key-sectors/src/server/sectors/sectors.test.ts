// Schema and rule tests of the approval, housing, food and drug, work safety, prices and public
// institutions sectors (budget, environment and land have their own files).
import { describe, expect, it } from 'vitest';
import { recordItemType, sectorCatalogueItemTypes, type SectorDefinition } from '../../contracts';
import { validateData } from '../records/validate';
import { builtinSectors } from './index';
import { decisionSchema, itemChangeSchema } from './approval';
import { blacklistSchema, hotIssueSchema } from './food-drug';
import { allocationSchema } from './housing';
import { admissionSchema } from './institutions';
import { feeCatalogueSchema, supervisionSchema } from './prices';
import { accidentSchema, reportShare, workSafetySector, type Accident } from './work-safety';

const problems = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('the nine sectors', () => {
  it('are the nine of the work plan, in order, each with requirements and a catalogue type per published record type', () => {
    expect(builtinSectors.map((s) => s.planItem)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(builtinSectors.map((s) => s.id)).toEqual(['approval', 'budget', 'housing', 'food-drug', 'environment', 'work-safety', 'prices', 'land', 'institutions']);
    for (const s of builtinSectors as SectorDefinition[]) {
      expect(s.requirements.length).toBeGreaterThan(0);
      const types = sectorCatalogueItemTypes('key-sectors', s).map((c) => (c.item as { type: string }).type);
      expect(types).toEqual(s.recordTypes.filter((r) => r.catalogue !== false).map((r) => recordItemType('key-sectors', s.id, r.id)));
      expect(s.permission).toBe(`key-sectors.${s.id}.edit`);
    }
  });
});

describe('approval', () => {
  const change = { itemName: '建设工程规划许可', changeType: '下放', delegatedTo: '县级', basis: '黑政发〔2014〕1号', decidedOn: '2014-03-01', effectiveOn: '2014-04-01' };
  it('requires the level for a delegated item and both bodies for a change of implementing body', () => {
    expect(itemChangeSchema.safeParse(change).success).toBe(true);
    expect(problems(itemChangeSchema.safeParse({ ...change, delegatedTo: undefined }))).toEqual(['delegatedTo: 下放的事项须写明下放至哪一级']);
    expect(problems(itemChangeSchema.safeParse({ ...change, changeType: '实施机关变更', delegatedTo: undefined, newBody: '区住建局' }))).toEqual(['formerBody: 实施机关变更须写明原实施机关']);
    expect(problems(itemChangeSchema.safeParse({ ...change, effectiveOn: '2014-02-01' }))).toEqual(['effectiveOn: 生效日期（2014-02-01）不能早于决定日期（2014-03-01）']);
  });
  it('checks the licensee’s credit code and the validity period', () => {
    const d = { decisionNo: '哈平审批〔2026〕12号', itemName: '食品经营许可', category: '普通', content: '预包装食品销售', applicant: '平房区某超市', applicantCode: '91330100716105852F', authority: '平房区市场监督管理局', decidedOn: '2026-11-02', validFrom: '2026-11-02', validTo: '2031-11-01', status: '有效' };
    expect(decisionSchema.safeParse(d).success).toBe(true);
    expect(problems(decisionSchema.safeParse({ ...d, applicantCode: '91330100716105852A' }))).toEqual(['applicantCode: 行政相对人代码校验位不正确或含有非法字符']);
    expect(problems(decisionSchema.safeParse({ ...d, validTo: '2026-01-01' }))).toEqual(['validTo: 有效期截止日期（2026-01-01）不能早于有效期起始日期（2026-11-02）']);
  });
});

describe('affordable housing allocation', () => {
  const a = {
    projectName: '平房区公租房一期', batch: '第一批', publicityStart: '2026-11-01', publicityEnd: '2026-11-07',
    households: [{ name: '张某', size: 3, mode: '实物配租', unit: '3号楼201' }], objectionChannel: '区住建局 0451-86801234',
    objections: [{ receivedOn: '2026-11-03', summary: '收入不符', result: '不成立', repliedOn: '2026-11-05' }],
  };
  it('rejects a publicity period that ends before it starts, naming the field', () => {
    expect(allocationSchema.safeParse(a).success).toBe(true);
    expect(problems(allocationSchema.safeParse({ ...a, publicityEnd: '2026-10-30' }))).toEqual(['publicityEnd: 公示结束日期（2026-10-30）不能早于公示开始日期（2026-11-01）']);
  });
  it('requires objections inside the period and replies after them', () => {
    expect(problems(allocationSchema.safeParse({ ...a, objections: [{ receivedOn: '2026-11-09', summary: 'x', result: '处理中', repliedOn: '2026-11-08' }] }))).toEqual([
      'objections.0.receivedOn: 异议提出日期（2026-11-09）须在公示期（2026-11-01 至 2026-11-07）内',
      'objections.0.repliedOn: 答复日期（2026-11-08）不能早于异议提出日期（2026-11-09）',
    ]);
  });
});

describe('food and drug safety', () => {
  const entry = { enterprise: '某食品有限公司', creditCode: '91110000710925462X', reason: '生产销售不符合食品安全标准的食品', listedOn: '2026-03-01', authority: '黑龙江省食品药品监督管理局' };
  it('validates the credit code checksum and the entry and exit dates', () => {
    expect(blacklistSchema.safeParse(entry).success).toBe(true);
    expect(blacklistSchema.parse({ ...entry, creditCode: '91110000710925462x' }).creditCode).toBe('91110000710925462X');
    expect(problems(blacklistSchema.safeParse({ ...entry, creditCode: '91110000710925462Y' }))).toEqual(['creditCode: 统一社会信用代码校验位不正确或含有非法字符']);
    expect(problems(blacklistSchema.safeParse({ ...entry, removedOn: '2026-02-01', removalReason: '整改完毕' }))).toEqual(['removedOn: 移出日期（2026-02-01）不能早于列入日期（2026-03-01）']);
    expect(problems(blacklistSchema.safeParse({ ...entry, removedOn: '2026-06-01' }))).toEqual(['removalReason: 已移出的须写明移出原因']);
  });
  it('requires a hot issue to publish the measures taken', () => {
    const h = { title: '某品牌奶粉问题', occurredOn: '2026-05-01', description: '群众反映……', measures: [], status: '处理中' };
    expect(problems(hotIssueSchema.safeParse(h))).toEqual(['measures: 须同步公布已经采取的处理措施']);
    expect(problems(hotIssueSchema.safeParse({ ...h, measures: [{ takenOn: '2026-04-30', measure: '下架封存' }] }))).toEqual(['measures.0.takenOn: 处理措施日期（2026-04-30）不能早于发生日期（2026-05-01）']);
  });
});

describe('work safety', () => {
  const acc = (level: Accident['level'], report: boolean) => ({
    id: 'x', divisionCode: '2301', organizationId: null, title: '', year: 2025, period: null, category: null, subjectKey: null, publishedAt: null,
    data: accidentSchema.parse({ name: '某事故', occurredOn: '2025-03-01', place: '某地', level, deaths: 3, injuries: 1, directLoss: 300, ...(report ? { report: { approvedOn: '2025-06-01', investigator: '调查组', cause: '违章作业', responsibility: '……', measures: '……' } } : {}) }),
  });
  it('computes the share of accidents with published reports per level', () => {
    const rows = reportShare([acc('较大', true), acc('较大', false), acc('较大', true), acc('一般', false)]);
    expect(rows.find((r) => r.level === '较大')).toEqual({ level: '较大', accidents: 3, reports: 2, share: 66.7 });
    expect(rows.find((r) => r.level === '重大')).toEqual({ level: '重大', accidents: 0, reports: 0, share: null });
  });
  it('marks the record category by level and report, which the 较大 rule keys on', () => {
    const rt = workSafetySector.recordTypes[0]!;
    const cols = (rt.columns as unknown as (d: unknown) => { category?: string | null })(acc('较大', false).data);
    expect(cols.category).toBe('较大:未公开报告');
    const rule = workSafetySector.requirements.find((r) => r.id === 'major-accident-reports')!;
    expect(rule).toMatchObject({ levels: ['prefecture'], categories: ['较大:已公开报告'], each: true });
  });
  it('rejects a report approved before the accident', () => {
    const v = validateData(workSafetySector.recordTypes[0] as never, { ...acc('一般', true).data, occurredOn: '2025-07-01' });
    expect(v.ok ? [] : v.issues.map((i) => i.message)).toEqual(['事故调查报告 › 调查报告批复日期（2025-06-01）不能早于事故发生日期（2025-07-01）']);
  });
});

describe('prices and fees', () => {
  it('requires catalogue items and one of the six supervision fields', () => {
    expect(problems(feeCatalogueSchema.safeParse({ title: '目录', level: '县级', department: '区财政局', issuedOn: '2026-01-01', items: [] }))).toEqual(['items: 收费目录至少一项']);
    expect(problems(supervisionSchema.safeParse({ field: '殡葬', kind: '价格检查结果', title: 't', date: '2026-01-01', content: 'c' }))[0]).toBe('field: 领域须为以下之一：教育、交通运输、农民负担、医疗、房地产市场、旅游市场');
  });
});

describe('public institutions', () => {
  it('checks the admissions publicity period', () => {
    const a = { university: '哈尔滨工业大学', year: 2014, category: '高水平运动员', publicityStart: '2014-04-01', publicityEnd: '2014-03-25', candidates: [{ name: '李某', school: '哈三中', qualification: '田径' }], objectionChannel: '招生办 0451-86412114' };
    expect(problems(admissionSchema.safeParse(a))).toEqual(['publicityEnd: 公示结束日期（2014-03-25）不能早于公示开始日期（2014-04-01）']);
  });
});
