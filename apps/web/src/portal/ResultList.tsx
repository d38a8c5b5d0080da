import { Fragment } from 'react';
import { Link } from 'react-router';
import { useDivision } from '@gongkai/ui';
import type { Outputs } from '../api';
import { shanghaiDate } from '../shared/format';

type Hit = Outputs['catalogue']['search']['items'][number];

/** Marks the search tokens in a title. */
export function highlight(text: string, tokens: readonly string[]) {
  const terms = [...new Set(tokens.filter((t) => t.trim().length > 0))].sort((a, b) => b.length - a.length);
  if (terms.length === 0) return text;
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parts = text.split(new RegExp(`(${escaped.join('|')})`, 'g'));
  return parts.map((p, i) => (terms.includes(p) ? <mark key={i}>{p}</mark> : <Fragment key={i}>{p}</Fragment>));
}

export function ResultList({ items, tokens = [], headingLevel = 2 }: { items: Hit[]; tokens?: readonly string[]; headingLevel?: 2 | 3 }) {
  const { withDivision } = useDivision();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ol className="gk-results">
      {items.map((item) => (
        <li key={item.id} className="gk-result">
          <H className="gk-result-title"><Link to={withDivision(`/items/${item.id}`)}>{highlight(item.title, tokens)}</Link></H>
          {item.summary ? <p className="gk-result-summary">{item.summary}</p> : null}
          <dl className="gk-result-meta">
            <div><dt>索引号</dt><dd>{item.indexNo ?? '—'}</dd></div>
            <div><dt>发布机构</dt><dd>{item.organizationName}</dd></div>
            <div><dt>生成日期</dt><dd>{item.generatedOn}</dd></div>
            <div><dt>发布日期</dt><dd>{shanghaiDate(item.publishedAt)}</dd></div>
            {item.docNo ? <div><dt>发文字号</dt><dd>{item.docNo}</dd></div> : null}
          </dl>
        </li>
      ))}
    </ol>
  );
}
