import { useId, useState } from 'react';
import { Link } from 'react-router';
import { DataTable, QueryState, useApiQuery, usePageTitle, type Column } from '@gongkai/ui';
import { api, type Outputs } from '../api';
import { hasPermission, useMe } from '../session/session';
import { useDivisionName } from '../shared/division-name';
import { shanghaiDateTime } from '../shared/format';
import { useWorkDivision } from './console-division';

type Row = Outputs['catalogue']['list']['items'][number];
const statusLabel = { draft: '草稿', published: '已发布', withdrawn: '已撤回' } as const;
const PAGE_SIZE = 20;

export default function CataloguePage() {
  usePageTitle('目录管理');
  const me = useMe().data;
  const division = useWorkDivision();
  const name = useDivisionName(division) ?? division;
  const id = useId();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<'' | keyof typeof statusLabel>('');
  const [page, setPage] = useState(1);
  const list = useApiQuery(api.catalogue.list, { q, divisionCode: division, ...(status ? { status } : {}), page, pageSize: PAGE_SIZE }, { placeholderData: (p) => p });
  const columns: Column<Row>[] = [
    { key: 'title', header: '名称', rowHeader: true, render: (r) => <Link to={`/console/catalogue/${r.id}`}>{r.title}</Link> },
    { key: 'status', header: '状态', render: (r) => statusLabel[r.status as keyof typeof statusLabel] ?? r.status },
    { key: 'indexNo', header: '索引号', render: (r) => r.indexNo ?? '—' },
    { key: 'divisionCode', header: '地区代码' },
    { key: 'updatedAt', header: '更新时间', render: (r) => shanghaiDateTime(r.updatedAt) },
  ];
  return (
    <>
      <h1>目录管理</h1>
      {hasPermission(me, 'kernel.catalogue.edit') ? <p><Link className="gk-button" to="/console/catalogue/new">新建信息</Link></p> : null}
      <div className="gk-toolbar">
        <div className="gk-field"><label htmlFor={`${id}-q`}>按名称、索引号或文号查找</label><input id={`${id}-q`} type="search" value={q} maxLength={100} onChange={(e) => { setQ(e.target.value); setPage(1); }} /></div>
        <div className="gk-field"><label htmlFor={`${id}-s`}>状态</label>
          <select id={`${id}-s`} value={status} onChange={(e) => { setStatus(e.target.value as typeof status); setPage(1); }}>
            <option value="">全部</option>
            {Object.entries(statusLabel).map(([k, l]) => <option key={k} value={k}>{l}</option>)}
          </select>
        </div>
      </div>
      <QueryState query={list}>
        {(data) => (
          <DataTable caption={`${name}及下级的目录信息（共 ${data.total} 条）`} columns={columns} rows={data.items} rowKey={(r) => r.id}
            pagination={{ page, pageCount: Math.max(1, Math.ceil(data.total / PAGE_SIZE)), onChange: setPage }} empty="暂无信息" />
        )}
      </QueryState>
    </>
  );
}
