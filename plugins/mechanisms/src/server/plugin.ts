// The mechanisms plugin: 主动发布, 依申请公开, 舆情监测, 专家解读与信息共享 (work plan items 13–16).
import { definePlugin } from '@gongkai/kernel';
import { contributions } from './contributions';
import { events } from './events';
import { jobs } from './jobs';
import { permissions, roles } from './permissions';
import { settingsSchema } from './settings';

export const mechanismsPlugin = definePlugin({
  id: 'mechanisms',
  title: '政务公开机制',
  description: '政府信息主动发布、依申请公开（含法定期限、告知书、收费和年度报告）、舆情监测与回应、专家解读和信息共享。',
  version: '0.1.0',
  settings: settingsSchema,
  permissions,
  roles,
  contributes: contributions,
  router: async () => (await import('./router')).mechanismsRouter,
  jobs,
  repeatable: [{ job: 'sweep-deadlines', everyMs: 15 * 60_000 }, { job: 'opinion-fetch-feeds', everyMs: 5 * 60_000 }, { job: 'opinion-sweep', everyMs: 15 * 60_000 }],
  events,
});
