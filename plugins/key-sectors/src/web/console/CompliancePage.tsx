// Console: the compliance matrix — every division × required disclosure: on time, late, missing
// or not yet due — for the province (cities with their counties rolled up) or one city, with
// drill-down to a cell. Status is text as well as colour.
import { useId, useState } from 'react';
import { Notice, QueryState, skipToken, useApiQuery, usePageTitle } from '@gongkai/ui';
import { ks, useDivisionCode, type Out } from '../api';

type Matrix = Out['compliance']['matrix'];
type Cell = Matrix['rows'][number]['cells'][string];
const STATUS: Record<Cell['status'], { label: string; color: string; mark: string }> = {
  'on-time': { label: '按时公开', color: '#e3f4e6', mark: '✓' },
  late: { label: '逾期公开', color: '#fff4d6', mark: '!' },
  missing: { label: '未公开', color: '#fde2e1', mark: '✗' },
  pending: { label: '未到期', color: '#eef2f7', mark: '…' },
  'not-required': { label: '不适用', color: '#ffffff', mark: '—' },
  disabled: { label: '未启用', color: '#f3f3f3', mark: '○' },
};

function CellDetail({ divisionCode, year, requirement }: { divisionCode: string; year: number; requirement: string }) {
  const q = useApiQuery(ks.compliance.cell, { divisionCode, year, requirement });
  return (
    <QueryState query={q}>
      {(c) => (
        <section className="gk-section" aria-label="明细">
          <h2>{c.division.name}：{c.requirement.label}</h2>
          <dl className="gk-dl">
            <div><dt>状态</dt><dd>{STATUS[c.cell.status].label}</dd></div>
            <div><dt>期限</dt><dd>{c.requirement.due}{c.cell.dueDate ? `（${c.cell.dueDate}${c.cell.provisional ? '，节假日安排未发布，暂按周末推算' : ''}）` : ''}</dd></div>
            <div><dt>首次公开</dt><dd>{c.cell.publishedOn ?? '—'}</dd></div>
            <div><dt>依据</dt><dd>{c.requirement.basis || '—'}</dd></div>
          </dl>
          {c.explanation ? <p className="gk-hint">{c.explanation}</p> : null}
          <ul>{c.records.map((r) => <li key={r.id}>{r.title}（{r.status === 'published' ? `已发布 ${r.publishedAt ? new Date(r.publishedAt).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' }) : ''}` : r.status === 'draft' ? '草稿' : '已撤回'}）</li>)}</ul>
        </section>
      )}
    </QueryState>
  );
}

export default function CompliancePage() {
  usePageTitle('重点领域公开合规矩阵');
  const id = useId();
  const home = useDivisionCode();
  const [root, setRoot] = useState(home);
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [sector, setSector] = useState('');
  const [cell, setCell] = useState<{ divisionCode: string; requirement: string } | null>(null);
  const sectors = useApiQuery(ks.sectors.list, {});
  const m = useApiQuery(ks.compliance.matrix, root ? { divisionCode: root, year, ...(sector ? { sector } : {}) } : skipToken);
  return (
    <>
      <h1>重点领域公开合规矩阵</h1>
      <div className="gk-toolbar">
        <div className="gk-field"><label htmlFor={`${id}-y`}>年度</label><input id={`${id}-y`} type="number" min={2000} max={2100} value={year} onChange={(e) => setYear(Number(e.target.value) || year)} /></div>
        <div className="gk-field"><label htmlFor={`${id}-s`}>领域</label>
          <select id={`${id}-s`} value={sector} onChange={(e) => setSector(e.target.value)}>
            <option value="">全部领域</option>{(sectors.data ?? []).map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
          </select>
        </div>
        {root !== home ? <button type="button" className="gk-button gk-button-secondary" onClick={() => setRoot(home)}>返回上级</button> : null}
      </div>
      <p>图例：{Object.values(STATUS).map((s) => <span key={s.label} style={{ background: s.color, padding: '0 .4em', marginRight: '.4em' }}>{s.mark} {s.label}</span>)}</p>
      {m.error ? <Notice tone="error">{String(m.error.message)}</Notice> : null}
      <QueryState query={m}>
        {(data) => {
          const reqs = data.sectors.flatMap((s) => s.requirements.map((r) => ({ ...r, sectorLabel: s.label })));
          return (
            <div className="gk-table-scroll" tabIndex={0} role="region" aria-label="合规矩阵">
              <table className="gk-table gk-matrix">
                <caption>{data.year} 年度重点领域信息公开情况（截至 {data.today}）</caption>
                <thead>
                  <tr><th scope="col" rowSpan={2}>地区</th><th scope="col" rowSpan={2}>完整率</th><th scope="col" rowSpan={2}>按时率</th>
                    {data.sectors.map((s) => <th key={s.id} scope="colgroup" colSpan={s.requirements.length}>{s.label}</th>)}</tr>
                  <tr>{reqs.map((r) => <th key={r.key} scope="col" title={`${r.due}；${r.basis}`} style={{ minWidth: '8em' }}>{r.label}<br /><small>{r.due}</small></th>)}</tr>
                </thead>
                <tbody>
                  {data.rows.map((row) => (
                    <tr key={row.division.code}>
                      <th scope="row" style={{ minWidth: '10em' }}>
                        {row.division.level === 'prefecture' && row.division.code !== root
                          ? <button type="button" className="gk-link-button" onClick={() => setRoot(row.division.code)}>{row.division.name}</button>
                          : row.division.name}
                        {row.subtree && row.subtree.required ? <><br /><small>下级：按时 {row.subtree.onTime}，逾期 {row.subtree.late}，未公开 {row.subtree.missing}</small></> : null}
                      </th>
                      <td>{row.summary.completeness === null ? '—' : `${row.summary.completeness}%`}</td>
                      <td>{row.summary.timeliness === null ? '—' : `${row.summary.timeliness}%`}</td>
                      {reqs.map((r) => {
                        const c = row.cells[r.key]!;
                        const st = STATUS[c.status];
                        return (
                          <td key={r.key} style={{ background: st.color, whiteSpace: 'nowrap' }} data-status={c.status}>
                            {c.status === 'not-required' || c.status === 'disabled' ? <span>{st.mark} {st.label}</span> : (
                              <button type="button" className="gk-link-button" aria-label={`${row.division.name} ${r.label}：${st.label}，查看明细`} onClick={() => setCell({ divisionCode: row.division.code, requirement: r.key })}>
                                {st.mark} {st.label}
                              </button>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        }}
      </QueryState>
      {cell ? <CellDetail divisionCode={cell.divisionCode} year={year} requirement={cell.requirement} /> : null}
    </>
  );
}
