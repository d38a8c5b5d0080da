// Shapes returned by the opinion procedures.
import type { MechanismsOpinionItem, MechanismsOpinionSource, MechanismsOpinionTopic, MechanismsOpinionWarning, MechanismsResponseTask } from '@gongkai/db';
import type { SentimentLabel, TaskKind, WarningLevel } from '../../../contracts/opinion';

export const sourceView = (s: MechanismsOpinionSource) => ({
  id: s.id, divisionCode: s.divisionCode, kind: s.kind as 'manual' | 'feed' | 'api', name: s.name, url: s.url, weight: s.weight,
  fetchMinutes: s.fetchMinutes, active: s.active, lastFetchedAt: s.lastFetchedAt, lastStatus: s.lastStatus, lastError: s.lastError, lastItemCount: s.lastItemCount,
});

export const itemView = (i: MechanismsOpinionItem, sourceName?: string) => ({
  id: i.id, topicId: i.topicId, sourceId: i.sourceId, sourceName: sourceName ?? '', title: i.title, content: i.content, url: i.url, author: i.author,
  publishedAt: i.publishedAt, collectedAt: i.collectedAt, reposts: i.reposts, comments: i.comments, likes: i.likes,
  interactions: i.reposts + i.comments + i.likes, keywords: i.keywords, sentiment: i.sentiment, sentimentLabel: i.sentimentLabel as SentimentLabel, heat: i.heat,
});

export const topicView = (t: MechanismsOpinionTopic) => ({
  id: t.id, divisionCode: t.divisionCode, title: t.title, keywords: t.keywords, itemCount: t.itemCount, interactions: t.interactions,
  heat: t.heat, heatTerms: t.heatTerms as Record<string, number>, sentiment: t.sentiment, level: t.level as WarningLevel | null, status: t.status as 'open' | 'closed',
  organizationIds: t.organizationIds, firstSeenAt: t.firstSeenAt, lastSeenAt: t.lastSeenAt,
});

export const taskView = (t: MechanismsResponseTask, orgName?: string) => ({
  id: t.id, warningId: t.warningId, divisionCode: t.divisionCode, organizationId: t.organizationId, organizationName: orgName ?? '',
  kind: t.kind as TaskKind, dueAt: t.dueAt, status: t.status as 'open' | 'answered' | 'cancelled', overdue: t.overdue,
  answeredAt: t.answeredAt, answerNote: t.answerNote, answerUrl: t.answerUrl, onTime: t.onTime,
});

export const warningView = (w: MechanismsOpinionWarning, topicTitle: string, tasks: ReturnType<typeof taskView>[]) => ({
  id: w.id, divisionCode: w.divisionCode, topicId: w.topicId, topicTitle, level: w.level as WarningLevel, heat: w.heat, majorEmergency: w.majorEmergency,
  origin: w.origin as 'auto' | 'manual', note: w.note, status: w.status as 'open' | 'responded' | 'closed', raisedAt: w.raisedAt, closedAt: w.closedAt, onTime: w.onTime,
  /** The earliest deadline among open tasks (null when none is open). */
  nextDueAt: tasks.filter((t) => t.status === 'open').map((t) => t.dueAt).sort((a, b) => a.getTime() - b.getTime())[0] ?? null,
  tasks,
});
