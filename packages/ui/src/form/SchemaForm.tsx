// A form generated from a JSON Schema (as produced by `z.toJSONSchema()`), with Chinese labels
// from `title`/`description`, client-side checks for the simple rules, and per-field display of
// the server's BAD_REQUEST issues. Errors are also listed in a summary that links to each field.
import { useId, useMemo, useRef, useState, useEffect, type FormEvent, type ReactNode } from 'react';
import type { FieldErrors } from '../api/errors';
import { describeSchema, initialValue, labelOf, type FieldSpec, type JsonSchema, type ObjectField } from './json-schema';
import { SchemaField } from './SchemaField';
import { validateValue } from './validate';

export interface SchemaFormProps {
  schema: JsonSchema;
  /** Initial value (e.g. current settings); schema defaults fill the gaps. */
  defaultValue?: Record<string, unknown>;
  /** Called with the value when it passes the client-side checks. */
  onSubmit: (value: Record<string, unknown>) => void | Promise<void>;
  /** Server errors (see `fieldErrorsFrom`); '' is a form-level message. */
  errors?: FieldErrors;
  submitLabel?: string;
  submitting?: boolean;
  /** Accessible name of the form. */
  label?: string;
  /** Extra buttons next to submit. */
  actions?: ReactNode;
  /** Stable DOM id prefix (defaults to a React id). */
  idPrefix?: string;
}

function fieldLabel(spec: FieldSpec, path: string): string {
  let node: FieldSpec | undefined = spec;
  let label = path;
  for (const seg of path.split('.')) {
    if (!node) break;
    if (node.kind === 'object') {
      const f: ObjectField | undefined = node.fields.find((x) => x.key === seg);
      node = f?.spec;
      if (f) label = labelOf(f.spec, f.key).label;
    } else if (node.kind === 'array') {
      label = `${label} 第 ${Number(seg) + 1} 项`;
      node = undefined;
    }
  }
  return label;
}

export function SchemaForm({ schema, defaultValue, onSubmit, errors: serverErrors = {}, submitLabel = '保存', submitting = false, label, actions, idPrefix }: SchemaFormProps) {
  const reactId = useId();
  const prefix = idPrefix ?? `f${reactId.replace(/[^a-zA-Z0-9]/g, '')}`;
  const spec = useMemo(() => describeSchema(schema), [schema]);
  const [value, setValue] = useState<Record<string, unknown>>(() => initialValue(spec, defaultValue) as Record<string, unknown>);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const summaryRef = useRef<HTMLDivElement>(null);
  const errors = Object.keys(clientErrors).length > 0 ? clientErrors : serverErrors;
  const idFor = (path: string) => `${prefix}-${path.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

  // Move focus to the error summary whenever a new set of errors arrives.
  const signature = JSON.stringify(errors);
  useEffect(() => {
    if (signature !== '{}') summaryRef.current?.focus();
  }, [signature]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = validateValue(spec, value);
    setClientErrors(found);
    if (Object.keys(found).length > 0) return;
    await onSubmit(value);
  };

  const entries = Object.entries(errors);
  return (
    <form className="gk-form" noValidate onSubmit={submit} aria-label={label} aria-busy={submitting || undefined}>
      {entries.length > 0 ? (
        <div className="gk-error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby={`${prefix}-summary-title`}>
          <h2 id={`${prefix}-summary-title`}>提交的内容有误，请修改后重试</h2>
          <ul>
            {entries.map(([path, message]) => (
              <li key={path || '_form'}>{path ? <a href={`#${idFor(path)}`}>{fieldLabel(spec, path)}：{message}</a> : message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <SchemaField spec={spec} name="" path="" required value={value} errors={errors} idFor={idFor} disabled={submitting}
        onChange={(v) => { setValue(v as Record<string, unknown>); }} />
      <div className="gk-form-actions">
        <button type="submit" className="gk-button" disabled={submitting}>{submitting ? '正在提交…' : submitLabel}</button>
        {actions}
      </div>
    </form>
  );
}
