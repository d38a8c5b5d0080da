// One entry per kernel procedure, used by the isolation and bad-input sweeps. The sweeps enumerate
// the procedures from the app router and FAIL when a procedure has no entry here: whoever adds a
// kernel procedure adds its entry (what another city's data looks like for it, and a valid input).
import type { World } from './world';

export interface ProcedureCase {
  /** Why the procedure holds no division's private data (public reference data, own account). */
  tenantFree?: string;
  /**
   * Inputs naming the other city's data (or province-level data a city must not change), called by
   * the 哈尔滨市 administrator: each is refused with NOT_FOUND or FORBIDDEN and changes nothing.
   */
  foreign?: (w: World) => unknown[];
  /** Other refusal codes accepted for `foreign`, with the reason (prefer NOT_FOUND or FORBIDDEN). */
  alsoRefusedWith?: { codes: readonly string[]; reason: string };
  /** For lists and own-account procedures: an input whose result must show nothing of the other city. */
  scoped?: { input: (w: World) => unknown; leaks: (result: unknown, w: World) => boolean };
  /** A valid input in the caller's own city: the base the bad-input sweep corrupts one field at a time. */
  valid?: (w: World) => unknown;
  /**
   * Fields where any text is legitimate content (passwords, document bodies): the sweep sends them
   * only wrong types and over-long strings, not SQL or markup, with the reason.
   */
  freeText?: { fields: readonly string[]; reason: string };
  /** Fields where long values are legitimate (document bodies, file content): no 100k-character attack. */
  largeText?: { fields: readonly string[]; reason: string };
}

type Items = { items: { divisionCode?: string | null; id?: string; organizationId?: string | null }[] };
const inCity = (code: string | null | undefined, city: string) => !!code && code.startsWith(city);
const leaksDivision = (r: unknown, w: World) => (r as Items).items.some((i) => inCity(i.divisionCode, w.foreign.divisionCode));
const draft = (w: World, divisionCode: string, organizationId: string) => ({ divisionCode, organizationId, itemType: 'kernel.document', title: '扫描测试', generatedOn: '2026-11-02', topicCode: '0201' });
const TEXT_BODY = { fields: ['title', 'summary', 'body', 'docNo', 'reason', 'patch'], reason: '公文名称、摘要和正文是原样保存并在页面转义显示的内容' };

