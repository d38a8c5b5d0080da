// Cascading division picker: province → prefecture (市/地区) → county (县/区/市). Each level is a
// labelled native <select>, which every screen reader and phone handles well.
import { useId } from 'react';
import { useApiQuery } from '../api/hooks';
import { getApiClient } from '../api/client';

export interface DivisionSwitcherProps {
  value: string | null;
  onChange: (code: string | null) => void;
  /** The top of the tree offered (default the province, 23). */
  rootCode?: string;
  rootName?: string;
  /** Deepest level offered: 4 = prefecture, 6 = county (default). */
  depth?: 4 | 6;
  /** Visually hidden legend, e.g. "切换地区". */
  legend?: string;
  className?: string;
}

function Level({ parent, selected, label, allLabel, onSelect }: { parent: string; selected: string; label: string; allLabel: string; onSelect: (code: string) => void }) {
  const id = useId();
  const children = useApiQuery(getApiClient().divisions.children, { parentCode: parent }, { staleTime: 10 * 60_000 });
  const options = children.data ?? [];
  return (
    <span className="gk-division-level">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={selected} onChange={(e) => onSelect(e.target.value || parent)} disabled={children.isPending}>
        <option value="">{allLabel}</option>
        {options.map((d) => <option key={d.code} value={d.code}>{d.name}</option>)}
      </select>
    </span>
  );
}

export function DivisionSwitcher({ value, onChange, rootCode = '23', rootName = '全省', depth = 6, legend = '切换地区', className }: DivisionSwitcherProps) {
  const code = value && value.startsWith(rootCode) ? value : rootCode;
  const prefecture = code.length >= 4 ? code.slice(0, 4) : '';
  const county = code.length >= 6 ? code.slice(0, 6) : '';
  const select = (c: string) => onChange(c === rootCode ? null : c);
  return (
    <fieldset className={['gk-division-switcher', className].filter(Boolean).join(' ')}>
      <legend className="gk-visually-hidden">{legend}</legend>
      <Level parent={rootCode} selected={prefecture} label="市（地）" allLabel={rootName} onSelect={select} />
      {depth >= 6 && prefecture ? <Level parent={prefecture} selected={county} label="县（区）" allLabel="全市（地）" onSelect={select} /> : null}
    </fieldset>
  );
}
