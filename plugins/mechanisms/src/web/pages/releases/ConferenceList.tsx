// Console: the press conferences of the division and its subdivisions, newest first, filtered by
// date range, spokesperson and publication; filters and page live in the URL. Unpublished records
// can be published to the portal from here.
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DataTable, QueryState, errorMessage, useApiMutation, useApiQuery, type Column } from '@gongkai/ui';
import { api, type Outputs } from '../shared/api';
import { cnDate } from '../shared/dates';
import { SelectField, TextField } from '../shared/fields';

type Conference = Outputs['releases']['conferences']['items'][number];
type Spokesperson = Outputs['releases']['spokespersons'][number];

const PAGE = 20;
const dateParam = (s: string | null): string => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : '');
const publishedOptions = [{ value: 'yes', label: '已公开' }, { value: 'no', label: '未公开' }];

export function ConferenceList({ division, spokespersons }: { division: string; spokespersons: readonly Spokesperson[] }) {
  const id = useId();
  const [params, setParams] = useSearchParams();
  const from = dateParam(params.get('from'));
  const to = dateParam(params.get('to'));
  const sp = params.get('sp') ?? '';
  const pub = publishedOptions.find((o) => o.value === params.get('pub'))?.value ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const setParam = (k: string, v: string) => setParams((prev) => { const p = new URLSearchParams(prev); if (v) p.set(k, v); else p.delete(k); p.delete('page'); return p; }, { replace: true });
  const hrefFor = (n: number) => { const u = new URLSearchParams(params); u.set('page', String(n)); return `?${u.toString()}`; };
  const input = {
    divisionCode: division, cursor: (page - 1) * PAGE, limit: PAGE,
    ...(from ? { from } : {}), ...(to ? { to } : {}), ...(sp ? { spokespersonId: sp } : {}), ...(pub ? { published: pub === 'yes' } : {}),
  };
  const list = useApiQuery(api.releases.conferences, input, { placeholderData: (p) => p });
  const publish = useApiMutation(api.releases.publishConference);
  const columns: Column<Conference>[] = [
    { key: 'title', header: '发布会名称', rowHeader: true },
    { key: 'heldOn', header: '举行日期', render: (c) => <time dateTime={c.heldOn}>{cnDate(c.heldOn)}</time> },
    { key: 'organizationName', header: '主办机构' },
    { key: 'spokespersons', header: '新闻发言人', render: (c) => c.spokespersons.map((s) => `${s.name}（${s.title}）`).join('、') },
    { key: 'release', header: '相关的主动发布信息', render: (c) => (c.release ? (c.release.catalogueItemId ? <Link to={`/items/${c.release.catalogueItemId}`}>{c.release.title}</Link> : `${c.release.title}（未发布）`) : '') },
    {
      key: 'published', header: '门户公开',
      render: (c) => (c.published ? '已公开' : (
        <button type="button" className="gk-button-link" onClick={() => publish.mutate({ conferenceId: c.id })} disabled={publish.isPending}>公开<span className="gk-visually-hidden">：{c.title}</span></button>
      )),
    },
  ];
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>新闻发布会</h2>
      <div className="gk-toolbar">
        <TextField id={`${id}-from`} label="举行日期从" type="date" value={from} onChange={(v) => setParam('from', v)} />
        <TextField id={`${id}-to`} label="至" type="date" value={to} min={from || undefined} onChange={(v) => setParam('to', v)} />
        <SelectField id={`${id}-sp`} label="新闻发言人" value={sp} onChange={(v) => setParam('sp', v)} placeholder="全部"
          options={spokespersons.map((s) => ({ value: s.id, label: `${s.name}（${s.organizationName}）` }))} />
        <SelectField id={`${id}-pub`} label="门户公开" value={pub} onChange={(v) => setParam('pub', v)} placeholder="全部" options={publishedOptions} />
      </div>
      {publish.error ? <p className="gk-field-error" role="alert">{errorMessage(publish.error)}</p> : null}
      <QueryState query={list}>
        {(r) => (
          <>
            <DataTable caption={`新闻发布会记录（含下级地区，共 ${r.total} 场，按举行日期从近到远）`} columns={columns} rows={r.items} rowKey={(c) => c.id} empty="没有符合条件的新闻发布会记录。" />
            {r.total > PAGE ? (
              <nav className="gk-pager" aria-label="新闻发布会分页">
                <ul>
                  {page > 1 ? <li><Link to={hrefFor(page - 1)} rel="prev">上一页</Link></li> : null}
                  <li><span aria-current="page">第 {page} 页，共 {Math.ceil(r.total / PAGE)} 页</span></li>
                  {r.nextCursor !== null ? <li><Link to={hrefFor(page + 1)} rel="next">下一页</Link></li> : null}
                </ul>
              </nav>
            ) : null}
          </>
        )}
      </QueryState>
    </section>
  );
}
