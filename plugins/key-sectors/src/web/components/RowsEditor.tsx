// An editable table for a list of rows (科目明细, 分配名单, 检测指标 ...): one input per column,
// typed by the row schema, with the server's error shown under the cell it belongs to.
import type { FieldErrors } from '@gongkai/ui';
import type { SchemaNode } from './format';

function typeOf(n: SchemaNode & { enum?: unknown[] }): string {
  const t = Array.isArray(n.type) ? n.type.find((x) => x !== 'null') : n.type;
  return n.enum ? 'enum' : t ?? 'string';
}

export function RowsEditor({ id, label, path, node, value, onChange, errors }: {
  id: string; label: string; path: string; node: SchemaNode; value: Record<string, unknown>[]; onChange: (rows: Record<string, unknown>[]) => void; errors: FieldErrors;
}) {
  const cols = Object.entries(node.items?.properties ?? {}) as [string, SchemaNode & { enum?: string[] }][];
  const set = (i: number, k: string, raw: string, t: string) => {
    const rows = value.map((r) => ({ ...r }));
    const v: unknown = raw === '' ? undefined : t === 'number' || t === 'integer' ? Number(raw) : t === 'boolean' ? raw === 'true' : raw;
    if (v === undefined) delete rows[i]![k]; else rows[i]![k] = v;
    onChange(rows);
  };
  const own = errors[path];
  return (
    <fieldset className="gk-fieldset">
      <legend>{label}</legend>
      {own ? <p className="gk-field-error" id={`${id}-err`}>{own}</p> : null}
      <div className="gk-table-scroll" tabIndex={0} role="region" aria-label={label}>
        <table className="gk-table">
          <caption className="gk-visually-hidden">{label}</caption>
          <thead><tr><th scope="col">序号</th>{cols.map(([k, c]) => <th key={k} scope="col">{c.description ?? k}</th>)}<th scope="col">操作</th></tr></thead>
          <tbody>
            {value.map((row, i) => (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                {cols.map(([k, c]) => {
                  const t = typeOf(c);
                  const cellId = `${id}-${i}-${k}`;
                  const err = errors[`${path}.${i}.${k}`];
                  const name = `${label}第 ${i + 1} 项 ${c.description ?? k}`;
                  const v = row[k];
                  return (
                    <td key={k}>
                      {t === 'enum' ? (
                        <select id={cellId} aria-label={name} value={v === undefined ? '' : String(v)} onChange={(e) => set(i, k, e.target.value, 'string')}>
                          <option value="">请选择</option>{c.enum!.map((o) => <option key={o} value={o}>{o}</option>)}
                        </select>
                      ) : t === 'boolean' ? (
                        <select id={cellId} aria-label={name} value={v === undefined ? '' : String(v)} onChange={(e) => set(i, k, e.target.value, 'boolean')}>
                          <option value="">请选择</option><option value="true">是</option><option value="false">否</option>
                        </select>
                      ) : (
                        <input id={cellId} aria-label={name} type={t === 'number' || t === 'integer' ? 'number' : 'text'} step="any" value={v === undefined ? '' : String(v)}
                          aria-invalid={err ? true : undefined} aria-describedby={err ? `${cellId}-err` : undefined} onChange={(e) => set(i, k, e.target.value, t)} />
                      )}
                      {err ? <p className="gk-field-error" id={`${cellId}-err`}>{err}</p> : null}
                    </td>
                  );
                })}
                <td><button type="button" className="gk-button gk-button-secondary" onClick={() => onChange(value.filter((_, j) => j !== i))}>删除第 {i + 1} 项</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="gk-button gk-button-secondary" onClick={() => onChange([...value, {}])}>添加一项</button>
    </fieldset>
  );
}
