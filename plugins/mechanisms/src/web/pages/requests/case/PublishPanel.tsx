// After a reply that discloses information: publish the disclosed part to the catalogue, and the
// Art. 44 suggestion when several applicants asked for the same information.
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { Notice, skipToken, useApiMutation, useApiQuery } from '@gongkai/ui';
import { api } from '../../shared/api';
import { ActionForm } from '../../shared/ActionForm';
import { TextAreaField, TextField } from '../../shared/fields';
import { serverErrors } from '../../shared/form-errors';
import { TopicSelect } from '../../shared/TopicSelect';
import type { Case } from './types';

export function PublishPanel({ c }: { c: Case }) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [body, setBody] = useState('');
  const [topic, setTopic] = useState('');
  const disclosed = c.outcomeCode === 'disclose' || c.outcomeCode === 'partial';
  const repeats = useApiQuery(api.requests.repeats, c.status === 'closed' && disclosed ? { id: c.id } : skipToken);
  const m = useApiMutation(api.requests.publishDisclosed);
  const e = serverErrors(m.error);
  if (c.status !== 'closed' || !disclosed) return null;
  return (
    <section aria-labelledby="case-publish">
      <h2 id="case-publish">公开答复内容</h2>
      {repeats.data?.suggested ? (
        <Notice tone="warning" title="建议主动公开">已有 {repeats.data.count} 位申请人申请公开相同的政府信息。依据条例第四十四条，可以纳入主动公开范围。</Notice>
      ) : null}
      {c.publishedItemId ? (
        <p>答复内容已发布到政府信息公开目录：<Link to={`/items/${c.publishedItemId}`}>查看目录信息</Link></p>
      ) : (
        <ActionForm title="发布到政府信息公开目录" titleId={`${id}-t`} pending={m.isPending} submitLabel="发布" formError={e['']}
          intro="予以公开或部分公开的信息，可作为依申请公开的信息发布到目录，供其他公众查阅。发布前请去除个人信息和不予公开的部分。"
          success={m.data ? <>已发布，索引号 {m.data.indexNo}。</> : null}
          onSubmit={() => m.mutate({ id: c.id, title, summary: summary || null, body, topicCode: topic })}>
          <TextField id={`${id}-title`} label="标题" required maxLength={300} value={title} onChange={setTitle} error={e.title} />
          <TextAreaField id={`${id}-summary`} label="摘要" maxLength={2000} value={summary} onChange={setSummary} error={e.summary} />
          <TextAreaField id={`${id}-body`} label="公开内容" required rows={10} maxLength={200000} value={body} onChange={setBody} error={e.body} />
          <TopicSelect id={`${id}-topic`} value={topic} onChange={setTopic} error={e.topicCode} />
        </ActionForm>
      )}
    </section>
  );
}
