// Cascading division picker below a root: province → prefecture (市/地区) → county (县/区/市). Each level is a
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
  /** Deepest level offered: 4 = prefecture, 6 = county (default), 9 = township. */
  depth?: 4 | 6 | 9;
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

const childLabel: Record<number, [string, string]> = {
  2: ['市（地）', '全省'],
  4: ['县（区）', '全市（地）'],
  6: ['乡镇（街道）', '全县（区）'],
};
const nextLength: Record<number, number> = { 2: 4, 4: 6, 6: 9 };

export function DivisionSwitcher({ value, onChange, rootCode = '23', rootName, depth = 6, legend = '切换地区', className }: DivisionSwitcherProps) {
  const code = value && value.startsWith(rootCode) ? value : rootCode;
  const select = (c: string) => onChange(c === rootCode ? null : c);
  // One select per level below the root, down to `depth` and to the chosen division's children.
  const levels: { parent: string; selected: string }[] = [];
  let parent = rootCode;
  while (nextLength[parent.length] !== undefined && (nextLength[parent.length] as number) <= depth) {
    const len = nextLength[parent.length] as number;
    const selected = code.length >= len ? code.slice(0, len) : '';
    levels.push({ parent, selected });
    if (!selected) break;
    parent = selected;
  }
  if (levels.length === 0) return null;
  return (
    <fieldset className={['gk-division-switcher', className].filter(Boolean).join(' ')}>
      <legend className="gk-visually-hidden">{legend}</legend>
      {levels.map(({ parent: p, selected }, i) => {
        const [label, all] = childLabel[p.length] ?? ['下级地区', '全部'];
        return <Level key={p} parent={p} selected={selected} label={label} allLabel={i === 0 && rootName ? rootName : all} onSelect={select} />;
      })}
    </fieldset>
  );
}
