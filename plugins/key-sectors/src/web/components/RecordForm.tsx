// Record entry generated from the record type's zod schema (its JSON Schema): simple fields through
// @gongkai/ui's SchemaFields, lists of rows through RowsEditor. Server issues come back as
// `data.<path>` and are shown beside the field or cell.
import { useId, useMemo, useState, type FormEvent } from 'react';
import { Notice, SchemaFields, type FieldErrors, type JsonSchema } from '@gongkai/ui';
import type { RecordTypeInfo } from '../api';
import { RowsEditor } from './RowsEditor';
import { unwrap, type SchemaNode } from './format';

export interface RecordFormProps {
  type: RecordTypeInfo;
  initial?: Record<string, unknown>;
  errors: FieldErrors;
  submitting: boolean;
  submitLabel: string;
  onSubmit: (data: Record<string, unknown>) => void;
}

export function RecordForm({ type, initial = {}, errors, submitting, submitLabel, onSubmit }: RecordFormProps) {
  const id = useId().replace(/[^a-zA-Z0-9]/g, '');
  const root = type.jsonSchema as SchemaNode & { required?: string[] };
  const rowsKeys = useMemo(() => Object.entries(root.properties ?? {}).filter(([, n]) => unwrap(n)?.items?.properties).map(([k]) => k), [root]);
  const simpleSchema = useMemo(() => ({
    ...root,
    properties: Object.fromEntries(Object.entries(root.properties ?? {}).filter(([k]) => !rowsKeys.includes(k))),
    required: (root.required ?? []).filter((k) => !rowsKeys.includes(k)),
  }), [root, rowsKeys]);
  const [simple, setSimple] = useState<Record<string, unknown>>(() => Object.fromEntries(Object.entries(initial).filter(([k]) => !rowsKeys.includes(k))));
  const [rows, setRows] = useState<Record<string, Record<string, unknown>[]>>(() => Object.fromEntries(rowsKeys.map((k) => [k, (initial[k] as Record<string, unknown>[] | undefined) ?? []])));
  const submit = (e: FormEvent) => { e.preventDefault(); onSubmit({ ...simple, ...rows }); };
  const count = Object.keys(errors).filter((k) => k !== '').length;
  return (
    <form className="gk-form" onSubmit={submit} aria-label={type.label} noValidate>
      {count ? <Notice tone="error" title={`有 ${count} 处需要修改`}>{Object.values(errors).slice(0, 10).map((m, i) => <span key={i}>{m}<br /></span>)}</Notice> : null}
      {errors[''] ? <Notice tone="error">{errors['']}</Notice> : null}
      <SchemaFields schema={simpleSchema as JsonSchema} value={simple} onChange={setSimple} errors={errors} idPrefix={`${id}-f`} disabled={submitting} />
      {rowsKeys.map((k) => {
        const node = unwrap(root.properties![k])!;
        return <RowsEditor key={k} id={`${id}-${k}`} label={node.description ?? k} path={k} node={node} value={rows[k] ?? []} errors={errors} onChange={(v) => setRows({ ...rows, [k]: v })} />;
      })}
      <div className="gk-form-actions"><button type="submit" className="gk-button" disabled={submitting}>{submitting ? '正在提交…' : submitLabel}</button></div>
    </form>
  );
}
