// Gathers the data of the monitoring reports (weekly and per topic) and renders them as HTML.
import type { MechanismsOpinionTopic, MechanismsOpinionWarning } from '@gongkai/db';
import type { SentimentLabel, TaskKind, WarningLevel } from '../../contracts/opinion';
import { renderTopicReport, renderWeeklyReport, type ReportItem, type ReportTopic, type ReportWarning } from '../domain/opinion/report';
import type { Ctx } from './context';
import { orgsById } from './organizations';

const CHINA = 8 * 3_600_000;

/** Monday and Sunday ('YYYY-MM-DD') of the week containing `day`, and its bounds as instants. */
export function weekOf(day: string): { from: string; to: string; start: Date; end: Date } {
  const d = new Date(`${day}T00:00:00Z`);
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  return { from: monday.toISOString().slice(0, 10), to: sunday.toISOString().slice(0, 10), start: new Date(monday.getTime() - CHINA), end: new Date(monday.getTime() + 7 * 86_400_000 - CHINA) };
}

async function divisionName(ctx: Ctx, code: string): Promise<string> {
  return (await ctx.kernel.identity.divisions(ctx.tx, [code]))[0]?.name ?? code;
}

const reportTopic = (t: MechanismsOpinionTopic, over?: { itemCount: number; interactions: number }): ReportTopic => ({
  id: t.id, title: t.title, keywords: t.keywords, itemCount: over?.itemCount ?? t.itemCount, interactions: over?.interactions ?? t.interactions,
  heat: t.heat, sentiment: t.sentiment, level: t.level as WarningLevel | null,
});

async function reportWarnings(ctx: Ctx, warnings: MechanismsOpinionWarning[], titles: Map<string, string>): Promise<ReportWarning[]> {
  if (!warnings.length) return [];
  const tasks = await ctx.db.mechanismsResponseTask.findMany({ where: { warningId: { in: warnings.map((w) => w.id) }, status: { not: 'cancelled' } }, orderBy: { dueAt: 'asc' } });
  const orgs = await orgsById(ctx, tasks.map((t) => t.organizationId));
  return warnings.map((w) => ({
    topicTitle: titles.get(w.topicId) ?? '', level: w.level as WarningLevel, heat: w.heat, majorEmergency: w.majorEmergency, raisedAt: w.raisedAt,
    status: w.status as ReportWarning['status'],
    tasks: tasks.filter((t) => t.warningId === w.id).map((t) => ({
      organizationName: orgs.get(t.organizationId)?.name ?? '', kind: t.kind as TaskKind, dueAt: t.dueAt, status: t.status as 'open' | 'answered',
      answeredAt: t.answeredAt, onTime: t.onTime, overdue: t.overdue || (t.status === 'open' && t.dueAt.getTime() < ctx.clock.now().getTime()), answerNote: t.answerNote,
    })),
  }));
}

async function reportItems(ctx: Ctx, where: Parameters<Ctx['db']['mechanismsOpinionItem']['findMany']>[0]): Promise<ReportItem[]> {
  const rows = await ctx.db.mechanismsOpinionItem.findMany(where);
  const sources = await ctx.db.mechanismsOpinionSource.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.sourceId))] } }, select: { id: true, name: true } });
  const names = new Map(sources.map((s) => [s.id, s.name]));
  return rows.map((r) => ({ title: r.title, sourceName: names.get(r.sourceId) ?? '', publishedAt: r.publishedAt, sentimentLabel: r.sentimentLabel as SentimentLabel, sentiment: r.sentiment, interactions: r.reposts + r.comments + r.likes, url: r.url }));
}

