// Warnings and their response tasks: raising (automatic or by staff), assigning organisations,
// answering, and the overdue sweep. Notices go to the responsible organisations (MechanismsNotice).
import type { MechanismsOpinionTopic, MechanismsOpinionWarning, MechanismsResponseTask } from '@gongkai/db';
import { levelRank, taskKindLabels, warningLevelLabels, type OpinionSettings, type WarningLevel } from '../../contracts/opinion';
import { chinaTime } from '../domain/opinion/report';
import { answeredOnTime, isMajorEmergency, planTasks } from '../domain/opinion/response';
import type { Ctx } from './context';
import { orgsById } from './organizations';

export const WARNING_EVENT = 'mechanisms.opinion.warning-raised';
export const TASK_OVERDUE_EVENT = 'mechanisms.opinion.tasks-overdue';

interface RaiseOptions { level: WarningLevel; origin: 'auto' | 'manual'; raisedById: string | null; note: string | null; majorEmergency?: boolean }

async function notice(ctx: Ctx, n: { divisionCode: string; organizationId: string | null; subjectType: string; subjectId: string; kind: string; dedupeKey: string; message: string }) {
  await ctx.db.mechanismsNotice.upsert({
    where: { dedupeKey: n.dedupeKey }, update: {},
    create: { ...n, createdAt: ctx.clock.now() },
  });
}

export async function raiseWarning(ctx: Ctx, topic: MechanismsOpinionTopic, o: RaiseOptions, s: OpinionSettings): Promise<MechanismsOpinionWarning> {
  const now = ctx.clock.now();
  const majorEmergency = isMajorEmergency(o.level, o.majorEmergency, s);
  const warning = await ctx.db.mechanismsOpinionWarning.create({
    data: { divisionCode: topic.divisionCode, topicId: topic.id, level: o.level, heat: topic.heat, majorEmergency, origin: o.origin, note: o.note, raisedAt: now, raisedById: o.raisedById },
  });
  if (levelRank(o.level) > levelRank(topic.level)) await ctx.db.mechanismsOpinionTopic.update({ where: { id: topic.id }, data: { level: o.level } });
  await notice(ctx, {
    divisionCode: topic.divisionCode, organizationId: null, subjectType: 'opinion-warning', subjectId: warning.id, kind: 'warning',
    dedupeKey: `opinion-warning:${warning.id}`,
    message: `舆情预警（${warningLevelLabels[o.level]}）：${topic.title}${topic.organizationIds.length ? '' : '。尚未指定责任单位，请尽快指派'}`,
  });
  await createTasks(ctx, warning, topic.organizationIds, s);
  await ctx.emit(WARNING_EVENT, topic.divisionCode, { warningId: warning.id, topicId: topic.id, level: o.level, majorEmergency, origin: o.origin });
  return warning;
}

/** Creates the tasks a warning owes for `organizationIds` (existing ones are kept). */
export async function createTasks(ctx: Ctx, warning: MechanismsOpinionWarning, organizationIds: readonly string[], s: OpinionSettings): Promise<MechanismsResponseTask[]> {
  if (organizationIds.length === 0) return [];
  const orgs = await orgsById(ctx, organizationIds);
  const planned = planTasks(warning.raisedAt, warning.majorEmergency, organizationIds.filter((id) => orgs.has(id)), s);
  const created: MechanismsResponseTask[] = [];
  for (const t of planned) {
    const exists = await ctx.db.mechanismsResponseTask.findUnique({ where: { warningId_organizationId_kind: { warningId: warning.id, organizationId: t.organizationId, kind: t.kind } } });
    if (exists) continue;
    const org = orgs.get(t.organizationId)!;
    const task = await ctx.db.mechanismsResponseTask.create({
      data: { warningId: warning.id, divisionCode: org.divisionCode, warningDivisionCode: warning.divisionCode, organizationId: org.id, kind: t.kind, dueAt: t.dueAt },
    });
    created.push(task);
    await notice(ctx, {
      divisionCode: org.divisionCode, organizationId: org.id, subjectType: 'opinion-task', subjectId: task.id, kind: 'task',
      dedupeKey: `opinion-task:${task.id}:assigned`,
      message: `舆情回应任务：${taskKindLabels[t.kind]}，时限 ${chinaTime(t.dueAt)}`,
    });
  }
  if (created.length && warning.status === 'responded') await ctx.db.mechanismsOpinionWarning.update({ where: { id: warning.id }, data: { status: 'open', onTime: null } });
  return created;
}

/** After a task is answered: a warning whose tasks are all answered becomes 'responded'. */
export async function settleWarning(ctx: Ctx, warningId: string): Promise<void> {
  const tasks = await ctx.db.mechanismsResponseTask.findMany({ where: { warningId, status: { not: 'cancelled' } }, select: { status: true, onTime: true } });
  if (tasks.length === 0 || tasks.some((t) => t.status !== 'answered')) return;
  await ctx.db.mechanismsOpinionWarning.updateMany({
    where: { id: warningId, status: 'open' },
    data: { status: 'responded', onTime: tasks.every((t) => t.onTime === true) },
  });
}

export async function answerTask(ctx: Ctx, task: MechanismsResponseTask, a: { note: string; url: string | null; answeredAt: Date; userId: string }): Promise<MechanismsResponseTask> {
  const onTime = answeredOnTime(a.answeredAt, task.dueAt);
  const updated = await ctx.db.mechanismsResponseTask.update({
    where: { id: task.id },
    data: { status: 'answered', answeredAt: a.answeredAt, answeredById: a.userId, answerNote: a.note, answerUrl: a.url, onTime, overdue: task.overdue || !onTime },
  });
  await settleWarning(ctx, task.warningId);
  return updated;
}

/** Flags open tasks past their deadline and notifies their organisations (idempotent). */
export async function sweepOverdueTasks(ctx: Ctx, divisionCodes: readonly string[]): Promise<number> {
  if (divisionCodes.length === 0) return 0;
  const now = ctx.clock.now();
  const due = await ctx.db.mechanismsResponseTask.findMany({
    where: { status: 'open', overdue: false, dueAt: { lt: now }, warningDivisionCode: { in: [...divisionCodes] } },
    take: 5000,
  });
  for (const t of due) {
    await ctx.db.mechanismsResponseTask.update({ where: { id: t.id }, data: { overdue: true } });
    await notice(ctx, {
      divisionCode: t.divisionCode, organizationId: t.organizationId, subjectType: 'opinion-task', subjectId: t.id, kind: 'overdue',
      dedupeKey: `opinion-task:${t.id}:overdue`,
      message: `舆情回应任务已超过时限（${taskKindLabels[t.kind as keyof typeof taskKindLabels] ?? t.kind}，${chinaTime(t.dueAt)}）`,
    });
  }
  const byDivision = new Map<string, string[]>();
  for (const t of due) byDivision.set(t.warningDivisionCode, [...(byDivision.get(t.warningDivisionCode) ?? []), t.id]);
  for (const [d, ids] of byDivision) await ctx.emit(TASK_OVERDUE_EVENT, d, { count: ids.length, taskIds: ids.slice(0, 200) });
  return due.length;
}
