// @gongkai/plugin-mechanisms/web: the portal pages (依申请公开, 主动发布, 年度报告) and the console
// pages (申请办理, 登记申请, 协办, 年度报告, 发布计划, 新闻发布). Every page is a lazy chunk.
import { defineWebPlugin } from '@gongkai/kernel/web';
import type { Permission } from '../server/permissions';

/**
 * The full permission of the page's main query, so the console lists the page only to staff who
 * can use it (typed against the plugin's declared permissions; a type-only import, nothing bundled).
 */
const perm = (p: Permission) => `mechanisms.${p}` as const;

export default defineWebPlugin({
  id: 'mechanisms',
  title: '政务公开机制',
  routes: [
    // Portal
    { area: 'portal', path: 'requests', load: () => import('./pages/requests/RequestsHomePage') },
    { area: 'portal', path: 'requests/apply', load: () => import('./pages/requests/ApplyPage') },
    { area: 'portal', path: 'requests/track', load: () => import('./pages/requests/TrackPage') },
    { area: 'portal', path: 'requests/mine', load: () => import('./pages/requests/MyRequestsPage') },
    { area: 'portal', path: 'requests/mine/:id', load: () => import('./pages/requests/MyRequestPage') },
    { area: 'portal', path: 'releases', load: () => import('./pages/releases/ReleasesPage') },
    { area: 'portal', path: 'annual-reports', load: () => import('./pages/reports/PublishedReportsPage') },
    // Console
    { area: 'console', path: 'mechanisms/requests', load: () => import('./pages/requests/QueuePage') },
    { area: 'console', path: 'mechanisms/requests/new', load: () => import('./pages/requests/IntakePage') },
    { area: 'console', path: 'mechanisms/requests/:id', load: () => import('./pages/requests/CasePage') },
    { area: 'console', path: 'mechanisms/subtasks', load: () => import('./pages/requests/SubtasksPage') },
    { area: 'console', path: 'mechanisms/notices', load: () => import('./pages/requests/NoticesPage') },
    { area: 'console', path: 'mechanisms/templates', load: () => import('./pages/requests/TemplatesPage') },
    { area: 'console', path: 'mechanisms/reports', load: () => import('./pages/reports/AnnualReportPage') },
    { area: 'console', path: 'mechanisms/releases', load: () => import('./pages/releases/ReleasePlansPage') },
    { area: 'console', path: 'mechanisms/press', load: () => import('./pages/releases/PressPage') },
    { area: 'portal', path: 'interpretations', load: () => import('./pages/interpretation/PublicInterpretationsPage') },
    { area: 'portal', path: 'interpretations/:id', load: () => import('./pages/interpretation/PublicInterpretationPage') },
    { area: 'console', path: 'mechanisms/opinion', load: () => import('./pages/opinion/OpinionDashboardPage') },
    { area: 'console', path: 'mechanisms/opinion/topics/:id', load: () => import('./pages/opinion/TopicPage') },
    { area: 'console', path: 'mechanisms/opinion/tasks', load: () => import('./pages/opinion/TasksPage') },
    { area: 'console', path: 'mechanisms/opinion/sources', load: () => import('./pages/opinion/SourcesPage') },
    { area: 'console', path: 'mechanisms/experts', load: () => import('./pages/interpretation/ExpertsPage') },
    { area: 'console', path: 'mechanisms/interpretations', load: () => import('./pages/interpretation/InterpretationsPage') },
    { area: 'console', path: 'mechanisms/sharing', load: () => import('./pages/sharing/SharingPage') },
  ],
  nav: [
    { area: 'portal', to: '/requests', label: '依申请公开' },
    { area: 'portal', to: '/releases', label: '主动发布' },
    { area: 'portal', to: '/annual-reports', label: '年度报告' },
    { area: 'console', to: '/console/mechanisms/requests', label: '申请办理', group: '依申请公开', permission: perm('requests.read') },
    { area: 'console', to: '/console/mechanisms/requests/new', label: '登记申请', group: '依申请公开', permission: perm('requests.intake') },
    { area: 'console', to: '/console/mechanisms/subtasks', label: '协办和征求意见', group: '依申请公开', permission: perm('subtasks.answer') },
    { area: 'console', to: '/console/mechanisms/notices', label: '提醒和逾期预警', group: '依申请公开', permission: perm('notices.read') },
    { area: 'console', to: '/console/mechanisms/templates', label: '告知书模板', group: '依申请公开', permission: perm('requests.read') },
    { area: 'console', to: '/console/mechanisms/reports', label: '年度报告', group: '依申请公开', permission: perm('reports.read') },
    { area: 'console', to: '/console/mechanisms/releases', label: '主动发布计划', group: '主动公开', permission: perm('releases.manage') },
    { area: 'console', to: '/console/mechanisms/press', label: '新闻发布', group: '主动公开', permission: perm('press.manage') },
    { area: 'portal', to: '/interpretations', label: '政策解读' },
    { area: 'console', to: '/console/mechanisms/opinion', label: '舆情监测', group: '舆情回应', permission: perm('opinion.read') },
    { area: 'console', to: '/console/mechanisms/opinion/tasks', label: '回应任务', group: '舆情回应', permission: perm('opinion.respond') },
    { area: 'console', to: '/console/mechanisms/opinion/sources', label: '舆情来源', group: '舆情回应', permission: perm('opinion.read') },
    { area: 'console', to: '/console/mechanisms/interpretations', label: '政策解读', group: '解读与共享', permission: perm('interpretations.manage') },
    { area: 'console', to: '/console/mechanisms/experts', label: '专家库', group: '解读与共享', permission: perm('interpretations.manage') },
    { area: 'console', to: '/console/mechanisms/sharing', label: '信息共享', group: '解读与共享', permission: perm('sharing.read') },
  ],
  slots: {
    'console.dashboard.cards': [
      { id: 'requests', load: () => import('./pages/requests/DashboardCard') },
      { id: 'opinion', load: () => import('./pages/opinion/DashboardCard') },
    ],
    'portal.item.panels': [{ id: 'interpretations', load: () => import('./pages/interpretation/ItemInterpretationsPanel') }],
  },
});