export async function weeklyReport(ctx: Ctx, divisionCode: string, day: string): Promise<{ title: string; html: string; fileName: string }> {
  const w = weekOf(day);
  const inWeek = { divisionCode, publishedAt: { gte: w.start, lt: w.end } };
  const bySentiment = await ctx.db.mechanismsOpinionItem.groupBy({ by: ['sentimentLabel'], where: inWeek, _count: { _all: true } });
  const counts = { negative: 0, neutral: 0, positive: 0 };
  for (const s of bySentiment) counts[s.sentimentLabel as SentimentLabel] = s._count._all;
  const bySourceRows = await ctx.db.mechanismsOpinionItem.groupBy({ by: ['sourceId'], where: inWeek, _count: { _all: true } });
  const sourceNames = await ctx.db.mechanismsOpinionSource.findMany({ where: { id: { in: bySourceRows.map((r) => r.sourceId) } }, select: { id: true, name: true } });
  const sn = new Map(sourceNames.map((s) => [s.id, s.name]));
  const topicStats = await ctx.db.$queryRaw<{ topic_id: string; n: bigint; inter: bigint }[]>`
    SELECT topic_id, count(*) AS n, sum(reposts + comments + likes) AS inter FROM mechanisms_opinion_item
    WHERE division_code = ${divisionCode} AND published_at >= ${w.start} AND published_at < ${w.end} AND topic_id IS NOT NULL GROUP BY topic_id`;
  const topicRows = await ctx.db.mechanismsOpinionTopic.findMany({ where: { id: { in: topicStats.map((t) => t.topic_id) } } });
  const stat = new Map(topicStats.map((t) => [t.topic_id, { itemCount: Number(t.n), interactions: Number(t.inter) }]));
  const topics = topicRows.map((t) => reportTopic(t, stat.get(t.id))).sort((a, b) => b.heat - a.heat || b.itemCount - a.itemCount).slice(0, 20);
  const newTopics = await ctx.db.mechanismsOpinionTopic.count({ where: { divisionCode, firstSeenAt: { gte: w.start, lt: w.end } } });
  const warnings = await ctx.db.mechanismsOpinionWarning.findMany({ where: { divisionCode, raisedAt: { gte: w.start, lt: w.end } }, orderBy: { raisedAt: 'asc' } });
  const wTopics = await ctx.db.mechanismsOpinionTopic.findMany({ where: { id: { in: warnings.map((x) => x.topicId) } }, select: { id: true, title: true } });
  const name = await divisionName(ctx, divisionCode);
  const html = renderWeeklyReport({
    divisionName: name, from: w.from, to: w.to, generatedAt: ctx.clock.now(),
    totals: { items: counts.negative + counts.neutral + counts.positive, ...counts, newTopics, warnings: warnings.length },
    bySource: bySourceRows.map((r) => ({ name: sn.get(r.sourceId) ?? '', count: r._count._all })).sort((a, b) => b.count - a.count),
    topics,
    warnings: await reportWarnings(ctx, warnings, new Map(wTopics.map((t) => [t.id, t.title]))),
    negativeItems: await reportItems(ctx, { where: { ...inWeek, sentimentLabel: 'negative' }, orderBy: [{ heat: 'desc' }, { publishedAt: 'desc' }], take: 20 }),
  });
  return { title: `${name}舆情监测周报（${w.from}至${w.to}）`, html, fileName: `舆情监测周报-${divisionCode}-${w.from}.html` };
}

export async function topicReport(ctx: Ctx, topic: MechanismsOpinionTopic): Promise<{ title: string; html: string; fileName: string }> {
  const daily = await ctx.db.$queryRaw<{ day: string; count: bigint }[]>`
    SELECT to_char(published_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day, count(*) AS count
    FROM mechanisms_opinion_item WHERE topic_id = ${topic.id} GROUP BY 1 ORDER BY 1`;
  const bySentiment = await ctx.db.mechanismsOpinionItem.groupBy({ by: ['sentimentLabel'], where: { topicId: topic.id }, _count: { _all: true } });
  const sentiment = { negative: 0, neutral: 0, positive: 0 };
  for (const s of bySentiment) sentiment[s.sentimentLabel as SentimentLabel] = s._count._all;
  const warnings = await ctx.db.mechanismsOpinionWarning.findMany({ where: { topicId: topic.id }, orderBy: { raisedAt: 'asc' } });
  const orgs = await orgsById(ctx, topic.organizationIds);
  const html = renderTopicReport({
    divisionName: await divisionName(ctx, topic.divisionCode), generatedAt: ctx.clock.now(),
    topic: { ...reportTopic(topic), firstSeenAt: topic.firstSeenAt, lastSeenAt: topic.lastSeenAt, status: topic.status, heatTerms: topic.heatTerms as Record<string, number>, organizations: topic.organizationIds.map((id) => orgs.get(id)?.name ?? '') },
    daily: daily.map((d) => ({ day: d.day, count: Number(d.count) })), sentiment,
    warnings: await reportWarnings(ctx, warnings, new Map([[topic.id, topic.title]])),
    items: await reportItems(ctx, { where: { topicId: topic.id }, orderBy: { publishedAt: 'desc' }, take: 200 }),
  });
  return { title: `舆情专题报告：${topic.title}`, html, fileName: `舆情专题报告-${topic.id}.html` };
}
