// Console: the division's requests in deadline order (overdue first). Filters live in the URL.
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Pager, QueryState, useApiQuery, useDivision, usePageTitle } from '@gongkai/ui';
import { requestStatusLabels, requestStatuses, type RequestStatus } from '../../../contracts/vocabulary';
import { api } from '../shared/api';
import { useDivisionName } from '../shared/division';
import { CheckboxField, SelectField } from '../shared/fields';
import { useDueHorizon } from '../shared/use-due-horizon';
import { QueueTable } from './QueueTable';

const PAGE = 50;
type StatusFilter = RequestStatus | 'open';
const statusOptions = [{ value: 'open', label: '全部未办结' }, ...requestStatuses.map((s) => ({ value: s, label: requestStatusLabels[s] }))];

export default function QueuePage() {
  usePageTitle('依申请公开办理');
  const id = useId();
  const { code } = useDivision();
  const division = code ?? '';
  const name = useDivisionName(code);
  const [params, setParams] = useSearchParams();
  const status = (statusOptions.some((o) => o.value === params.get('status')) ? params.get('status') : 'open') as StatusFilter;
  const overdueOnly = params.get('overdue') === '1';
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const set = (k: string, v: string | null) => setParams((prev) => {
    const p = new URLSearchParams(prev);
    if (v) p.set(k, v); else p.delete(k);
    if (k !== 'page') p.delete('page');
    return p;
  });
  const queue = useApiQuery(api.requests.queue, { divisionCode: division, status, overdueOnly, q: q || undefined, cursor: (page - 1) * PAGE, limit: PAGE }, { placeholderData: (prev) => prev, enabled: !!division });
  const { today, soonLimit } = useDueHorizon();
  return (
    <>
      <h1>依申请公开办理</h1>
      <p><Link to="/console/mechanisms/requests/new" className="gk-button">登记申请</Link>{'\u3000'}<Link to="/console/mechanisms/subtasks">协办和征求意见事项</Link></p>
      <form className="gk-toolbar" role="search" aria-label="筛选申请" onSubmit={(e) => e.preventDefault()}>
        <SelectField id={`${id}-status`} label="办理状态" value={status} onChange={(v) => set('status', v === 'open' ? null : v)} options={statusOptions} />
        <div className="gk-field">
          <label htmlFor={`${id}-q`}>编号、申请人或内容</label>
          <input id={`${id}-q`} type="search" maxLength={100} defaultValue={q} onKeyDown={(e) => { if (e.key === 'Enter') set('q', (e.target as HTMLInputElement).value.trim() || null); }} onBlur={(e) => set('q', e.target.value.trim() || null)} />
        </div>
        <CheckboxField id={`${id}-overdue`} label="只看已逾期" checked={overdueOnly} onChange={(v) => set('overdue', v ? '1' : null)} />
      </form>
      <QueryState query={queue}>
        {(data) => (
          <>
            <QueueTable rows={data.items} today={today} soonLimit={soonLimit} caseHref={(rid) => `/console/mechanisms/requests/${rid}`}
              caption={`${name ?? division}的申请（${statusOptions.find((o) => o.value === status)?.label}，按答复期限排序，共 ${data.total} 件）`} />
            <Pager page={page} pageCount={Math.max(1, Math.ceil(data.total / PAGE))} hrefFor={(p) => { const u = new URLSearchParams(params); u.set('page', String(p)); return `?${u.toString()}`; }} />
          </>
        )}
      </QueryState>
    </>
  );
}
