// Console: one request — what was asked, the deadline and how it was computed, the timeline,
// sub-tasks, 补正/extension/delay, fees, the reply with its letter, publication and reviews.
import { Link, useParams } from 'react-router';
import { Notice, QueryState, errorCode, skipToken, useApiQuery, usePageTitle } from '@gongkai/ui';
import { api } from '../shared/api';
import { DueBadge } from '../shared/DueBadge';
import { caseDeadline, dueState } from '../shared/due-state';
import { useDueHorizon } from '../shared/use-due-horizon';
import { CaseDeadlines } from './case/CaseDeadlines';
import { CaseSummary } from './case/CaseSummary';
import { ClockActions } from './case/ClockActions';
import { FeesPanel } from './case/FeesPanel';
import { LettersPanel } from './case/LettersPanel';
import { PublishPanel } from './case/PublishPanel';
import { ReplyPanel } from './case/ReplyPanel';
import { ReviewsPanel } from './case/ReviewsPanel';
import { SubtasksPanel } from './case/SubtasksPanel';
import { Timeline } from './case/Timeline';

const sections = [
  ['case-summary', '申请信息'], ['case-deadlines', '期限'], ['case-timeline', '办理过程'], ['case-subtasks', '协办和征求意见'],
  ['case-clock-actions', '补正、延期'], ['case-fees', '信息处理费'], ['case-reply', '答复'], ['case-letters', '告知书'], ['case-reviews', '复议和诉讼'],
] as const;

export default function CasePage() {
  const { id } = useParams();
  const c = useApiQuery(api.requests.get, id ? { id } : skipToken, { retry: false });
  const { today, soonLimit } = useDueHorizon();
  usePageTitle(c.data ? `申请 ${c.data.number}` : '申请办理');
  if (c.error && errorCode(c.error) === 'NOT_FOUND') {
    return <><h1>申请办理</h1><Notice tone="error" title="未找到该申请">该申请不存在，或不在您的办理范围内。<Link to="/console/mechanisms/requests">返回申请列表</Link></Notice></>;
  }
  return (
    <QueryState query={c}>
      {(r) => (
        <>
          <nav aria-label="面包屑" className="gk-breadcrumb"><ol><li><Link to="/console/mechanisms/requests">依申请公开办理</Link></li><li aria-current="page">{r.number}</li></ol></nav>
          <h1>申请 {r.number}</h1>
          <p><strong>{r.statusLabel}</strong> <DueBadge state={dueState(caseDeadline(r), today, soonLimit)} /></p>
          <nav aria-label="本页内容"><ul style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1rem', listStyle: 'none', padding: 0 }}>
            {sections.filter(([sid]) => r.status !== 'closed' || (sid !== 'case-clock-actions')).map(([sid, label]) => <li key={sid}><a href={`#${sid}`}>{label}</a></li>)}
          </ul></nav>
          <CaseSummary c={r} />
          <CaseDeadlines c={r} today={today} soonLimit={soonLimit} />
          <Timeline c={r} />
          {today ? (
            <>
              <SubtasksPanel c={r} today={today} soonLimit={soonLimit} />
              <ClockActions c={r} today={today} />
              <FeesPanel c={r} today={today} />
              <div id="case-reply">
                {r.status === 'closed'
                  ? <section aria-labelledby="case-reply-done"><h2 id="case-reply-done">答复</h2><p>{r.statusLabel}。{r.outcomeReason ? `理由：${r.outcomeReason}` : ''}{r.legalBasis ? `（依据：${r.legalBasis}）` : ''}</p>{r.transferBody ? <p>负责机关：{r.transferBody}{r.transferContact ? `（${r.transferContact}）` : ''}</p> : null}</section>
                  : <ReplyPanel c={r} today={today} />}
              </div>
              <LettersPanel c={r} />
              <PublishPanel c={r} />
              <ReviewsPanel c={r} today={today} />
            </>
          ) : <p className="gk-loading" role="status">正在加载…</p>}
        </>
      )}
    </QueryState>
  );
}
