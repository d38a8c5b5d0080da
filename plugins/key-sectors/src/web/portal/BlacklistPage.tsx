// 食品药品违法违规企业“黑名单”: search by name or unified social credit code.
import { useId, useState, type FormEvent } from 'react';
import { DataTable, Notice, QueryState, errorMessage, fieldErrorsFrom, skipToken, useApiQuery, usePageTitle, type Column } from '@gongkai/ui';
import { isCreditCode } from '../../contracts/credit-code';
import { ks, useDivisionCode, type Out } from '../api';

type Entry = Out['open']['blacklist']['items'][number];
const columns: Column<Entry>[] = [
  { key: 'enterprise', header: '企业名称', rowHeader: true },
  { key: 'creditCode', header: '统一社会信用代码' },
  { key: 'reason', header: '列入原因' },
  { key: 'listedOn', header: '列入日期' },
  { key: 'removedOn', header: '移出日期', render: (e) => e.removedOn ?? '—' },
  { key: 'removalReason', header: '移出原因', render: (e) => e.removalReason ?? '—' },
  { key: 'authority', header: '认定机关' },
];

export default function BlacklistPage() {
  usePageTitle('食品药品违法违规企业“黑名单”查询');
  const code = useDivisionCode();
  const id = useId();
  const [form, setForm] = useState({ name: '', creditCode: '', status: 'all' as 'all' | 'listed' | 'removed' });
  const [local, setLocal] = useState<string | null>(null);
  const [query, setQuery] = useState<{ name?: string; creditCode?: string; status: 'all' | 'listed' | 'removed' } | null>(null);
  const result = useApiQuery(ks.open.blacklist, query ? { divisionCode: code, ...query } : skipToken);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const cc = form.creditCode.trim().toUpperCase();
    if (cc && !isCreditCode(cc)) { setLocal('统一社会信用代码须为 18 位且校验位正确'); return; }
    setLocal(null);
    setQuery({ ...(form.name.trim() ? { name: form.name.trim() } : {}), ...(cc ? { creditCode: cc } : {}), status: form.status });
  };
  const serverField = fieldErrorsFrom(result.error).creditCode;
  const ccError = local ?? serverField;
  return (
    <>
      <h1>食品药品违法违规企业“黑名单”查询</h1>
      <form className="gk-toolbar" role="search" onSubmit={submit} noValidate>
        <div className="gk-field"><label htmlFor={`${id}-n`}>企业名称</label><input id={`${id}-n`} type="search" maxLength={100} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} /></div>
        <div className="gk-field">
          <label htmlFor={`${id}-c`}>统一社会信用代码</label>
          <input id={`${id}-c`} maxLength={18} value={form.creditCode} aria-invalid={ccError ? true : undefined} aria-describedby={ccError ? `${id}-ce` : undefined} onChange={(e) => setForm({ ...form, creditCode: e.target.value })} />
          {ccError ? <p id={`${id}-ce`} className="gk-field-error">{ccError}</p> : null}
        </div>
        <div className="gk-field"><label htmlFor={`${id}-s`}>状态</label>
          <select id={`${id}-s`} value={form.status} onChange={(e) => setForm({ ...form, status: e.target.value as typeof form.status })}>
            <option value="all">全部</option><option value="listed">在列</option><option value="removed">已移出</option>
          </select>
        </div>
        <button type="submit" className="gk-button">查询</button>
      </form>
      {result.error && !serverField ? <Notice tone="error">{errorMessage(result.error)}</Notice> : null}
      {query ? (
        <QueryState query={result}>
          {(data) => <DataTable caption={`查询结果（共 ${data.total} 条）`} columns={columns} rows={data.items} rowKey={(e) => e.id} empty="未查到符合条件的企业" />}
        </QueryState>
      ) : null}
    </>
  );
}
