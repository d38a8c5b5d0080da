import { definePlugin } from '@gongkai/kernel';
import { PLUGIN_ID, PLUGIN_TITLE, settingsSchema } from '../contracts';

/**
 * The __TITLE__ plugin. It adds no database models, so installing it needs no migration; it uses
 * only kernel services (enablement and settings, permissions, audit, the event outbox).
 */
export const plugin = definePlugin({
  id: PLUGIN_ID,
  title: PLUGIN_TITLE,
  description: '由 pnpm create-plugin 生成的示例插件：按地区设置问候语，并可发送经审计的问候。',
  version: '0.1.0',
  settings: settingsSchema,
  permissions: {
    'overview.read': '查看本模块的设置',
    'greetings.send': '发送问候',
  },
  roles: {
    manager: { name: '管理员', permissions: ['overview.read', 'greetings.send'] },
    viewer: { name: '查看员', permissions: ['overview.read'] },
  },
  router: () => import('./router').then((m) => m.__CAMEL__Router),
});
