// Loading opinion rows by id with the caller's guard (NOT_FOUND outside the caller's reach).
import { fail, type PluginGuard } from '@gongkai/kernel';
import type { MechanismsOpinionTopic, MechanismsOpinionWarning, MechanismsResponseTask } from '@gongkai/db';
import type { Ctx } from '../../services/context';
import { parseSettings } from '../../services/enabled-divisions';
import type { Settings } from '../../settings';
import { orgsById } from '../../services/organizations';
import { taskView, warningView } from './views';

export async function loadTopic(ctx: Ctx, guard: PluginGuard, id: string): Promise<{ topic: MechanismsOpinionTopic; settings: Settings }> {
  const topic = await ctx.db.mechanismsOpinionTopic.findUnique({ where: { id } });
  if (!topic) throw fail.notFound('舆情专题');
  const settings = parseSettings(await guard.division(topic.divisionCode));
  return { topic, settings };
}

export async function loadWarning(ctx: Ctx, guard: PluginGuard, id: string): Promise<{ warning: MechanismsOpinionWarning; topic: MechanismsOpinionTopic; settings: Settings }> {
  const warning = await ctx.db.mechanismsOpinionWarning.findUnique({ where: { id } });
  if (!warning) throw fail.notFound('舆情预警');
  const settings = parseSettings(await guard.division(warning.divisionCode));
  const topic = (await ctx.db.mechanismsOpinionTopic.findUnique({ where: { id: warning.topicId } }))!;
  return { warning, topic, settings };
}

export async function loadTask(ctx: Ctx, guard: PluginGuard, id: string): Promise<MechanismsResponseTask> {
  const task = await ctx.db.mechanismsResponseTask.findUnique({ where: { id } });
  if (!task) throw fail.notFound('回应任务');
  await guard.division(task.divisionCode, task.organizationId);
  return task;
}

/** Warnings with their tasks and organisation names, for lists and the topic page. */
export async function warningsWithTasks(ctx: Ctx, warnings: MechanismsOpinionWarning[], topicTitles: Map<string, string>) {
  if (warnings.length === 0) return [];
  const tasks = await ctx.db.mechanismsResponseTask.findMany({ where: { warningId: { in: warnings.map((w) => w.id) } }, orderBy: [{ dueAt: 'asc' }, { kind: 'asc' }] });
  const orgs = await orgsById(ctx, tasks.map((t) => t.organizationId));
  return warnings.map((w) => warningView(w, topicTitles.get(w.topicId) ?? '', tasks.filter((t) => t.warningId === w.id).map((t) => taskView(t, orgs.get(t.organizationId)?.name))));
}
