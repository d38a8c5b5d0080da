import type { CSSProperties } from 'react';
import { dueStateLabels, type DueState } from './due-state';

// Colour is never the only signal: every state is also written out (WCAG 1.4.1).
const styles: Partial<Record<DueState, CSSProperties>> = {
  overdue: { color: '#fff', background: '#b00020', borderColor: '#b00020', fontWeight: 700 },
  'due-soon': { color: '#5c3200', background: '#fff4d6', borderColor: '#8a4b00', fontWeight: 700 },
};

/** A short written label of a deadline's state ("已逾期", "即将到期"…); nothing when on track. */
export function DueBadge({ state, showOnTrack = false }: { state: DueState; showOnTrack?: boolean }) {
  if (state === 'on-track' && !showOnTrack) return null;
  const cls = state === 'overdue' || state === 'due-soon' ? 'gk-badge gk-badge-warn' : state === 'closed' ? 'gk-badge gk-badge-ok' : 'gk-badge gk-badge-off';
  return <span className={cls} style={styles[state]} data-due-state={state}>{dueStateLabels[state]}</span>;
}
