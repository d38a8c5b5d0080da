// One sector: its record types, a search over published records, and the sector's charts.
import { useId, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { DataTable, QueryState, useApiQuery, useDivision, usePageTitle, type Column } from '@gongkai/ui';
import { ks, useDivisionCode, type RecordItem } from '../api';
import { display, labelOf, valueAt, type SchemaNode } from '../components/format';
import { SectorChart } from '../components/SectorChart';

const PAGE_SIZE = 20;

export default function SectorPage() {
  const { sector = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const code = useDivisionCode();
  const { withDivision } = useDivision();
  const id = useId();
  const sectors = useApiQuery(ks.sectors.list, { divisionCode: code });
  const s = sectors.data?.find((x) => x.id === sector);
  usePageTitle(s?.label ?? '重点领域');
  const typeId = params.get('t') ?? s?.recordTypes.find((r) => r.catalogue)?.id ?? s?.recordTypes[0]?.id;
  const rt = s?.recordTypes.find((r) => r.id === typeId);
  const [q, setQ] = useState(params.get('q') ?? '');
  const year = Number(params.get('y')) || undefined;
  const page = Number(params.get('p')) || 1;
  const list = useApiQuery(ks.records.list, { divisionCode: code, sector, recordType: typeId, q: params.get('q') || undefined, year, page, pageSize: PAGE_SIZE }, { enabled: !!rt, placeholderData: (x) => x });
  if (sectors.data && !s) return <><h1>重点领域</h1><p>本地区未公开“{sector}”领域的信息。</p></>;
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) { if (v) next.set(k, v); else next.delete(k); }
    setParams(next);
  };
  const schema = (rt?.jsonSchema ?? {}) as SchemaNode;
  const columns: Column<RecordItem>[] = [
    { key: 'title', header: '名称', rowHeader: true, render: (r) => <Link to={withDivision(`/key-sectors/${sector}/records/${r.id}`)}>{r.title}</Link> },
    ...(rt?.list ?? []).filter((c) => c.field !== '$title').slice(0, 4).map((c) => ({ key: c.field, header: labelOf(schema, c.field, c.label), render: (r: RecordItem) => display(valueAt(r.data, c.field)) })),
  ];
  const overview = s?.charts.filter((c) => c.recordType === typeId && !c.needs.record && !c.needs.subjectKey && !c.needs.range) ?? [];
  return (
    <QueryState query={sectors}>
      {() => (
        <>
          <h1>{s!.label}</h1>
          <p>{s!.description}</p>
          <nav aria-label="记录类型"><ul className="gk-tabs">
            {s!.recordTypes.map((r) => <li key={r.id}><Link to={`?${new URLSearchParams({ ...Object.fromEntries(params), t: r.id, p: '1' })}`} aria-current={r.id === typeId ? 'page' : undefined}>{r.label}</Link></li>)}
          </ul></nav>
          {rt?.description ? <p className="gk-hint">{rt.description}</p> : null}
          <form className="gk-toolbar" role="search" onSubmit={(e) => { e.preventDefault(); set({ q: q.trim() || null, p: null }); }}>
            <div className="gk-field"><label htmlFor={`${id}-q`}>关键词</label><input id={`${id}-q`} type="search" maxLength={100} value={q} onChange={(e) => setQ(e.target.value)} /></div>
            <div className="gk-field"><label htmlFor={`${id}-y`}>年度</label><input id={`${id}-y`} type="number" min={2000} max={2100} defaultValue={year ?? ''} onBlur={(e) => set({ y: e.target.value || null, p: null })} /></div>
            <button type="submit" className="gk-button">检索</button>
          </form>
          <QueryState query={list}>
            {(data) => (
              <DataTable caption={`${rt?.label ?? ''}（共 ${data.total} 条）`} columns={columns} rows={data.items} rowKey={(r) => r.id} empty="暂无公开记录"
                pagination={{ page, pageCount: Math.max(1, Math.ceil(data.total / PAGE_SIZE)), onChange: (p) => set({ p: String(p) }) }} />
            )}
          </QueryState>
          {overview.map((c) => <SectorChart key={c.id} label={c.label} divisionCode={code} sector={sector} chart={c.id} year={year} />)}
        </>
      )}
    </QueryState>
  );
}
