// Portal: one of the applicant's own requests, with the letters issued to them.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Notice, QueryState, skipToken, useApiQuery, useDivision, usePageTitle } from '@gongkai/ui';
import { api } from '../shared/api';
import { cnDate, useToday } from '../shared/dates';
import { LetterViewer } from '../shared/LetterViewer';
import { TrackResult } from './TrackResult';

function Letter({ letterId }: { letterId: string }) {
  const letter = useApiQuery(api.requests.myLetter, { letterId });
  return <QueryState query={letter}>{(l) => <LetterViewer letter={l} />}</QueryState>;
}

export default function MyRequestPage() {
  const { id } = useParams();
  const { withDivision } = useDivision();
  const today = useToday();
  const req = useApiQuery(api.requests.myRequest, id ? { id } : skipToken, { retry: false });
  const [open, setOpen] = useState<string | null>(null);
  usePageTitle(req.data ? `申请 ${req.data.number}` : '我的申请');
  return (
    <div className="gk-prose">
      <nav aria-label="面包屑" className="gk-breadcrumb"><ol><li><Link to={withDivision('/requests/mine')}>我的申请</Link></li><li aria-current="page">申请详情</li></ol></nav>
      <h1>申请详情</h1>
      <QueryState query={req}>
        {(r) => (
          <>
            <h2>申请内容</h2>
            <p style={{ whiteSpace: 'pre-wrap' }}>{r.description}</p>
            <TrackResult view={r} today={today} />
            <section aria-labelledby="my-letters">
              <h2 id="my-letters">告知书</h2>
              {r.letters.length === 0 ? <p>尚未出具告知书。</p> : (
                <ul>
                  {r.letters.map((l) => (
                    <li key={l.id}>
                      {l.title}（{cnDate(l.issuedOn)}）{' '}
                      <button type="button" className="gk-button-link" aria-expanded={open === l.id} onClick={() => setOpen(open === l.id ? null : l.id)}>{open === l.id ? '收起' : '查看'}<span className="gk-visually-hidden">{l.title}</span></button>
                      {open === l.id ? <Letter letterId={l.id} /> : null}
                    </li>
                  ))}
                </ul>
              )}
              <Notice tone="info">对答复不服的，可以依法申请行政复议或者提起行政诉讼，具体途径和期限见告知书。</Notice>
            </section>
          </>
        )}
      </QueryState>
    </div>
  );
}
