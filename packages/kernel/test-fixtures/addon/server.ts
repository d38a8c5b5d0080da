// fixture-addon: requires fixture-notes (boot order and the `requires` check on enable).
import { z } from 'zod';
import { definePlugin } from '@gongkai/kernel';
import { fixtureLog } from '../notes/server';

export const addonPlugin = definePlugin({
  id: 'fixture-addon',
  title: '测试附加模块',
  description: '依赖“测试笔记”，仅用于测试',
  requires: ['fixture-notes'],
  settings: z.object({ level: z.enum(['低', '高']).default('低') }).strict(),
  permissions: { 'extras.read': '查看附加内容' },
  lifecycle: {
    async onEnable({ divisionCode }) { fixtureLog.push({ plugin: 'fixture-addon', kind: 'onEnable', divisionCode }); },
  },
  init() {
    fixtureLog.push({ plugin: 'fixture-addon', kind: 'init' });
  },
});

export default addonPlugin;
