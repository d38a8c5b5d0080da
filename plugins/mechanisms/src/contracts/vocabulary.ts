// Controlled vocabularies of the mechanisms plugin. Outcome codes ARE the rows of the annual-report
// table (国办公开办函〔2021〕30号, section 三), so the report is produced from the data.

/** 申请人类型: the seven numeric columns of the report's section 三 (minus the total). */
export const applicantTypes = ['natural', 'business', 'research', 'nonprofit', 'legal-service', 'other'] as const;
export type ApplicantType = (typeof applicantTypes)[number];
export const applicantTypeLabels: Record<ApplicantType, string> = {
  natural: '自然人',
  business: '商业企业',
  research: '科研机构',
  nonprofit: '社会公益组织',
  'legal-service': '法律服务机构',
  other: '其他',
};

/** 申请渠道, each with its receipt-date rule (条例第三十一条). */
export const intakeChannels = ['online', 'in-person', 'oral', 'registered-mail', 'ordinary-mail', 'fax', 'email'] as const;
export type IntakeChannel = (typeof intakeChannels)[number];
export const intakeChannelLabels: Record<IntakeChannel, string> = {
  online: '网上申请',
  'in-person': '当面提交',
  oral: '口头申请（工作人员代为填写）',
  'registered-mail': '挂号信、邮政特快专递',
  'ordinary-mail': '平常信函',
  fax: '传真',
  email: '电子邮件',
};

/** The outcome codes, in report order. `group` is the report row 三(一)…(六). */
export const outcomeCodes = [
  'disclose', 'partial',
  'withhold.state-secret', 'withhold.law-prohibited', 'withhold.security', 'withhold.third-party',
  'withhold.internal', 'withhold.process', 'withhold.enforcement-file', 'withhold.query',
  'unavailable.not-held', 'unavailable.needs-creation', 'unavailable.unclear',
  'not-handled.petition', 'not-handled.repeat', 'not-handled.publication', 'not-handled.excessive', 'not-handled.confirm',
  'other.no-correction', 'other.unpaid', 'other.other',
] as const;
export type OutcomeCode = (typeof outcomeCodes)[number];
export type OutcomeGroup = 'disclose' | 'partial' | 'withhold' | 'unavailable' | 'not-handled' | 'other';

export interface OutcomeInfo {
  group: OutcomeGroup;
  label: string;
  /** Report row label, e.g. '（三）不予公开 1.属于国家秘密'. */
  row: string;
  /** The law requires reasons to be given (Art. 36(3), 37, 36(5)…). */
  requiresReason: boolean;
  /** A legal basis (article) must be cited. */
  requiresLegalBasis: boolean;
  /** Default legal basis offered in the form and the letter. */
  defaultBasis: string;
}

const o = (group: OutcomeGroup, label: string, row: string, requiresReason: boolean, requiresLegalBasis: boolean, defaultBasis: string): OutcomeInfo =>
  ({ group, label, row, requiresReason, requiresLegalBasis, defaultBasis });

