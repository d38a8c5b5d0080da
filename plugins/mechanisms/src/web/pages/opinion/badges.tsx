// Written labels for warning levels, sentiment and task states; colour is never the only signal.
import type { CSSProperties } from 'react';
import { sentimentLabels, taskStatusLabels, warningLevelLabels, type SentimentLabel, type WarningLevel } from '../../../contracts/opinion';

const levelStyles: Record<WarningLevel, CSSProperties> = {
  red: { color: '#fff', background: '#b00020', borderColor: '#b00020' },
  orange: { color: '#fff', background: '#a34700', borderColor: '#a34700' },
  yellow: { color: '#3d3000', background: '#ffe680', borderColor: '#7a6400' },
  blue: { color: '#fff', background: '#1d4ed8', borderColor: '#1d4ed8' },
};

export function LevelBadge({ level }: { level: WarningLevel | null }) {
  if (!level) return <span className="gk-badge gk-badge-off">未达预警</span>;
  return <span className="gk-badge" style={{ ...levelStyles[level], fontWeight: 700 }} data-level={level}>{warningLevelLabels[level]}</span>;
}

export function SentimentBadge({ label, score }: { label: SentimentLabel; score?: number }) {
  const cls = label === 'negative' ? 'gk-badge gk-badge-warn' : label === 'positive' ? 'gk-badge gk-badge-ok' : 'gk-badge gk-badge-off';
  return <span className={cls}>{sentimentLabels[label]}{score !== undefined ? `（${score.toFixed(2)}）` : ''}</span>;
}

export function TaskStateBadge({ status, overdue, onTime, dueAt, now }: { status: keyof typeof taskStatusLabels; overdue: boolean; onTime: boolean | null; dueAt: Date; now: Date }) {
  if (status === 'answered') return <span className={onTime ? 'gk-badge gk-badge-ok' : 'gk-badge gk-badge-warn'}>{onTime ? '按时回应' : '逾期回应'}</span>;
  if (status === 'cancelled') return <span className="gk-badge gk-badge-off">已取消</span>;
  if (overdue || dueAt.getTime() < now.getTime()) return <span className="gk-badge gk-badge-warn" style={{ color: '#fff', background: '#b00020', fontWeight: 700 }}>已超时</span>;
  const hours = (dueAt.getTime() - now.getTime()) / 3_600_000;
  return <span className={hours <= 6 ? 'gk-badge gk-badge-warn' : 'gk-badge gk-badge-off'}>{hours < 1 ? '不足 1 小时' : `剩余 ${Math.floor(hours)} 小时`}</span>;
}
