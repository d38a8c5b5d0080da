// 征地 (land acquisition) as a versioned procedure (cn-domain-facts.md §5): the order of steps and
// the statutory periods of the 2004 law and of the 2019 revision. In 2019 the compensation plan
// announcement, registration and agreements moved before approval.

export type LawVersion = 'LAW_2004' | 'LAW_2019';
export const LAW_LABELS: Record<LawVersion, string> = { LAW_2004: '2004年《土地管理法》', LAW_2019: '2019年修正《土地管理法》' };

/** A statutory period: a step within N days after another, or lasting at least N days. */
export type Period =
  | { kind: 'within'; after: string; days: number; unit: 'working' | 'calendar'; text: string }
  | { kind: 'atLeast'; days: number; unit: 'working' | 'calendar'; text: string };

export interface StepDef {
  id: string;
  label: string;
  /** The step publishes something (a notice or announcement) that must be disclosed. */
  disclosed: boolean;
  optional?: boolean;
  /** The step spans a period (公示/公告期): it has an end date. */
  spans?: boolean;
  periods?: readonly Period[];
  basis?: string;
}

export const PROCEDURES: Record<LawVersion, readonly StepDef[]> = {
  LAW_2004: [
    { id: 'notice', label: '告知征地情况（用途、位置、补偿标准、安置途径）', disclosed: true, basis: '国土资发〔2004〕238号' },
    { id: 'survey', label: '开展实地调查（权属、地类、面积、地上附着物）', disclosed: false },
    { id: 'confirmation', label: '确认调查结果', disclosed: true },
    {
      id: 'hearing-notice', label: '告知听证权利', disclosed: true,
      basis: '申请人须在被告知后 5 个工作日内提出听证申请，逾期视为放弃',
    },
    { id: 'hearing', label: '组织听证（当事人申请的）', disclosed: true, optional: true, basis: '《国土资源听证规定》' },
    { id: 'submission', label: '组卷报批（一书四方案）', disclosed: false },
    { id: 'approval', label: '征地批准', disclosed: true },
    {
      id: 'announcement', label: '征收土地公告', disclosed: true, spans: true,
      periods: [{ kind: 'within', after: 'approval', days: 10, unit: 'working', text: '收到批准文件之日起 10 个工作日内公告' }],
      basis: '《土地管理法实施条例》（1998）第二十五条；《征收土地公告办法》第四条',
    },
    { id: 'registration', label: '征地补偿登记', disclosed: true, spans: true },
    {
      id: 'compensation-plan', label: '征地补偿安置方案公告', disclosed: true, spans: true,
      periods: [{ kind: 'within', after: 'announcement', days: 45, unit: 'calendar', text: '征收土地公告之日起 45 日内' }],
      basis: '《征收土地公告办法》第七条',
    },
    { id: 'implementation', label: '实施补偿安置、交付土地', disclosed: false },
  ],
  LAW_2019: [
    {
      id: 'pre-announcement', label: '征收土地预公告（范围、目的、现状调查安排）', disclosed: true, spans: true,
      periods: [{ kind: 'atLeast', days: 10, unit: 'working', text: '预公告时间不少于 10 个工作日' }],
      basis: '《土地管理法实施条例》（2021）第二十六条',
    },
    { id: 'survey', label: '土地现状调查（结果公开）', disclosed: true },
    { id: 'risk-assessment', label: '社会稳定风险评估', disclosed: false },
    { id: 'plan', label: '拟定征地补偿安置方案', disclosed: false, basis: '第二十七条' },
    {
      id: 'plan-announcement', label: '征地补偿安置方案公告（含补偿登记方式和时限、异议反馈渠道）', disclosed: true, spans: true,
      periods: [{ kind: 'atLeast', days: 30, unit: 'calendar', text: '公告时间不少于 30 日' }],
      basis: '第二十八条',
    },
    { id: 'hearing', label: '组织听证（多数成员认为方案不符合规定时）', disclosed: true, optional: true },
    { id: 'registration', label: '补偿登记', disclosed: true, spans: true },
    { id: 'agreement', label: '签订征地补偿安置协议', disclosed: false },
    { id: 'application', label: '申请征收土地', disclosed: false },
    { id: 'approval', label: '征地批准', disclosed: true },
    {
      id: 'announcement', label: '征收土地公告', disclosed: true, spans: true,
      periods: [{ kind: 'within', after: 'approval', days: 15, unit: 'working', text: '批准之日起 15 个工作日内公告（期限未经核实）' }],
      basis: '第三十一条',
    },
  ],
};

export function stepIds(law: LawVersion): string[] {
  return PROCEDURES[law].map((s) => s.id);
}

export function stepDef(law: LawVersion, id: string): StepDef | undefined {
  return PROCEDURES[law].find((s) => s.id === id);
}
