/** Kernel permissions (`kernel.<resource>.<action>`); plugins add theirs through definePlugin. */
export const kernelPermissions: Record<string, string> = {
  'kernel.divisions.manage': '管理行政区划',
  'kernel.organizations.manage': '管理机构',
  'kernel.users.manage': '管理用户与授权',
  'kernel.roles.manage': '管理角色',
  'kernel.plugins.manage': '启用、停用和配置功能模块',
  'kernel.catalogue.read': '查看目录草稿与撤回信息',
  'kernel.catalogue.edit': '编辑目录信息',
  'kernel.catalogue.publish': '发布和撤回目录信息',
  'kernel.audit.read': '查看审计日志',
  'kernel.calendar.manage': '维护工作日历',
  'kernel.files.upload': '上传附件',
  'kernel.metrics.read': '查看指标',
};

export interface BuiltinRole { key: string; name: string; description: string; permissions: string[] }

export const kernelRoles: BuiltinRole[] = [
  { key: 'kernel.admin', name: '系统管理员', description: '全部权限', permissions: ['*'] },
  { key: 'kernel.division-admin', name: '地区管理员', description: '管理本地区及下级的机构、用户、功能模块和目录', permissions: ['kernel.*'] },
  { key: 'kernel.editor', name: '信息发布员', description: '编辑、发布和撤回本机构的目录信息', permissions: ['kernel.catalogue.read', 'kernel.catalogue.edit', 'kernel.catalogue.publish', 'kernel.files.upload'] },
  { key: 'kernel.auditor', name: '监督员', description: '查看审计日志、目录和指标', permissions: ['kernel.audit.read', 'kernel.catalogue.read', 'kernel.metrics.read'] },
];
