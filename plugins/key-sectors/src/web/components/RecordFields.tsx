// A record's fields as description lists (detail view sections, or every field), with tables
// for lists of rows (科目明细, 分配名单, 程序步骤 ...).
import { DataTable, type Column } from '@gongkai/ui';
import type { RecordTypeInfo } from '../api';
import { display, labelOf, nodeAt, valueAt, type SchemaNode } from './format';

function RowsTable({ label, node, rows }: { label: string; node: SchemaNode; rows: Record<string, unknown>[] }) {
  const props = Object.entries(node.items?.properties ?? {});
  const columns: Column<{ i: number; r: Record<string, unknown> }>[] = [
    { key: 'n', header: '序号', render: (x) => String(x.i + 1) },
    ...props.map(([k, p], j) => ({ key: k, header: p.description ?? k, rowHeader: j === 0, render: (x: { r: Record<string, unknown> }) => display(x.r[k]) })),
  ];
  return <DataTable caption={label} columns={columns} rows={rows.map((r, i) => ({ i, r }))} rowKey={(x) => String(x.i)} pageSize={rows.length > 50 ? 50 : undefined} />;
}

function Field({ schema, path, label, data }: { schema: SchemaNode; path: string; label?: string | null; data: unknown }) {
  const node = nodeAt(schema, path);
  const v = valueAt(data, path);
  const name = labelOf(schema, path, label);
  if (Array.isArray(v) && node?.items?.properties) return <div className="gk-field-block"><RowsTable label={name} node={node} rows={v as Record<string, unknown>[]} /></div>;
  if (v && typeof v === 'object' && !Array.isArray(v) && node?.properties) {
    return (
      <div className="gk-field-block">
        <h3>{name}</h3>
        <dl className="gk-dl">{Object.entries(node.properties).map(([k, p]) => <div key={k}><dt>{p.description ?? k}</dt><dd>{display((v as Record<string, unknown>)[k])}</dd></div>)}</dl>
      </div>
    );
  }
  return <div><dt>{name}</dt><dd style={{ whiteSpace: 'pre-wrap' }}>{Array.isArray(v) ? v.join('；') : display(v)}</dd></div>;
}

export function RecordFields({ type, data }: { type: RecordTypeInfo; data: unknown }) {
  const schema = type.jsonSchema as SchemaNode;
  const sections = type.detail ?? [{ title: type.label, fields: type.fields.map((f) => ({ field: f.key, label: null })) }];
  return (
    <>
      {sections.map((s) => {
        const simple = s.fields.filter((f) => { const n = nodeAt(schema, f.field); return !(n?.items?.properties || n?.properties); });
        const complex = s.fields.filter((f) => !simple.includes(f));
        return (
          <section key={s.title} className="gk-section">
            <h2>{s.title}</h2>
            <dl className="gk-dl">{simple.map((f) => <Field key={f.field} schema={schema} path={f.field} label={f.label} data={data} />)}</dl>
            {complex.map((f) => <Field key={f.field} schema={schema} path={f.field} label={f.label} data={data} />)}
          </section>
        );
      })}
    </>
  );
}