export const procedureCases: Record<string, ProcedureCase> = {
  // auth
  'auth.logout': { tenantFree: '只作用于调用者自己的会话' },
  'auth.me': { tenantFree: '只返回调用者自己' },
  'auth.login': {
    tenantFree: '登录不涉及任何地区的数据',
    valid: () => ({ username: 'nobody.here', password: 'whatever-password-1' }),
    freeText: { fields: ['username', 'password'], reason: '任意字符串都只是被比对的凭据（错误时为 401）' },
  },
  'auth.register': {
    tenantFree: '创建公众账号，不属于任何地区',
    valid: () => ({ username: 'sweep.citizen', password: 'Str0ng-pass-1', displayName: '市民', phone: '13900000001' }),
    freeText: { fields: ['password'], reason: '密码可以包含任意字符' },
  },
  'auth.changePassword': {
    tenantFree: '只修改调用者自己的密码',
    valid: () => ({ oldPassword: 'old-passw0rd-1', newPassword: 'New-passw0rd-9' }),
    freeText: { fields: ['oldPassword', 'newPassword'], reason: '密码可以包含任意字符' },
  },

  // organizations
  'organizations.list': {
    foreign: () => [{ divisionCode: '2302' }, { divisionCode: '230202', subtree: true }],
    scoped: { input: () => ({ pageSize: 200 }), leaks: leaksDivision },
    valid: () => ({ divisionCode: '2301', q: '办公室' }),
  },
  'organizations.directory': {
    tenantFree: 'public reference data: the names and codes of active organisations, shown to citizens choosing where to apply',
    valid: () => ({ divisionCode: '2301' }),
  },
  'organizations.get': { foreign: (w) => [{ id: w.foreign.orgId }], valid: (w) => ({ id: w.own.orgId }) },
  'organizations.create': {
    foreign: () => [{ divisionCode: '2302', code: 'SWEEP-X', name: '越权机构' }, { divisionCode: '230202', code: 'SWEEP-Y', name: '越权机构' }],
    valid: () => ({ divisionCode: '2301', code: 'SWEEP-1', name: '扫描测试机构' }),
  },
  'organizations.update': { foreign: (w) => [{ id: w.foreign.orgId, name: '越权改名' }], valid: (w) => ({ id: w.own.orgId, name: '改名' }) },
  'organizations.deactivate': { foreign: (w) => [{ id: w.foreign.orgId }], valid: (w) => ({ id: w.own.orgId }) },
  'organizations.reactivate': { foreign: (w) => [{ id: w.foreign.orgId }], valid: (w) => ({ id: w.own.orgId }) },

  // users and grants
  'users.list': {
    foreign: (w) => [{ divisionCode: '2302' }, { organizationId: w.foreign.orgId }, { kind: 'public' as const, divisionCode: '2302' }],
    scoped: { input: () => ({ pageSize: 200 }), leaks: leaksDivision },
    valid: () => ({ divisionCode: '2301', q: 'staff' }),
  },
  'users.get': { foreign: (w) => [{ id: w.foreign.userId }], valid: (w) => ({ id: w.own.userId }) },
  'users.create': {
    foreign: (w) => [
      { username: 'sweep.x', displayName: '越权', divisionCode: '2302' },
      { username: 'sweep.y', displayName: '越权', divisionCode: '2301', organizationId: w.foreign.orgId },
    ],
    valid: (w) => ({ username: 'sweep.user', displayName: '扫描', divisionCode: '2301', organizationId: w.own.orgId, email: 'a@example.gov.cn', phone: '13900000002' }),
  },
  'users.update': {
    foreign: (w) => [
      { id: w.foreign.userId, displayName: '越权' },
      { id: w.own.userId, divisionCode: '2302' },
      { id: w.own.userId, organizationId: w.foreign.orgId },
    ],
    valid: (w) => ({ id: w.own.userId, displayName: '改名', email: 'b@example.gov.cn', phone: '13900000003', divisionCode: '230108', organizationId: null }),
  },
  'users.deactivate': { foreign: (w) => [{ id: w.foreign.userId }], valid: (w) => ({ id: w.own.userId }) },
  'users.reactivate': { foreign: (w) => [{ id: w.foreign.userId }], valid: (w) => ({ id: w.own.userId }) },
  'users.resetPassword': { foreign: (w) => [{ id: w.foreign.userId }], valid: (w) => ({ id: w.own.userId }) },
  'users.grant': {
    foreign: (w) => [
      { userId: w.foreign.userId, roleKey: 'kernel.editor', divisionCode: '2301' },
      { userId: w.own.userId, roleKey: 'kernel.editor', divisionCode: '2302' },
      { userId: w.own.userId, roleKey: 'kernel.editor', organizationId: w.foreign.orgId },
      { userId: w.own.userId, roleKey: 'kernel.admin', divisionCode: '23' },
    ],
    valid: (w) => ({ userId: w.own.userId, roleKey: 'kernel.auditor', divisionCode: '230108' }),
  },
  'users.revokeGrant': { foreign: (w) => [{ grantId: w.foreign.grantId }], valid: (w) => ({ grantId: w.own.grantId }) },

  // roles and permissions (one province-wide catalogue: a city administrator may not change it)
  'roles.list': { tenantFree: '角色定义全省通用，不含地区数据', valid: () => ({ includeBuiltin: true }) },
  'roles.create': {
    foreign: () => [{ key: 'sweep-city', name: '越权角色', permissions: ['kernel.catalogue.read'] }],
    valid: () => ({ key: 'sweep-role', name: '扫描角色', description: '说明', permissions: ['kernel.catalogue.read'] }),
  },
  'roles.update': { foreign: (w) => [{ id: w.customRoleId, name: '越权改名' }], valid: (w) => ({ id: w.customRoleId, name: '改名', permissions: ['kernel.catalogue.read'] }) },
  'roles.delete': { foreign: (w) => [{ id: w.customRoleId }], valid: (w) => ({ id: w.customRoleId }) },
  'permissions.list': { tenantFree: '权限注册表来自代码' },

  // own sessions and API tokens
  'sessions.list': { scoped: { input: () => undefined, leaks: (r, w) => (r as { id: string }[]).some((s) => s.id === w.foreign.sessionId) } },
  'sessions.revoke': { foreign: (w) => [{ id: w.foreign.sessionId }], valid: (w) => ({ id: w.own.sessionId }) },
  'sessions.revokeOthers': { tenantFree: '只结束调用者自己的其他会话（见 sessions.int.test.ts）' },
  'apiTokens.create': { tenantFree: '为调用者自己创建令牌', valid: () => ({ name: '扫描对接', expiresInDays: 30 }) },
  'apiTokens.list': { scoped: { input: () => undefined, leaks: (r, w) => (r as { id: string }[]).some((t) => t.id === w.foreign.tokenId) } },
  'apiTokens.revoke': { foreign: (w) => [{ id: w.foreign.tokenId }], valid: (w) => ({ id: w.own.tokenId }) },

  // plugins
  'plugins.list': { tenantFree: '已安装的功能模块来自代码' },
  'plugins.state': { foreign: () => [{ divisionCode: '2302' }, { divisionCode: '23' }], valid: () => ({ divisionCode: '2301' }) },
  'plugins.enable': {
    foreign: () => [{ divisionCode: '2302', pluginId: 'fixture-notes' }, { divisionCode: '23', pluginId: 'fixture-notes' }],
    valid: () => ({ divisionCode: '2301', pluginId: 'fixture-notes', settings: { greeting: '你好' } }),
  },
  'plugins.disable': { foreign: () => [{ divisionCode: '230202', pluginId: 'fixture-notes' }, { divisionCode: '23', pluginId: 'fixture-notes' }], valid: () => ({ divisionCode: '2301', pluginId: 'fixture-notes' }) },
  'plugins.updateSettings': {
    foreign: () => [{ divisionCode: '2302', pluginId: 'fixture-notes', settings: { greeting: '越权' } }],
    valid: () => ({ divisionCode: '2301', pluginId: 'fixture-notes', settings: { greeting: '你好', maxLength: 20 } }),
  },
  'plugins.inherit': { foreign: () => [{ divisionCode: '2302', pluginId: 'fixture-notes' }], valid: () => ({ divisionCode: '2301', pluginId: 'fixture-notes' }) },
  'plugins.enabledFor': { tenantFree: '公开信息：地区启用了哪些功能（用于组成菜单，不含设置）', valid: () => ({ divisionCode: '2301' }) },

  // audit
  'audit.search': {
    foreign: () => [{ divisionCode: '2302' }, { divisionCode: '23', subtree: false }],
    scoped: { input: () => ({ pageSize: 200 }), leaks: (r, w) => (r as Items).items.some((i) => i.divisionCode === null || inCity(i.divisionCode, w.foreign.divisionCode)) },
    valid: (w) => ({ divisionCode: '2301', actorId: w.hrb.user.id, actionPrefix: 'organizations.', outcome: 'ok', from: '2026-01-01', to: '2026-12-31' }),
  },
  'audit.verify': { tenantFree: '只报告哈希链是否完整及第一条异常记录的序号' },

  // catalogue
  'catalogue.search': { tenantFree: '公开检索：只含已发布信息', valid: () => ({ q: '公开', divisionCode: '2301' }), freeText: { fields: ['q'], reason: '检索词作为数据参与检索' } },
  'catalogue.facets': { tenantFree: '公开检索：只含已发布信息', valid: () => ({ q: '公开', divisionCode: '2301' }), freeText: { fields: ['q'], reason: '检索词作为数据参与检索' } },
  'catalogue.item': { tenantFree: '公开信息页', foreign: (w) => [{ id: w.foreign.draftId }], valid: (w) => ({ id: w.own.publishedId }) },
  'catalogue.topics': { tenantFree: '主题分类表' },
  'catalogue.itemTypes': { tenantFree: '信息类型来自代码' },
  'catalogue.list': {
    foreign: () => [{ divisionCode: '2302' }],
    scoped: { input: (w) => ({ organizationId: w.foreign.orgId }), leaks: (r) => (r as Items).items.length > 0 },
    valid: (w) => ({ q: '草稿', status: 'draft' as const, divisionCode: '2301', organizationId: w.own.orgId }),
    freeText: { fields: ['q'], reason: '检索词作为数据参与检索' },
  },
  'catalogue.get': { foreign: (w) => [{ id: w.foreign.draftId }, { id: w.foreign.publishedId }], valid: (w) => ({ id: w.own.draftId }) },
  'catalogue.createDraft': {
    foreign: (w) => [draft(w, '2302', w.foreign.orgId), draft(w, '2301', w.foreign.orgId)],
    alsoRefusedWith: { codes: ['BAD_REQUEST'], reason: '本市地区配他市机构：目录服务以字段错误（organizationId）拒绝' },
    valid: (w) => draft(w, '2301', w.own.orgId),
    freeText: TEXT_BODY,
    largeText: { fields: ['body'], reason: '正文最长 200,000 字' },
  },
  'catalogue.updateDraft': {
    foreign: (w) => [{ id: w.foreign.draftId, patch: { title: '越权' } }, { id: w.own.draftId, patch: { organizationId: w.foreign.orgId } }],
    alsoRefusedWith: { codes: ['BAD_REQUEST'], reason: '换成他市机构：目录服务以字段错误（organizationId）拒绝' },
    valid: (w) => ({ id: w.own.draftId, patch: { title: '改名' } }),
    freeText: TEXT_BODY,
  },
  'catalogue.publish': { foreign: (w) => [{ id: w.foreign.draftId }], valid: (w) => ({ id: w.own.draftId }) },
  'catalogue.withdraw': { foreign: (w) => [{ id: w.foreign.publishedId, reason: '越权撤回' }], valid: (w) => ({ id: w.own.publishedId, reason: '撤回' }), freeText: TEXT_BODY },
  'catalogue.attach': {
    foreign: (w) => [{ itemId: w.foreign.draftId, title: '附件', fileName: 'a.csv', mime: 'text/csv', contentBase64: Buffer.from('越权').toString('base64') }],
    valid: (w) => ({ itemId: w.own.draftId, title: '附件', fileName: 'a.csv', mime: 'text/csv', contentBase64: Buffer.from('内容').toString('base64') }),
    freeText: { fields: ['title', 'fileName', 'mime', 'contentBase64'], reason: '附件名称与内容原样保存，下载时以附件方式提供' },
    largeText: { fields: ['contentBase64'], reason: '文件内容（base64）最大 20 MB' },
  },
  'catalogue.detach': { foreign: (w) => [{ attachmentId: w.foreign.attachmentId }], valid: (w) => ({ attachmentId: w.own.attachmentId }) },

  // divisions
  'divisions.children': { tenantFree: '行政区划树是公开信息', valid: () => ({ parentCode: '23' }) },
  'divisions.get': { tenantFree: '行政区划树是公开信息', valid: () => ({ code: '2301' }) },
  'divisions.list': { tenantFree: '行政区划树是公开信息', valid: () => ({ parentCode: '2301', level: 'county' as const, page: 1, pageSize: 50 }) },
  'divisions.create': {
    foreign: () => [{ code: '230299', name: '越权区' }, { code: '2399', name: '越权市' }],
    valid: () => ({ code: '230199', name: '扫描区' }),
    freeText: { fields: ['name'], reason: '地区名称目前只限长度（建议改用 routers/fields.ts 的 plainText）' },
  },
  'divisions.update': {
    foreign: () => [{ code: '2302', name: '越权改名' }, { code: '230202', active: false }, { code: '23', name: '越权' }],
    valid: () => ({ code: '230108', name: '平房区' }),
    freeText: { fields: ['name'], reason: '地区名称目前只限长度（建议改用 routers/fields.ts 的 plainText）' },
  },

  // metrics
  'metrics.list': { tenantFree: '指标定义来自代码' },
  'metrics.compute': { foreign: () => [{ divisionCode: '2302', from: '2026-01-01', to: '2026-06-30' }], valid: () => ({ divisionCode: '2301', from: '2026-01-01', to: '2026-06-30' }) },

  // calendar (one province-wide working-day calendar)
  'calendar.coverage': { tenantFree: '公开的工作日历' },
  'calendar.day': { tenantFree: '公开的工作日历', valid: () => ({ date: '2026-10-01' }) },
  'calendar.month': { tenantFree: '公开的工作日历', valid: () => ({ year: 2026, month: 10 }) },
  'calendar.computeDue': { tenantFree: '公开的工作日历', valid: () => ({ startDate: '2026-12-01', workingDays: 20 }) },
  'calendar.listYears': { tenantFree: '全省统一的工作日历' },
  'calendar.setYear': {
    foreign: () => [{ year: 2027, holidays: [{ date: '2027-01-01', name: '元旦' }] }],
    valid: () => ({ year: 2027, notice: '国办发明电〔2026〕1号', holidays: [{ date: '2027-01-01', name: '元旦' }], workdays: [] }),
    freeText: { fields: ['notice'], reason: '通知文号或链接原样保存并转义显示' },
  },
};
