// fixture-notes: a small test-only plugin using every part of the plugin contract without any
// database model: a lazily loaded router, per-division settings, permissions and a role, a
// catalogue item type contribution, a job and lifecycle hooks. Its side effects are outbox events
// (real rows) plus an in-memory log that tests read.
import { z } from 'zod';
import { definePlugin } from '@gongkai/kernel';
import { catalogueItemTypes } from '@gongkai/kernel/contracts';

export const notesSettings = z.object({
  greeting: z.string().trim().min(1, '问候语不能为空').max(50, '问候语不能超过 50 个字符').default('你好'),
  maxLength: z.number().int().min(1).max(500).default(200),
}).strict();
export type NotesSettings = z.infer<typeof notesSettings>;

export interface FixtureLogEntry { plugin: string; kind: string; divisionCode?: string | null }
/** What the fixtures' init, jobs and hooks did, in order (shared by all fixtures). */
export const fixtureLog: FixtureLogEntry[] = [];

export const noteMetadata = z.object({ mood: z.enum(['晴', '雨']) }).strict();

export const notesPlugin = definePlugin({
  id: 'fixture-notes',
  title: '测试笔记',
  description: '仅用于测试的功能模块',
  version: '0.1.0',
  settings: notesSettings,
  permissions: { 'notes.read': '查看测试笔记', 'notes.write': '撰写测试笔记' },
  roles: { editor: { name: '测试笔记编辑', permissions: ['notes.read', 'notes.write'] } },
  contributes: [
    catalogueItemTypes.add({ type: 'fixture-notes.note', label: '测试笔记', metadata: noteMetadata, fieldLabels: { mood: '天气' } }),
  ],
  router: () => import('./router').then((m) => m.notesRouter),
  jobs: {
    async tally({ data, ctx }) {
      fixtureLog.push({ plugin: 'fixture-notes', kind: 'job:tally', divisionCode: data.divisionCode ?? null });
      await ctx.emit('fixture-notes.tallied', data.divisionCode ?? null, { eventId: String(data.eventId ?? '') });
    },
  },
  lifecycle: {
    async onEnable({ divisionCode, ctx }) {
      fixtureLog.push({ plugin: 'fixture-notes', kind: 'onEnable', divisionCode });
      await ctx.emit('fixture-notes.hook', divisionCode, { hook: 'onEnable' });
    },
    async onDisable({ divisionCode, ctx }) {
      fixtureLog.push({ plugin: 'fixture-notes', kind: 'onDisable', divisionCode });
      await ctx.emit('fixture-notes.hook', divisionCode, { hook: 'onDisable' });
    },
  },
  init() {
    fixtureLog.push({ plugin: 'fixture-notes', kind: 'init' });
  },
});

export default notesPlugin;
