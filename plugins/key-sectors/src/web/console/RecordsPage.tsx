// Console: a sector's records in the working division (drafts included), with publish, withdraw
// and delete, and links to entry and import.
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { DataTable, Notice, QueryState, errorMessage, useApiMutation, useApiQuery, usePageTitle, type Column } from '@gongkai/ui';
import { ks, statusLabel, type Out } from '../api';
import { SectorPicker } from './SectorPicker';
import { useSectorChoice } from './useSectorChoice';

type Row = Out['records']['manageList']['items'][number];
const PAGE_SIZE = 20;

export default function RecordsPage() {
  usePageTitle('重点领域记录');
  const id = useId();
  const { code, sectors, sector, type, choose, params, setParams } = useSectorChoice();
  const [status, setStatus] = useState<'' | Row['status']>('');
  const [withdrawing, setWithdrawing] = useState<{ id: string; reason: string } | null>(null);
  const page = Number(params.get('p')) || 1;
  const list = useApiQuery(ks.records.manageList, { divisionCode: code, sector: sector?.id ?? 'budget', recordType: type?.id, ...(status ? { status } : {}), page, pageSize: PAGE_SIZE }, { enabled: !!sector, placeholderData: (x) => x });
  const publish = useApiMutation(ks.records.publish, { invalidate: [ks.records] });
  const withdraw = useApiMutation(ks.records.withdraw, { invalidate: [ks.records], onSuccess: () => setWithdrawing(null) });
  const remove = useApiMutation(ks.records.remove, { invalidate: [ks.records] });
  const error = publish.error ?? withdraw.error ?? remove.error;
  const columns: Column<Row>[] = [
    { key: 'title', header: '名称', rowHeader: true, render: (r) => <Link to={`/console/key-sectors/records/${r.id}/edit`}>{r.title}</Link> },
    { key: 'status', header: '状态', render: (r) => statusLabel[r.status] },
    { key: 'divisionCode', header: '地区代码' },
    { key: 'invalid', header: '数据校验', render: (r) => (r.invalid ? `不符合当前格式：${r.invalid[0]?.message ?? ''}` : '通过') },
    {
      key: 'actions', header: '操作', render: (r) => (
        <span className="gk-actions">
          {r.status === 'draft' ? <button type="button" className="gk-button" onClick={() => publish.mutate({ id: r.id })}>发布</button> : null}
          {r.status === 'published' ? <button type="button" className="gk-button gk-button-secondary" onClick={() => setWithdrawing({ id: r.id, reason: '' })}>撤回</button> : null}
          {r.status === 'draft' ? <button type="button" className="gk-button gk-button-secondary" onClick={() => remove.mutate({ id: r.id })}>删除草稿</button> : null}
        </span>
      ),
    },
  ];
  return (
    <>
      <h1>重点领域记录</h1>
      <QueryState query={sectors}>
        {(all) => <SectorPicker sectors={all} sector={sector} type={type} choose={choose} />}
      </QueryState>
      <p>
        {sector && type ? <Link className="gk-button" to={`/console/key-sectors/${sector.id}/${type.id}/new`}>录入{type.label}</Link> : null}{' '}
        <Link className="gk-button gk-button-secondary" to={`/console/key-sectors/import?${params}`}>批量导入</Link>{' '}
        <Link className="gk-button gk-button-secondary" to="/console/key-sectors/compliance">公开合规矩阵</Link>
      </p>
      <div className="gk-field"><label htmlFor={`${id}-st`}>状态</label>
        <select id={`${id}-st`} value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
          <option value="">全部</option>{Object.entries(statusLabel).map(([k, l]) => <option key={k} value={k}>{l}</option>)}
        </select>
      </div>
      {error ? <Notice tone="error">{errorMessage(error)}</Notice> : null}
      {withdrawing ? (
        <form className="gk-form" aria-label="撤回记录" onSubmit={(e) => { e.preventDefault(); withdraw.mutate(withdrawing); }}>
          <div className="gk-field"><label htmlFor={`${id}-wr`}>撤回理由</label><input id={`${id}-wr`} required maxLength={500} value={withdrawing.reason} onChange={(e) => setWithdrawing({ ...withdrawing, reason: e.target.value })} /></div>
          <div className="gk-form-actions"><button type="submit" className="gk-button">确认撤回</button> <button type="button" className="gk-button gk-button-secondary" onClick={() => setWithdrawing(null)}>取消</button></div>
        </form>
      ) : null}
      <QueryState query={list}>
        {(data) => (
          <DataTable caption={`${type?.label ?? ''}（共 ${data.total} 条）`} columns={columns} rows={data.items} rowKey={(r) => r.id} empty="暂无记录"
            pagination={{ page, pageCount: Math.max(1, Math.ceil(data.total / PAGE_SIZE)), onChange: (p) => { const n = new URLSearchParams(params); n.set('p', String(p)); setParams(n); } }} />
        )}
      </QueryState>
    </>
  );
}
