// Portal: one interpretation in full (text, interview, Q&A or graphic with its text alternative).
import { Link, useParams } from 'react-router';
import { QueryState, useApiQuery, useDivision, usePageTitle } from '@gongkai/ui';
import { api } from '../shared/api';
import { cnDate } from '../shared/dates';

const paragraphs = (text: string) => text.split(/\n{1,}/).map((s) => s.trim()).filter(Boolean);

export default function PublicInterpretationPage() {
  const { id = '' } = useParams();
  const { withDivision } = useDivision();
  const q = useApiQuery(api.interpretation.publicGet, { id });
  usePageTitle(q.data?.title ?? '政策解读');
  return (
    <QueryState query={q}>{(d) => (
      <article>
        <h1>{d.title}</h1>
        <dl className="gk-result-meta">
          <div><dt>解读形式</dt><dd>{d.formLabel}</dd></div>
          <div><dt>解读的文件</dt><dd><Link to={withDivision(`/items/${d.policyItemId}`)}>{d.policyTitle}</Link></dd></div>
          <div><dt>解读机构</dt><dd>{d.organizationName}</dd></div>
          {d.publishedOn ? <div><dt>发布日期</dt><dd><time dateTime={d.publishedOn}>{cnDate(d.publishedOn)}</time></dd></div> : null}
        </dl>
        {d.experts.length ? (
          <section aria-labelledby="experts-h"><h2 id="experts-h">解读专家</h2>
            <ul>{d.experts.map((x) => <li key={x.name}>{x.name}{x.title ? `，${x.title}` : ''}{x.affiliation ? `，${x.affiliation}` : ''}</li>)}</ul>
          </section>
        ) : null}
        {d.summary ? <p><strong>{d.summary}</strong></p> : null}
        {d.form === 'graphic' && d.imageAlt ? (
          <figure>
            {d.imageFileId ? <img src={`/files/${d.imageFileId}`} alt={d.imageAlt} style={{ maxWidth: '100%' }} /> : null}
            <figcaption>{d.imageAlt}</figcaption>
          </figure>
        ) : null}
        <div className="gk-item-body">{paragraphs(d.body).map((p, i) => <p key={i}>{p}</p>)}</div>
        {d.qa.length ? (
          <section aria-labelledby="qa-h"><h2 id="qa-h">问答</h2>
            <dl>{d.qa.map((x, i) => <div key={i}><dt>问：{x.question}</dt><dd>答：{x.answer}</dd></div>)}</dl>
          </section>
        ) : null}
        <p><Link to={withDivision('/interpretations')}>全部政策解读</Link></p>
      </article>
    )}</QueryState>
  );
}