export const outcomes: Record<OutcomeCode, OutcomeInfo> = {
  disclose: o('disclose', '予以公开', '（一）予以公开', false, false, '《中华人民共和国政府信息公开条例》第三十六条第（一）（二）项'),
  partial: o('partial', '部分公开', '（二）部分公开', true, true, '《中华人民共和国政府信息公开条例》第三十七条'),
  'withhold.state-secret': o('withhold', '不予公开：属于国家秘密', '（三）不予公开 1.属于国家秘密', true, true, '《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项'),
  'withhold.law-prohibited': o('withhold', '不予公开：其他法律行政法规禁止公开', '（三）不予公开 2.其他法律行政法规禁止公开', true, true, '《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项'),
  'withhold.security': o('withhold', '不予公开：危及“三安全一稳定”', '（三）不予公开 3.危及“三安全一稳定”', true, true, '《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项'),
  'withhold.third-party': o('withhold', '不予公开：保护第三方合法权益', '（三）不予公开 4.保护第三方合法权益', true, true, '《中华人民共和国政府信息公开条例》第十五条、第三十二条'),
  'withhold.internal': o('withhold', '不予公开：属于三类内部事务信息', '（三）不予公开 5.属于三类内部事务信息', true, true, '《中华人民共和国政府信息公开条例》第十六条第一款'),
  'withhold.process': o('withhold', '不予公开：属于四类过程性信息', '（三）不予公开 6.属于四类过程性信息', true, true, '《中华人民共和国政府信息公开条例》第十六条第二款'),
  'withhold.enforcement-file': o('withhold', '不予公开：属于行政执法案卷', '（三）不予公开 7.属于行政执法案卷', true, true, '《中华人民共和国政府信息公开条例》第十六条第二款'),
  'withhold.query': o('withhold', '不予公开：属于行政查询事项', '（三）不予公开 8.属于行政查询事项', true, true, '《中华人民共和国政府信息公开条例》第三十六条第（七）项'),
  'unavailable.not-held': o('unavailable', '无法提供：本机关不掌握相关政府信息', '（四）无法提供 1.本机关不掌握相关政府信息', true, true, '《中华人民共和国政府信息公开条例》第三十六条第（四）（五）项'),
  'unavailable.needs-creation': o('unavailable', '无法提供：没有现成信息需要另行制作', '（四）无法提供 2.没有现成信息需要另行制作', true, true, '《中华人民共和国政府信息公开条例》第三十八条'),
  'unavailable.unclear': o('unavailable', '无法提供：补正后申请内容仍不明确', '（四）无法提供 3.补正后申请内容仍不明确', true, true, '《中华人民共和国政府信息公开条例》第三十条'),
  'not-handled.petition': o('not-handled', '不予处理：信访举报投诉类申请', '（五）不予处理 1.信访举报投诉类申请', true, true, '《中华人民共和国政府信息公开条例》第三十九条第一款'),
  'not-handled.repeat': o('not-handled', '不予处理：重复申请', '（五）不予处理 2.重复申请', true, true, '《中华人民共和国政府信息公开条例》第三十六条第（六）项'),
  'not-handled.publication': o('not-handled', '不予处理：要求提供公开出版物', '（五）不予处理 3.要求提供公开出版物', true, true, '《中华人民共和国政府信息公开条例》第三十九条第二款'),
  'not-handled.excessive': o('not-handled', '不予处理：无正当理由大量反复申请', '（五）不予处理 4.无正当理由大量反复申请', true, true, '《中华人民共和国政府信息公开条例》第三十五条'),
  'not-handled.confirm': o('not-handled', '不予处理：要求行政机关确认或重新出具已获取信息', '（五）不予处理 5.要求行政机关确认或重新出具已获取信息', true, true, '《中华人民共和国政府信息公开条例》第三十八条'),
  'other.no-correction': o('other', '其他处理：申请人无正当理由逾期不补正', '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', true, false, '《中华人民共和国政府信息公开条例》第三十条'),
  'other.unpaid': o('other', '其他处理：申请人逾期未缴纳信息处理费', '（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', true, false, '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）'),
  'other.other': o('other', '其他处理：其他', '（六）其他处理 3.其他', true, false, ''),
};

export const outcomeGroupLabels: Record<OutcomeGroup, string> = {
  disclose: '（一）予以公开',
  partial: '（二）部分公开',
  withhold: '（三）不予公开',
  unavailable: '（四）无法提供',
  'not-handled': '（五）不予处理',
  other: '（六）其他处理',
};

/** Case status shown in queues and on the public tracking page. */
export const requestStatuses = ['processing', 'awaiting-correction', 'awaiting-fee', 'closed'] as const;
export type RequestStatus = (typeof requestStatuses)[number];
export const requestStatusLabels: Record<RequestStatus, string> = {
  processing: '办理中',
  'awaiting-correction': '待申请人补正',
  'awaiting-fee': '待申请人缴费',
  closed: '已办结',
};

/**
 * The stage of the one-time 补正 notice (条例第三十条: within 7 working days of receipt): open until
 * the notice is sent, staff record that none is needed, or the case moves on (fee notice, closed).
 */
export const correctionNoticeStates = ['open', 'sent', 'not-needed', 'ended'] as const;
export type CorrectionNoticeState = (typeof correctionNoticeStates)[number];
export const correctionNoticeStateLabels: Record<CorrectionNoticeState, string> = {
  open: '待审查：尚未告知补正，也未确认无需补正',
  sent: '已告知补正',
  'not-needed': '经审查无需补正',
  ended: '已进入后续办理，不再告知补正',
};

/** Reconsideration and litigation (report section 四). */
export const reviewKinds = ['reconsideration', 'litigation-direct', 'litigation-after-reconsideration'] as const;
export type ReviewKind = (typeof reviewKinds)[number];
export const reviewKindLabels: Record<ReviewKind, string> = {
  reconsideration: '行政复议',
  'litigation-direct': '行政诉讼（未经复议直接起诉）',
  'litigation-after-reconsideration': '行政诉讼（复议后起诉）',
};
export const reviewResults = ['upheld', 'corrected', 'other', 'pending'] as const;
export type ReviewResult = (typeof reviewResults)[number];
export const reviewResultLabels: Record<ReviewResult, string> = { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结' };
