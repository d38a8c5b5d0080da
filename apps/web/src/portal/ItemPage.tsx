import { Link, useParams } from 'react-router';
import { Notice, errorCode, errorMessage, useApiQuery, useDivision, usePageTitle } from '@gongkai/ui';
import { api, type Outputs } from '../api';
import { Slot } from '../plugin-host/Slot';
import { NotFound } from '../shared/NotFound';
import { fileSize, shanghaiDate } from '../shared/format';
import { searchHref } from './search-params';

type Item = Outputs['catalogue']['item'];

/** The standard metadata table of a 政府信息公开目录 item, then the item type's own fields. */
export function MetadataTable({ item }: { item: Item }) {
  const rows: [string, string][] = [
    ['索引号', item.indexNo ?? '—'],
    ['名称', item.title],
    ['内容概述', item.summary || '—'],
    ['发布机构', item.organizationName],
    ['发文字号', item.docNo ?? '—'],
    ['生成日期', item.generatedOn],
    ['发布日期', shanghaiDate(item.publishedAt)],
    ['主题分类', item.topicPath.replace(/\\/g, ' › ')],
    ['信息类型', item.itemTypeLabel],
    ['公开方式', item.disclosureMode],
    ['有效性', item.validity],
    ['所属地区', item.divisionName],
    ...item.metadataFields.map((f) => [f.label, f.value] as [string, string]),
  ];
  return (
    <table className="gk-meta-table">
      <caption className="gk-visually-hidden">信息元数据</caption>
      <tbody>
        {rows.map(([label, value]) => <tr key={label}><th scope="row">{label}</th><td>{value}</td></tr>)}
      </tbody>
    </table>
  );
}

function Body({ text }: { text: string }) {
  const paragraphs = text.split(/\n{1,}/).map((p) => p.trim()).filter(Boolean);
  return <div className="gk-item-body">{paragraphs.map((p, i) => <p key={i}>{p}</p>)}</div>;
}

export default function ItemPage() {
  const { id = '' } = useParams();
  const { code } = useDivision();
  const item = useApiQuery(api.catalogue.item, { id }, { retry: (n, e) => errorCode(e) !== 'NOT_FOUND' && errorCode(e) !== 'BAD_REQUEST' && n < 2 });
  usePageTitle(item.data?.title ?? (item.error ? '信息不存在' : '政府信息公开'));

  if (item.error) {
    const c = errorCode(item.error);
    if (c === 'NOT_FOUND' || c === 'BAD_REQUEST') return <NotFound />;
    return <Notice tone="error" title="加载失败">{errorMessage(item.error)}</Notice>;
  }
  if (!item.data) return <p className="gk-loading" role="status">正在加载…</p>;
  const d = item.data;
  return (
    <article className="gk-item">
      <nav aria-label="当前位置" className="gk-breadcrumb">
        <ol>
          <li><Link to={searchHref({}, code)}>信息公开目录</Link></li>
          <li><Link to={searchHref({ division: d.divisionCode }, code)}>{d.divisionName}</Link></li>
          <li aria-current="page">{d.title}</li>
        </ol>
      </nav>
      <h1>{d.title}</h1>
      <MetadataTable item={d} />
      <section aria-labelledby="body-title" className="gk-section">
        <h2 id="body-title">正文</h2>
        {d.body === null
          ? <Notice tone="info">本信息属于依申请公开，网上仅提供目录信息。如需获取，请依法提出政府信息公开申请。</Notice>
          : d.body.trim() ? <Body text={d.body} /> : <p>（无正文，详见附件。）</p>}
      </section>
      {d.attachments.length > 0 ? (
        <section aria-labelledby="attachments-title" className="gk-section">
          <h2 id="attachments-title">附件</h2>
          <ul>
            {d.attachments.map((a) => (
              <li key={a.id}><a href={a.url} download={a.fileName}>{a.title}</a>（{a.fileName}，{fileSize(a.size)}）</li>
            ))}
          </ul>
        </section>
      ) : null}
      <Slot name="portal.item.panels" props={{ itemId: d.id, itemType: d.itemType, divisionCode: d.divisionCode }} />
    </article>
  );
}
