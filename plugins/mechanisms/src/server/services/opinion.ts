// The opinion pipeline: an item is scored (keywords, sentiment, heat), clustered into a topic, and
// the topic's heat is recomputed; crossing a higher threshold raises a warning with its tasks.
// Runs inside the caller's transaction; one division is clustered at a time (advisory lock).
import { randomUUID } from 'node:crypto';
import type { MechanismsOpinionSource, MechanismsOpinionTopic } from '@gongkai/db';
import { levelRank, type OpinionSettings } from '../../contracts/opinion';
import { bestTopic, topicKeywords } from '../domain/opinion/cluster';
import { heatOf, itemHeat, levelFor } from '../domain/opinion/heat';
import { keywordsOf } from '../domain/opinion/keywords';
import { sentimentOf } from '../domain/opinion/sentiment';
import type { Ctx } from './context';
import { raiseWarning } from './opinion-warnings';

export interface NewItem {
  externalId?: string;
  title: string;
  content: string;
  url: string | null;
  author: string | null;
  publishedAt?: Date;
  reposts: number;
  comments: number;
  likes: number;
}

export interface IngestResult { created: number; duplicates: number; itemIds: string[]; topicIds: string[]; warningIds: string[] }

const TOPIC_CANDIDATES = 500;
const KEYWORD_HISTORY = 50;

