import { cnDate, cnDateTime } from '../../shared/dates';
import type { Case } from './types';

/** Every step of the case in order, marking those the applicant sees on the tracking page. */
export function Timeline({ c }: { c: Case }) {
  return (
    <section aria-labelledby="case-timeline">
      <h2 id="case-timeline">办理过程</h2>
      <ol className="gk-timeline">
        {c.timeline.map((e) => (
          <li key={e.id} style={{ marginBottom: '0.4rem' }}>
            <time dateTime={e.on}>{cnDate(e.on)}</time>{'\u3000'}<strong>{e.label}</strong>
            {e.note ? <>：<span style={{ whiteSpace: 'pre-wrap' }}>{e.note}</span></> : null}
            <span className="gk-field-hint" style={{ display: 'block' }}>
              {e.actorName ? `${e.actorName}，` : ''}记录于 {cnDateTime(e.at)}{e.public ? '；申请人可见' : '；仅内部可见'}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
