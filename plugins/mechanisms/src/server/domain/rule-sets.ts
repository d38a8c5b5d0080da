// Versioned statutory rule sets for 依申请公开, chosen by the date the application was received.
// Sources: ../shared/domain/ogi-requests.md §2.1 (2019 Regulations, State Council Order 711) and the
// 2007 Regulations (State Council Order 492, Art. 21, 24). Everything counts in working days from
// the kernel calendar.

export interface RuleSet {
  id: 'ogi-2019' | 'ogi-2007';
  label: string;
  /** First receipt date (inclusive) the rule set governs. */
  from: string;
  /** Last receipt date (inclusive), or null while in force. */
  to: string | null;
  /** Reply period (Art. 33 ¶2 of 2019; Art. 24 ¶2 of 2007). */
  replyDays: number;
  /** One extension of at most this many days, approved by the head of the OGI work body. */
  extensionMaxDays: number;
  /** Deadline for the one-time 补正 notice (Art. 30 of 2019); null: no statutory period. */
  correctionNoticeDays: number | null;
  /** The reply period restarts from receipt of the 补正 (a reset, not a pause). */
  correctionRestarts: boolean;
  /** Time consulting third parties is excluded from the period. */
  excludesThirdPartyConsultation: boolean;
  /** Time consulting other organs is excluded too (2019 Art. 33 ¶3; not in 2007). */
  excludesOrganConsultation: boolean;
  /** Days a consulted third party has to answer (Art. 32: 15 working days). */
  thirdPartyDays: number | null;
  /** Art. 35 delayed reply period for clearly excessive applications. */
  allowsDelayedPeriod: boolean;
  /** Information processing fees (Art. 42 and 国办函〔2020〕109号, from 2021-01-01). */
  allowsFees: boolean;
  citation: { reply: string; extension: string; correction: string; exclusion: string; delay: string };
}

export const ruleSets: readonly RuleSet[] = [
  {
    id: 'ogi-2019',
    label: '《中华人民共和国政府信息公开条例》（2019年修订，国务院令第711号）',
    from: '2019-05-15',
    to: null,
    replyDays: 20,
    extensionMaxDays: 20,
    correctionNoticeDays: 7,
    correctionRestarts: true,
    excludesThirdPartyConsultation: true,
    excludesOrganConsultation: true,
    thirdPartyDays: 15,
    allowsDelayedPeriod: true,
    allowsFees: true,
    citation: {
      reply: '条例第三十三条第二款：不能当场答复的，自收到申请之日起20个工作日内答复',
      extension: '条例第三十三条第二款：经政府信息公开工作机构负责人同意，延长期限最长不超过20个工作日',
      correction: '条例第三十条：收到申请之日起7个工作日内一次性告知补正，答复期限自收到补正的申请之日起计算',
      exclusion: '条例第三十三条第三款：征求第三方和其他机关意见所需时间不计算在期限内',
      delay: '条例第三十五条：申请数量、频次明显超过合理范围且理由合理的，可以确定延迟答复的合理期限',
    },
  },
  {
    id: 'ogi-2007',
    label: '《中华人民共和国政府信息公开条例》（2007年，国务院令第492号）',
    from: '2008-05-01',
    to: '2019-05-14',
    replyDays: 15,
    extensionMaxDays: 15,
    correctionNoticeDays: null,
    // 2007 Art. 21(4) only says the applicant is told to amend; counting from the amended
    // application follows the practice of 国办发〔2010〕5号 [verify].
    correctionRestarts: true,
    excludesThirdPartyConsultation: true,
    excludesOrganConsultation: false,
    thirdPartyDays: null,
    allowsDelayedPeriod: false,
    allowsFees: false,
    citation: {
      reply: '条例（2007）第二十四条第二款：不能当场答复的，自收到申请之日起15个工作日内答复',
      extension: '条例（2007）第二十四条第二款：经政府信息公开工作机构负责人同意，延长期限最长不超过15个工作日',
      correction: '条例（2007）第二十一条第（四）项：申请内容不明确的，告知申请人作出更改、补充',
      exclusion: '条例（2007）第二十四条第三款：征求第三方意见所需时间不计算在期限内',
      delay: '',
    },
  },
];

/** The rule set governing an application received on `receivedOn` ('YYYY-MM-DD'). */
export function ruleSetFor(receivedOn: string): RuleSet {
  const rs = ruleSets.find((r) => receivedOn >= r.from && (r.to === null || receivedOn <= r.to));
  if (!rs) throw new RangeError(`收到申请日期 ${receivedOn} 早于《政府信息公开条例》施行日期（2008-05-01）`);
  return rs;
}

export function ruleSetById(id: string): RuleSet {
  const rs = ruleSets.find((r) => r.id === id);
  if (!rs) throw new RangeError(`Unknown rule set ${id}`);
  return rs;
}
