// Facet filters as checkbox lists with counts. Each facet narrows by one value (the API filters on
// one value per facet): ticking a box selects it, unticking clears it. Every option is also a link
// target, so the state lives in the URL.
import { useNavigate } from 'react-router';
import type { Outputs } from '../api';
import { searchHref, type SearchState } from './search-params';

type FacetData = Outputs['catalogue']['facets'];

interface Option { value: string; label: string; count: number; indent?: boolean }

function FacetGroup({ title, name, options, selected, onToggle }: { title: string; name: string; options: Option[]; selected: string | null; onToggle: (value: string, checked: boolean) => void }) {
  if (options.length === 0) return null;
  return (
    <fieldset className="gk-facet">
      <legend>{title}</legend>
      <ul className="gk-checkbox-list">
        {options.map((o) => {
          const id = `facet-${name}-${o.value}`;
          return (
            <li key={o.value} className={o.indent ? 'gk-facet-child' : undefined}>
              <input id={id} type="checkbox" checked={selected === o.value} onChange={(e) => onToggle(o.value, e.target.checked)} />
              <label htmlFor={id}>{o.label}<span className="gk-facet-count">（{o.count}）</span></label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

export function Facets({ facets, state, portalDivision }: { facets: FacetData; state: SearchState; portalDivision: string | null }) {
  const navigate = useNavigate();
  const go = (patch: Partial<SearchState>) => navigate(searchHref({ ...state, ...patch, page: 1 }, portalDivision));

  const prefectures = facets.divisions.filter((d) => d.level === 'prefecture');
  const divisionOptions: Option[] = [];
  for (const p of prefectures) {
    divisionOptions.push({ value: p.code, label: p.name, count: p.count });
    // Counties appear under the prefecture that is selected (or that contains the selection).
    if (state.division && state.division.startsWith(p.code)) {
      for (const c of facets.divisions.filter((d) => d.level === 'county' && d.parentCode === p.code)) {
        divisionOptions.push({ value: c.code, label: c.name, count: c.count, indent: true });
      }
    }
  }
  // A county chosen directly (e.g. from a link) still shows.
  for (const c of facets.divisions.filter((d) => d.level === 'county' && !divisionOptions.some((o) => o.value === d.code))) {
    if (state.division === c.code) divisionOptions.push({ value: c.code, label: c.name, count: c.count, indent: true });
  }

  return (
    <section className="gk-facets" aria-labelledby="facets-title">
      <h2 id="facets-title">筛选</h2>
      <p className="gk-field-hint">勾选后立即更新检索结果。</p>
      <FacetGroup title="地区" name="division" options={divisionOptions} selected={state.division}
        onToggle={(v, on) => go({ division: on ? v : (v.length > 4 ? v.slice(0, 4) : null) })} />
      <FacetGroup title="发布机构" name="org" options={facets.organizations.map((o) => ({ value: o.id, label: o.name, count: o.count }))} selected={state.org}
        onToggle={(v, on) => go({ org: on ? v : null })} />
      <FacetGroup title="主题分类" name="topic" options={facets.topics.map((t) => ({ value: t.code, label: t.name, count: t.count }))} selected={state.topic && state.topic.slice(0, 2)}
        onToggle={(v, on) => go({ topic: on ? v : null })} />
      <FacetGroup title="信息类型" name="type" options={facets.itemTypes.map((t) => ({ value: t.type, label: t.label, count: t.count }))} selected={state.type}
        onToggle={(v, on) => go({ type: on ? v : null })} />
      <FacetGroup title="年份" name="year" options={facets.years.map((y) => ({ value: String(y.year), label: `${y.year} 年`, count: y.count }))} selected={state.year ? String(state.year) : null}
        onToggle={(v, on) => go({ year: on ? Number(v) : null })} />
    </section>
  );
}
