// Permissions (`mechanisms.<resource>.<action>`) and the built-in roles offered to divisions.
export const permissions = {
  'requests.read': '查看依申请公开案件',
  'requests.intake': '登记当面、邮寄、传真、电子邮件和口头申请',
  'requests.handle': '办理依申请公开案件（补正、征求意见、收费、延迟答复）',
  'requests.extend': '批准延长答复期限（政府信息公开工作机构负责人）',
  'requests.reply': '作出答复、出具告知书、公开答复内容',
  'requests.templates': '维护告知书模板',
  'subtasks.answer': '办理协办和征求意见事项',
  'notices.read': '查看提醒和逾期预警',
  'reports.read': '查看政府信息公开工作年度报告',
  'reports.manage': '编制年度报告、登记复议诉讼',
  'reports.publish': '发布年度报告',
  'releases.manage': '编制主动发布计划',
  'releases.publish': '发布主动公开信息',
  'press.manage': '管理新闻发言人和新闻发布会',
  'opinion.read': '查看舆情',
  'opinion.manage': '管理舆情来源、录入舆情、研判预警',
  'opinion.ingest': '通过接口报送舆情（其他系统）',
  'opinion.respond': '办理舆情回应任务',
  'interpretations.manage': '管理专家库和政策解读',
  'sharing.read': '查看信息共享目录',
  'sharing.manage': '登记共享资源、申请共享',
  'sharing.approve': '审批共享申请',
} as const;

export type Permission = keyof typeof permissions;

const requestOfficer: Permission[] = ['requests.read', 'requests.intake', 'requests.handle', 'requests.reply', 'subtasks.answer', 'notices.read', 'reports.read'];

export const roles: Record<string, { name: string; permissions: readonly Permission[] }> = {
  officer: { name: '依申请公开经办人', permissions: requestOfficer },
  head: { name: '政府信息公开工作机构负责人', permissions: [...requestOfficer, 'requests.extend', 'requests.templates', 'reports.manage', 'reports.publish', 'releases.manage', 'releases.publish', 'opinion.read', 'sharing.read', 'sharing.approve'] },
  liaison: { name: '协办联络员', permissions: ['subtasks.answer', 'notices.read', 'sharing.read', 'sharing.manage'] },
  press: { name: '新闻发布工作人员', permissions: ['releases.manage', 'releases.publish', 'press.manage', 'interpretations.manage', 'notices.read'] },
  analyst: { name: '舆情监测员', permissions: ['opinion.read', 'opinion.manage', 'opinion.respond', 'notices.read'] },
  responder: { name: '舆情回应责任人', permissions: ['opinion.read', 'opinion.respond', 'notices.read'] },
  'ingest-system': { name: '舆情报送系统（接口账号）', permissions: ['opinion.ingest'] },
  sharing: { name: '信息共享管理员', permissions: ['sharing.read', 'sharing.manage', 'sharing.approve'] },
};
