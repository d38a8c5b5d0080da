import { ClockSteps } from '../../shared/ClockSteps';
import { cnDate } from '../../shared/dates';
import { DueBadge } from '../../shared/DueBadge';
import { correctionNoticeDueState, dueState } from '../../shared/due-state';
import type { Case } from './types';

/** The 补正 notice deadline (条例第三十条), its stage and how it was computed. */
function CorrectionNoticeDeadline({ c, today, soonLimit }: { c: Case; today: string | null; soonLimit: string | null }) {
  const cn = c.correctionNotice;
  if (!cn) return null;
  const open = cn.state === 'open';
  return (
    <section aria-labelledby="case-correction-notice">
      <h3 id="case-correction-notice">补正告知期限</h3>
      <p>
        截止日：<strong><time dateTime={cn.dueDate}>{cnDate(cn.dueDate)}</time></strong>{cn.provisional ? <strong>（暂定）</strong> : null}{' '}
        {open ? <DueBadge state={correctionNoticeDueState(cn, c.status, today, soonLimit)} showOnTrack /> : null}
      </p>
      <p>{cn.stateLabel}{open ? '。申请内容不明确的，须在截止日前一次性告知补正；内容明确的，请在“补正、延期”中登记无需补正。' : '。'}</p>
      <ClockSteps steps={c.correctionNoticeSteps} label="补正告知期限的计算过程" />
    </section>
  );
}

/** The reply deadline and how it was computed; the 补正 notice, consultation and payment deadlines beside it. */
export function CaseDeadlines({ c, today, soonLimit }: { c: Case; today: string | null; soonLimit: string | null }) {
  const state = dueState(c, today, soonLimit);
  const openSubtasks = c.subtasks.filter((s) => s.status === 'open');
  const unpaid = c.fees.filter((f) => f.status === 'unpaid');
  return (
    <section aria-labelledby="case-deadlines">
      <h2 id="case-deadlines">期限</h2>
      {c.status === 'closed' ? (
        <p>已于 {cnDate(c.closedOn)} 办结{c.onTime === false ? '（超过答复期限）' : c.onTime ? '（在答复期限内）' : ''}{c.workingDaysTaken !== null ? `，用时 ${c.workingDaysTaken} 个工作日` : ''}。</p>
      ) : (
        <p style={{ fontSize: '1.1rem' }}>
          答复截止日：{c.dueDate ? <strong><time dateTime={c.dueDate}>{cnDate(c.dueDate)}</time></strong> : <strong>{c.paused ? '暂停计算' : '尚未起算'}</strong>}
          {c.dueDate && c.provisional ? <strong>（暂定）</strong> : null} <DueBadge state={state} showOnTrack />
        </p>
      )}
      <p className="gk-field-hint">
        起算日 {cnDate(c.clock.start)}；已延长 {c.clock.extensionDays} 个工作日；延迟答复 {c.clock.delayDays} 个工作日；不计入期限 {c.clock.excludedDays} 个工作日。
      </p>
      <h3>计算过程</h3>
      <ClockSteps steps={c.clock.steps} label="答复期限的计算过程" />
      {c.status !== 'closed' ? <CorrectionNoticeDeadline c={c} today={today} soonLimit={soonLimit} /> : null}
      {openSubtasks.length + unpaid.length > 0 ? (
        <>
          <h3>其他期限</h3>
          <ul>
            {openSubtasks.map((s) => (
              <li key={s.id}>
                {s.kind === 'coordination' ? '协办意见' : s.kind === 'organ' ? '其他机关意见' : '第三方意见'}（{s.targetName}）：{cnDate(s.dueDate)}{s.provisional ? '（暂定）' : ''}{' '}
                <DueBadge state={dueState({ status: s.status, dueDate: s.dueDate, overdue: s.overdue }, today, soonLimit)} />
              </li>
            ))}
            {unpaid.map((f) => <li key={f.id}>信息处理费缴费期限：{cnDate(f.payBy)}（逾期未缴视为放弃申请）</li>)}
          </ul>
        </>
      ) : null}
    </section>
  );
}
