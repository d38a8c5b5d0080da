import { describe, expect, it } from 'vitest';
import { chinaTime, esc, renderTopicReport, renderWeeklyReport } from './report';

const at = new Date('2026-11-02T02:00:00Z');

describe('monitoring reports', () => {
  it('escapes every text from the outside world', () => {
    expect(esc(`<script>alert("x")</script>&'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;');
    const html = renderWeeklyReport({
      divisionName: '哈尔滨市', from: '2026-11-02', to: '2026-11-08', generatedAt: at,
      totals: { items: 1, negative: 1, neutral: 0, positive: 0, newTopics: 1, warnings: 0 },
      bySource: [{ name: '<b>论坛</b>', count: 1 }],
      topics: [{ id: 't', title: '<img src=x onerror=alert(1)>', keywords: ['供暖'], itemCount: 1, interactions: 0, heat: 2, sentiment: -0.5, level: null }],
      warnings: [],
      negativeItems: [{ title: '供暖', sourceName: '论坛', publishedAt: at, sentimentLabel: 'negative', sentiment: -0.5, interactions: 0, url: 'https://x.test/?a=1&b="2"' }],
    });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>论坛');
    expect(html).toContain('href="https://x.test/?a=1&amp;b=&quot;2&quot;"');
    expect(html).toContain('负面 1 条（100%）');
  });

  it('states on-time and late answers per task and in total', () => {
    const task = (onTime: boolean) => ({ organizationName: '交通运输局', kind: 'response' as const, dueAt: at, status: 'answered' as const, answeredAt: at, onTime, overdue: !onTime, answerNote: '已回应' });
    const html = renderTopicReport({
      divisionName: '哈尔滨市', generatedAt: at,
      topic: { id: 't', title: '供暖', keywords: ['供暖'], itemCount: 2, interactions: 5, heat: 7.5, sentiment: -0.6, level: 'yellow', firstSeenAt: at, lastSeenAt: at, status: 'open', heatTerms: { volume: 1.1 }, organizations: ['交通运输局'] },
      daily: [{ day: '2026-11-02', count: 2 }], sentiment: { negative: 2, neutral: 0, positive: 0 },
      warnings: [{ topicTitle: '供暖', level: 'yellow', heat: 7.5, majorEmergency: false, raisedAt: at, status: 'responded', tasks: [task(true), task(false)] }],
      items: [],
    });
    expect(html).toContain('按时回应');
    expect(html).toContain('逾期回应');
    expect(html).toContain('已回应 2 项，其中按时回应 1 项（按时率 50%）');
    expect(html).toContain('三级（黄色）');
  });

  it('prints China time', () => {
    expect(chinaTime(new Date('2026-11-02T17:30:00Z'))).toBe('2026-11-03 01:30');
  });
});
