// Portal: anyone enters a request number and sees its status and deadlines. The number lives in
// the URL (/requests/track?number=…) so the page can be bookmarked and shared.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Notice, errorCode, errorMessage, skipToken, useApiQuery, usePageTitle } from '@gongkai/ui';
import { api } from '../shared/api';
import { useToday } from '../shared/dates';
import { TextField } from '../shared/fields';
import { TrackResult } from './TrackResult';

const NUMBER = /^[0-9A-Za-z-]{1,40}$/;

export default function TrackPage() {
  usePageTitle('依申请公开办理进度查询');
  const id = useId();
  const [params, setParams] = useSearchParams();
  const current = (params.get('number') ?? '').trim().toUpperCase();
  const [input, setInput] = useState(current);
  const [error, setError] = useState<string | undefined>();
  // Back and forward navigation change the number in the URL: keep the field in step.
  useEffect(() => { setInput(current); }, [current]);
  const valid = NUMBER.test(current);
  const track = useApiQuery(api.requests.track, valid ? { number: current } : skipToken, { retry: false });
  const today = useToday();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = input.trim().toUpperCase();
    if (!n) { setError('请输入申请编号'); return; }
    if (!NUMBER.test(n)) { setError('申请编号由数字、字母和连字符组成，如 2301-2026-000001-AB12'); return; }
    setError(undefined);
    setParams((prev) => { const p = new URLSearchParams(prev); p.set('number', n); return p; });
  };

  return (
    <div className="gk-prose">
      <h1>办理进度查询</h1>
      <p>输入提交申请后获得的申请编号，可查询办理状态、答复期限及其计算方法。查询结果不显示申请人的个人信息。</p>
      <form className="gk-form" role="search" aria-label="按申请编号查询" onSubmit={submit} noValidate>
        <TextField id={`${id}-number`} label="申请编号" hint="如 2301-2026-000001-AB12" value={input} onChange={setInput} error={error}
          required maxLength={40} autoComplete="off" spellCheck={false} />
        <div className="gk-form-actions"><button type="submit" className="gk-button">查询</button></div>
      </form>
      {!valid ? null : track.error ? (
        errorCode(track.error) === 'NOT_FOUND'
          ? <Notice tone="error" title="未找到该申请">请核对申请编号是否完整、正确（含最后四位校验码）。</Notice>
          : <Notice tone="error" title="查询失败">{errorMessage(track.error)}</Notice>
      ) : track.data ? <TrackResult view={track.data} today={today} /> : <p className="gk-loading" role="status">正在查询…</p>}
    </div>
  );
}
