// The public tracking view of one request: status, every deadline and how it was computed, and the
// public steps of the case. No personal data reaches this view (the server leaves it out).
import type { TrackView } from '../../../contracts/requests';
import { ClockSteps, stepsFromText } from '../shared/ClockSteps';
import { cnDate } from '../shared/dates';

const PROVISIONAL_NOTE = '所涉年度的法定节假日安排尚未公布，截止日期按周一至周五推算，为暂定日期；安排公布后将自动重新计算。';

export function TrackResult({ view, today }: { view: TrackView; today: string | null }) {
  const closed = view.status === 'closed';
  const overdue = !closed && (view.overdue || (view.dueDate !== null && today !== null && view.dueDate < today));
  return (
    <article aria-labelledby="track-title" className="gk-track">
      <h2 id="track-title">申请编号 {view.number}</h2>
      <table className="gk-meta-table">
        <caption className="gk-visually-hidden">办理概况</caption>
        <tbody>
          <tr><th scope="row">办理状态</th><td><strong>{view.statusLabel}</strong>{overdue ? <> <span className="gk-badge gk-badge-warn">已超过答复期限</span></> : null}</td></tr>
          <tr><th scope="row">受理机关</th><td>{view.organizationName}</td></tr>
          <tr><th scope="row">申请方式</th><td>{view.channel}</td></tr>
          <tr><th scope="row">收到申请日期</th><td><time dateTime={view.receivedOn}>{cnDate(view.receivedOn)}</time></td></tr>
          {!closed ? (
            <tr>
              <th scope="row">答复期限</th>
              <td>
                {view.dueDate ? <time dateTime={view.dueDate}>{cnDate(view.dueDate)}</time> : view.paused ? '期限暂停计算' : '尚未起算'}
                {view.dueDate && view.provisional ? <>（暂定）</> : null}
                {view.paused && view.dueDate ? <>（征求意见期间不计入，期限可能顺延）</> : null}
              </td>
            </tr>
          ) : null}
          {view.outcome ? (
            <tr><th scope="row">办理结果</th><td>{view.outcome.label}{view.outcome.closedOn ? <>（<time dateTime={view.outcome.closedOn}>{cnDate(view.outcome.closedOn)}</time>办结）</> : null}</td></tr>
          ) : null}
          <tr><th scope="row">适用规定</th><td>{view.ruleSet}</td></tr>
        </tbody>
      </table>

      {view.deadlines.length > 0 ? (
        <section aria-labelledby="track-deadlines">
          <h3 id="track-deadlines">期限及其计算</h3>
          <p className="gk-field-hint">期限按工作日计算：收到申请之日不计入，自次日起算；周末和法定节假日不计入，调休上班日计入。</p>
          <ul className="gk-deadlines" style={{ listStyle: 'none', padding: 0 }}>
            {view.deadlines.map((d, i) => (
              <li key={`${d.label}-${i}`} className="gk-card" style={{ marginBottom: '1rem' }}>
                <h4 style={{ margin: '0 0 0.25rem' }}>{d.label}</h4>
                <p style={{ margin: '0 0 0.25rem' }}>
                  截止日期：{d.dueDate ? <strong><time dateTime={d.dueDate}>{cnDate(d.dueDate)}</time></strong> : <strong>待定</strong>}
                  {i === 0 && d.dueDate && view.provisional ? <strong>（暂定）</strong> : null}
                </p>
                {i === 0 && d.dueDate && view.provisional ? <p className="gk-field-hint">{PROVISIONAL_NOTE}</p> : null}
                <ClockSteps steps={stepsFromText(d.explanation)} label={`${d.label}的计算过程`} />
              </li>
            ))}
          </ul>
        </section>
      ) : view.clock.length > 0 ? (
        <section aria-labelledby="track-clock">
          <h3 id="track-clock">答复期限的计算</h3>
          <ClockSteps steps={view.clock} label="答复期限的计算过程" />
        </section>
      ) : null}

      <section aria-labelledby="track-timeline">
        <h3 id="track-timeline">办理过程</h3>
        {view.timeline.length === 0 ? <p>暂无记录。</p> : (
          <ol className="gk-timeline">
            {view.timeline.map((e, i) => (
              <li key={i}><time dateTime={e.on}>{cnDate(e.on)}</time>{'\u3000'}{e.label}{e.note ? <>：{e.note}</> : null}</li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