/** Serialises clustering within a division for the rest of the transaction. */
async function lockDivision(ctx: Ctx, divisionCode: string): Promise<void> {
  await ctx.db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`mechanisms:opinion:${divisionCode}`}))`;
}

/** The division's manual-entry source, created on first use. */
export async function manualSource(ctx: Ctx, divisionCode: string): Promise<MechanismsOpinionSource> {
  const found = await ctx.db.mechanismsOpinionSource.findFirst({ where: { divisionCode, kind: 'manual' }, orderBy: { createdAt: 'asc' } });
  return found ?? ctx.db.mechanismsOpinionSource.create({ data: { divisionCode, kind: 'manual', name: '人工录入', weight: 1 } });
}

export async function ingestItems(ctx: Ctx, source: MechanismsOpinionSource, items: NewItem[], s: OpinionSettings, enteredById: string | null): Promise<IngestResult> {
  const divisionCode = source.divisionCode;
  await lockDivision(ctx, divisionCode);
  const now = ctx.clock.now();
  const res: IngestResult = { created: 0, duplicates: 0, itemIds: [], topicIds: [], warningIds: [] };
  const since = new Date(now.getTime() - s.topicWindowDays * 86_400_000);
  const candidates = await ctx.db.mechanismsOpinionTopic.findMany({
    where: { divisionCode, status: 'open', lastSeenAt: { gte: since } },
    select: { id: true, keywords: true, heat: true }, orderBy: { heat: 'desc' }, take: TOPIC_CANDIDATES,
  });
  const touched = new Set<string>();
  const seen = new Set<string>();
  for (const item of items) {
    const externalId = item.externalId ?? `manual:${randomUUID()}`;
    if (seen.has(externalId)) { res.duplicates++; continue; }
    seen.add(externalId);
    const exists = await ctx.db.mechanismsOpinionItem.findUnique({ where: { sourceId_externalId: { sourceId: source.id, externalId } }, select: { id: true } });
    if (exists) { res.duplicates++; continue; }
    const text = `${item.title}。${item.title}。${item.content}`;
    const keywords = keywordsOf(text);
    const sentiment = sentimentOf(`${item.title}。${item.content}`);
    const publishedAt = item.publishedAt && item.publishedAt.getTime() <= now.getTime() ? item.publishedAt : now;
    const interactions = item.reposts + item.comments + item.likes;
    const match = keywords.length ? bestTopic(keywords, candidates, s.clusterSimilarity, s.clusterMinShared) : null;
    let topicId = match?.id;
    if (!topicId) {
      const topic = await ctx.db.mechanismsOpinionTopic.create({
        data: { divisionCode, title: item.title.slice(0, 200), keywords, firstSeenAt: publishedAt, lastSeenAt: publishedAt, organizationIds: [] },
      });
      topicId = topic.id;
      candidates.push({ id: topic.id, keywords, heat: 0 });
    }
    const row = await ctx.db.mechanismsOpinionItem.create({
      data: {
        divisionCode, sourceId: source.id, externalId, title: item.title, content: item.content, url: item.url, author: item.author,
        publishedAt, collectedAt: now, reposts: item.reposts, comments: item.comments, likes: item.likes, keywords,
        sentiment: sentiment.score, sentimentLabel: sentiment.label, heat: itemHeat(interactions, source.weight, s.weights),
        sourceWeight: source.weight, topicId, enteredById,
      },
    });
    if (match) {
      // Keep the candidate's keyword set current for the next items of this batch.
      const kw = await refreshKeywords(ctx, topicId);
      const c = candidates.find((x) => x.id === topicId);
      if (c) c.keywords = kw;
    }
    touched.add(topicId);
    res.created++;
    res.itemIds.push(row.id);
  }
  for (const topicId of touched) {
    const warning = await refreshTopic(ctx, topicId, s);
    if (warning) res.warningIds.push(warning);
  }
  res.topicIds = [...touched];
  return res;
}

export async function refreshKeywords(ctx: Ctx, topicId: string): Promise<string[]> {
  const recent = await ctx.db.mechanismsOpinionItem.findMany({ where: { topicId }, orderBy: { publishedAt: 'desc' }, take: KEYWORD_HISTORY, select: { keywords: true } });
  const keywords = topicKeywords(recent.map((r) => r.keywords));
  await ctx.db.mechanismsOpinionTopic.update({ where: { id: topicId }, data: { keywords } });
  return keywords;
}

interface TopicStats {
  volume: bigint; interactions: bigint | null; recent: bigint; previous: bigint; total: bigint; total_interactions: bigint | null;
  sentiment: number | null; first_seen: Date | null; last_seen: Date | null; source_weight: number | null;
}

/**
 * Recomputes a topic's counts, heat and sentiment as of now; raises an automatic warning when the
 * heat reaches a level above the topic's highest so far. Returns the new warning's id, if any.
 */
export async function refreshTopic(ctx: Ctx, topicId: string, s: OpinionSettings): Promise<string | null> {
  const now = ctx.clock.now();
  const window = new Date(now.getTime() - s.heatWindowHours * 3_600_000);
  const g = s.growthHours * 3_600_000;
  const recentFrom = new Date(now.getTime() - g);
  const previousFrom = new Date(now.getTime() - 2 * g);
  const [st] = await ctx.db.$queryRaw<TopicStats[]>`
    SELECT count(*) FILTER (WHERE published_at >= ${window}) AS volume,
           sum(reposts + comments + likes) FILTER (WHERE published_at >= ${window}) AS interactions,
           count(*) FILTER (WHERE published_at >= ${recentFrom}) AS recent,
           count(*) FILTER (WHERE published_at >= ${previousFrom} AND published_at < ${recentFrom}) AS previous,
           count(*) AS total, sum(reposts + comments + likes) AS total_interactions, avg(sentiment) AS sentiment,
           min(published_at) AS first_seen, max(published_at) AS last_seen,
           (SELECT sum(w) FROM (SELECT DISTINCT ON (source_id) source_weight AS w FROM mechanisms_opinion_item
              WHERE topic_id = ${topicId} AND published_at >= ${window} ORDER BY source_id, published_at DESC) x) AS source_weight
    FROM mechanisms_opinion_item WHERE topic_id = ${topicId}`;
  const topic = await ctx.db.mechanismsOpinionTopic.findUnique({ where: { id: topicId } });
  if (!topic || !st) return null;
  const h = heatOf({
    volume: Number(st.volume), interactions: Number(st.interactions ?? 0), sourceWeight: Number(st.source_weight ?? 0),
    recent: Number(st.recent), previous: Number(st.previous),
  }, s.weights);
  const updated = await ctx.db.mechanismsOpinionTopic.update({
    where: { id: topicId },
    data: {
      itemCount: Number(st.total), interactions: Number(st.total_interactions ?? 0), heat: h.heat, heatTerms: { ...h.terms },
      sentiment: Math.round(Number(st.sentiment ?? 0) * 1000) / 1000,
      ...(st.first_seen ? { firstSeenAt: st.first_seen } : {}), ...(st.last_seen ? { lastSeenAt: st.last_seen } : {}),
    },
  });
  return autoWarn(ctx, updated, s);
}

async function autoWarn(ctx: Ctx, topic: MechanismsOpinionTopic, s: OpinionSettings): Promise<string | null> {
  if (topic.status !== 'open') return null;
  const level = levelFor(topic.heat, s.thresholds);
  if (!level || levelRank(level) <= levelRank(topic.level)) return null;
  const w = await raiseWarning(ctx, topic, { level, origin: 'auto', raisedById: null, note: `热度 ${topic.heat.toFixed(2)} 达到${level === 'red' ? '红色' : level === 'orange' ? '橙色' : level === 'yellow' ? '黄色' : '蓝色'}预警阈值` }, s);
  return w.id;
}
