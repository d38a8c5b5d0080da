// The audit log: filters in the URL (stable, shareable links), and the hash-chain verification
// result stated prominently at the top.
import { useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { DataTable, Notice, QueryState, errorMessage, fieldErrorsFrom, useApiQuery, usePageTitle, type Column } from '@gongkai/ui';
import { api, type Inputs, type Outputs } from '../api';
import { shanghaiDateTime } from '../shared/format';
import { TextField } from '../shared/TextField';
import { useWorkDivision } from './console-division';
import { ChainStatus } from './ChainStatus';

type Row = Outputs['audit']['search']['items'][number];
type Filters = Inputs['audit']['search'];
const outcomes = { ok: '成功', denied: '拒绝', invalid: '输入无效', error: '出错', not_found: '不存在', conflict: '冲突' } as const;
const FIELDS = ['actionPrefix', 'pluginId', 'outcome', 'targetType', 'targetId', 'from', 'to'] as const;
const PAGE_SIZE = 50;

function filtersFrom(params: URLSearchParams, division: string): Filters {
  const f: Record<string, unknown> = { divisionCode: params.get('division') || division, page: Math.max(1, Number(params.get('page')) || 1), pageSize: PAGE_SIZE };
  for (const k of FIELDS) { const v = params.get(k); if (v) f[k] = v; }
  return f as Filters;
}

export default function AuditPage() {
  usePageTitle('审计日志');
  const id = useId();
  const division = useWorkDivision();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params, division);
  const [form, setForm] = useState<Record<string, string>>(() => Object.fromEntries(FIELDS.map((k) => [k, params.get(k) ?? ''])));
  const verify = useApiQuery(api.audit.verify, undefined, { staleTime: 0 });
  const search = useApiQuery(api.audit.search, filters, { placeholderData: (p) => p });
  const errors = fieldErrorsFrom(search.error);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const k of FIELDS) if (form[k]?.trim()) next.set(k, form[k]!.trim());
    setParams(next);
  };
  const setPage = (page: number) => { const next = new URLSearchParams(params); next.set('page', String(page)); setParams(next); };
  const set = (k: string) => (v: string) => setForm({ ...form, [k]: v });

  const columns: Column<Row>[] = [
    { key: 'seq', header: '序号', rowHeader: true },
    { key: 'at', header: '时间', render: (r) => shanghaiDateTime(r.at) },
    { key: 'actor', header: '操作人', render: (r) => (r.actorName ? `${r.actorName}（${r.actorUsername}）` : r.actorKind === 'anonymous' ? '匿名' : r.actorKind) },
    { key: 'action', header: '操作' },
    { key: 'target', header: '对象', render: (r) => (r.targetType ? `${r.targetType}：${r.targetId ?? ''}` : '—') },
    { key: 'divisionCode', header: '地区代码', render: (r) => r.divisionCode ?? '—' },
    { key: 'outcome', header: '结果', render: (r) => outcomes[r.outcome as keyof typeof outcomes] ?? r.outcome },
  ];

  return (
    <>
      <h1>审计日志</h1>
      <section aria-labelledby="verify-title" className="gk-section">
        <h2 id="verify-title">完整性校验</h2>
        {verify.data ? <ChainStatus result={verify.data} /> : verify.error ? <Notice tone="error">{errorMessage(verify.error)}</Notice> : <p role="status">正在校验哈希链…</p>}
        <p><button type="button" className="gk-button-secondary" onClick={() => void verify.refetch()} disabled={verify.isFetching}>{verify.isFetching ? '正在校验…' : '重新校验'}</button></p>
      </section>
      <section aria-labelledby="filter-title" className="gk-section">
        <h2 id="filter-title">筛选</h2>
        <form className="gk-toolbar" onSubmit={apply} aria-label="筛选审计记录">
          <TextField id={`${id}-a`} label="操作（前缀）" hint="如 catalogue、users.grant" value={form.actionPrefix ?? ''} onChange={set('actionPrefix')} error={errors.actionPrefix} maxLength={100} />
          <TextField id={`${id}-p`} label="功能模块" value={form.pluginId ?? ''} onChange={set('pluginId')} error={errors.pluginId} maxLength={64} />
          <div className="gk-field"><label htmlFor={`${id}-o`}>结果</label>
            <select id={`${id}-o`} value={form.outcome ?? ''} onChange={(e) => set('outcome')(e.target.value)}>
              <option value="">全部</option>
              {Object.entries(outcomes).map(([k, l]) => <option key={k} value={k}>{l}</option>)}
            </select>
          </div>
          <TextField id={`${id}-tt`} label="对象类型" value={form.targetType ?? ''} onChange={set('targetType')} error={errors.targetType} maxLength={50} />
          <TextField id={`${id}-ti`} label="对象编号" value={form.targetId ?? ''} onChange={set('targetId')} error={errors.targetId} maxLength={100} />
          <TextField id={`${id}-f`} label="开始日期" type="date" value={form.from ?? ''} onChange={set('from')} error={errors.from} />
          <TextField id={`${id}-t`} label="结束日期" type="date" value={form.to ?? ''} onChange={set('to')} error={errors.to} />
          <div className="gk-form-actions"><button type="submit" className="gk-button">查询</button></div>
        </form>
      </section>
      <QueryState query={search}>
        {(data) => (
          <DataTable caption={`审计记录（共 ${data.total} 条，最新在前）`} columns={columns} rows={data.items} rowKey={(r) => r.seq}
            pagination={{ page: filters.page ?? 1, pageCount: Math.max(1, Math.ceil(data.total / PAGE_SIZE)), onChange: setPage }} empty="没有符合条件的记录" />
        )}
      </QueryState>
    </>
  );
}
