// Manual entry of an opinion item seen elsewhere (newspaper, hotline log, a site without a feed).
import { useId, useState } from 'react';
import { useApiMutation } from '@gongkai/ui';
import { api } from '../shared/api';
import { ActionForm } from '../shared/ActionForm';
import { TextAreaField, TextField } from '../shared/fields';
import { serverErrors } from '../shared/form-errors';
import { sentimentLabels } from '../../../contracts/opinion';

export function AddItemForm({ divisionCode }: { divisionCode: string }) {
  const id = useId();
  const empty = { title: '', content: '', url: '', author: '', publishedAt: '', reposts: '0', comments: '0', likes: '0' };
  const [v, setV] = useState(empty);
  const set = (k: keyof typeof empty) => (x: string) => setV((p) => ({ ...p, [k]: x }));
  const m = useApiMutation(api.opinion.addItem, { onSuccess: () => setV(empty) });
  const e = serverErrors(m.error);
  const n = (s: string) => (s.trim() === '' ? 0 : Number(s));
  return (
    <ActionForm title="录入舆情信息" titleId={`${id}-t`} pending={m.isPending} submitLabel="录入" formError={e['']}
      success={m.data ? `已录入，情感倾向：${sentimentLabels[m.data.sentimentLabel]}，关键词：${m.data.keywords.join('、')}${m.data.warningIds.length ? '；已触发预警' : ''}` : undefined}
      onSubmit={() => m.mutate({
        divisionCode, title: v.title, content: v.content, url: v.url || null, author: v.author || null,
        ...(v.publishedAt ? { publishedAt: new Date(v.publishedAt) } : {}), reposts: n(v.reposts), comments: n(v.comments), likes: n(v.likes),
      })}>
      <TextField id={`${id}-title`} label="标题" required maxLength={500} value={v.title} onChange={set('title')} error={e.title} />
      <TextAreaField id={`${id}-content`} label="内容摘要" maxLength={20000} value={v.content} onChange={set('content')} error={e.content} />
      <TextField id={`${id}-url`} label="原文网址" type="url" value={v.url} onChange={set('url')} error={e.url} />
      <TextField id={`${id}-author`} label="作者或账号" maxLength={100} value={v.author} onChange={set('author')} error={e.author} />
      <TextField id={`${id}-at`} label="发布时间" hint="不填则为录入时间" type="datetime-local" value={v.publishedAt} onChange={set('publishedAt')} error={e.publishedAt} />
      <TextField id={`${id}-r`} label="转发数" type="number" min={0} inputMode="numeric" value={v.reposts} onChange={set('reposts')} error={e.reposts} />
      <TextField id={`${id}-c`} label="评论数" type="number" min={0} inputMode="numeric" value={v.comments} onChange={set('comments')} error={e.comments} />
      <TextField id={`${id}-l`} label="点赞数" type="number" min={0} inputMode="numeric" value={v.likes} onChange={set('likes')} error={e.likes} />
    </ActionForm>
  );
}
