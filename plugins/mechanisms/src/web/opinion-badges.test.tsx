// Warning levels and task states are written out, never shown by colour alone (WCAG 1.4.1).
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { LevelBadge, SentimentBadge, TaskStateBadge } from './pages/opinion/badges';

const now = new Date('2026-11-02T02:00:00Z');
const h = (n: number) => new Date(now.getTime() + n * 3_600_000);

describe('opinion badges', () => {
  it('names each warning level with its grade and colour word', () => {
    render(<>{(['red', 'orange', 'yellow', 'blue'] as const).map((l) => <LevelBadge key={l} level={l} />)}<LevelBadge level={null} /></>);
    for (const text of ['一级（红色）', '二级（橙色）', '三级（黄色）', '四级（蓝色）', '未达预警']) expect(screen.getByText(text)).toBeInTheDocument();
  });

  it('states the time left, overdue, and on-time or late answers in words', () => {
    render(<ul>
      <li><TaskStateBadge status="open" overdue={false} onTime={null} dueAt={h(5)} now={now} /></li>
      <li><TaskStateBadge status="open" overdue={false} onTime={null} dueAt={h(-1)} now={now} /></li>
      <li><TaskStateBadge status="answered" overdue={false} onTime={true} dueAt={h(5)} now={now} /></li>
      <li><TaskStateBadge status="answered" overdue={true} onTime={false} dueAt={h(-5)} now={now} /></li>
      <li><TaskStateBadge status="open" overdue={false} onTime={null} dueAt={h(0.5)} now={now} /></li>
    </ul>);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['剩余 5 小时', '已超时', '按时回应', '逾期回应', '不足 1 小时']);
  });

  it('writes the sentiment and its score', () => {
    render(<SentimentBadge label="negative" score={-0.848} />);
    expect(screen.getByText('负面（-0.85）')).toBeInTheDocument();
  });
});
