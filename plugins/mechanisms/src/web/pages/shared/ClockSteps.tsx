// How a deadline was computed, step by step: the rule set, the start, the period, extensions,
// excluded consultation time, and the calendar's account of skipped weekends and holidays.

export interface ClockStep { label: string; detail: string }

/** Explanation text "标签：内容\n标签：内容" (as the tracking view sends it) → steps. */
export function stepsFromText(text: string): ClockStep[] {
  return text.split('\n').map((l) => l.trim()).filter(Boolean).map((line) => {
    const at = line.indexOf('：');
    return at > 0 ? { label: line.slice(0, at), detail: line.slice(at + 1) } : { label: '', detail: line };
  });
}

export function ClockSteps({ steps, label }: { steps: readonly ClockStep[]; label: string }) {
  if (steps.length === 0) return null;
  return (
    <dl className="gk-clock-steps" aria-label={label} style={{ margin: '0.5rem 0', display: 'grid', gridTemplateColumns: 'minmax(6em, max-content) 1fr', gap: '0.25rem 1rem' }}>
      {steps.map((s, i) => (
        <div key={i} style={{ display: 'contents' }}>
          <dt style={{ fontWeight: 600 }}>{s.label || '说明'}</dt>
          <dd style={{ margin: 0 }}>{s.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
