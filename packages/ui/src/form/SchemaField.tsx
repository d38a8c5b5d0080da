import type { ReactNode } from 'react';
import type { FieldErrors } from '../api/errors';
import { labelOf, type FieldSpec } from './json-schema';

export interface FieldProps {
  spec: FieldSpec;
  name: string;
  path: string;
  required: boolean;
  value: unknown;
  onChange: (value: unknown) => void;
  errors: FieldErrors;
  idFor: (path: string) => string;
  disabled?: boolean;
}

function describedBy(...ids: (string | false | null)[]): string | undefined {
  const s = ids.filter(Boolean).join(' ');
  return s || undefined;
}

function RequiredMark({ required }: { required: boolean }) {
  return required ? <span className="gk-required"><span aria-hidden="true">*</span></span> : null;
}

function ErrorText({ id, message }: { id: string; message: string | undefined }) {
  return message ? <p id={id} className="gk-field-error"><span className="gk-visually-hidden">错误：</span>{message}</p> : null;
}

function Hint({ id, text }: { id: string; text: string | null }) {
  return text ? <p id={id} className="gk-field-hint">{text}</p> : null;
}

/** Converts an input's text into the field's value (empty → undefined, or null when nullable). */
function fromText(spec: FieldSpec, text: string): unknown {
  if (text === '') return spec.nullable ? null : undefined;
  if (spec.kind === 'number') {
    const n = Number(text);
    return Number.isFinite(n) ? n : text;
  }
  if (spec.kind === 'enum') {
    const opt = spec.options.find((o) => String(o.value) === text);
    return opt ? opt.value : text;
  }
  return text;
}

function textOf(v: unknown): string {
  return v === undefined || v === null ? '' : String(v);
}

/** A single primitive control (no label): used by fields and array items. */
function Control({ spec, id, value, onChange, required, invalid, describedById, disabled, label }: { spec: FieldSpec; id: string; value: unknown; onChange: (v: unknown) => void; required: boolean; invalid: boolean; describedById?: string; disabled?: boolean; label?: string }) {
  const common = { id, 'aria-invalid': invalid || undefined, 'aria-describedby': describedById, 'aria-required': required || undefined, disabled: disabled || spec.readOnly, 'aria-label': label };
  switch (spec.kind) {
    case 'string': {
      if (spec.multiline) return <textarea {...common} rows={4} value={textOf(value)} maxLength={spec.maxLength ?? undefined} onChange={(e) => onChange(fromText(spec, e.target.value))} />;
      const type = spec.format === 'date' ? 'date' : spec.format === 'email' ? 'email' : spec.format === 'uri' || spec.format === 'url' ? 'url' : 'text';
      return <input {...common} type={type} value={textOf(value)} maxLength={spec.maxLength ?? undefined} onChange={(e) => onChange(fromText(spec, e.target.value))} />;
    }
    case 'number':
      return <input {...common} type="number" inputMode={spec.integer ? 'numeric' : 'decimal'} step={spec.integer ? 1 : 'any'} min={spec.minimum ?? undefined} max={spec.maximum ?? undefined} value={textOf(value)} onChange={(e) => onChange(fromText(spec, e.target.value))} />;
    case 'enum': {
      const hasValue = value !== undefined && value !== null && value !== '';
      return (
        <select {...common} value={textOf(value)} onChange={(e) => onChange(fromText(spec, e.target.value))}>
          {!required || spec.nullable ? <option value="">（不选择）</option> : !hasValue ? <option value="" disabled>请选择</option> : null}
          {spec.options.map((o) => <option key={String(o.value)} value={String(o.value)}>{o.label}</option>)}
        </select>
      );
    }
    default:
      return null;
  }
}

export function SchemaField(props: FieldProps): ReactNode {
  const { spec, name, path, required, value, onChange, errors, idFor, disabled } = props;
  const id = idFor(path);
  const { label, hint } = labelOf(spec, name);
  const error = errors[path];
  const hintId = `${id}-hint`, errorId = `${id}-error`;
  const by = describedBy(hint ? hintId : null, error ? errorId : null);

  if (spec.kind === 'unsupported') {
    return <div className="gk-field"><p className="gk-field-hint">{label}：{spec.reason}（请联系管理员通过接口修改）</p></div>;
  }

  if (spec.kind === 'object') {
    const obj = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
    const inner = spec.fields.map((f) => (
      <SchemaField key={f.key} spec={f.spec} name={f.key} path={path ? `${path}.${f.key}` : f.key} required={f.required}
        value={obj[f.key]} errors={errors} idFor={idFor} disabled={disabled}
        onChange={(v) => {
          const next = { ...obj };
          if (v === undefined) delete next[f.key]; else next[f.key] = v;
          onChange(next);
        }} />
    ));
    if (!path) return <>{inner}</>;
    return (
      <fieldset className="gk-fieldset" id={id} aria-describedby={by}>
        <legend>{label}<RequiredMark required={required} /></legend>
        <Hint id={hintId} text={hint} />
        <ErrorText id={errorId} message={error} />
        {inner}
      </fieldset>
    );
  }

  if (spec.kind === 'boolean') {
    return (
      <div className={`gk-field gk-field-checkbox${error ? ' gk-field-invalid' : ''}`}>
        <input id={id} type="checkbox" checked={value === true} aria-describedby={by} aria-invalid={error ? true : undefined} disabled={disabled || spec.readOnly} onChange={(e) => onChange(e.target.checked)} />
        <label htmlFor={id}>{label}</label>
        <Hint id={hintId} text={hint} />
        <ErrorText id={errorId} message={error} />
      </div>
    );
  }

  if (spec.kind === 'array') {
    const items = Array.isArray(value) ? value : [];
    const item = spec.item;
    if (item.kind === 'enum') {
      // A multiple choice: one checkbox per option.
      return (
        <fieldset className={`gk-fieldset gk-field${error ? ' gk-field-invalid' : ''}`} id={id} aria-describedby={by}>
          <legend>{label}<RequiredMark required={required && (spec.minItems ?? 0) > 0} /></legend>
          <Hint id={hintId} text={hint} />
          <ErrorText id={errorId} message={error} />
          <ul className="gk-checkbox-list">
            {item.options.map((o) => {
              const optId = `${id}-${String(o.value)}`;
              const checked = items.includes(o.value);
              return (
                <li key={String(o.value)}>
                  <input id={optId} type="checkbox" checked={checked} disabled={disabled}
                    onChange={(e) => onChange(e.target.checked ? [...items, o.value] : items.filter((x) => x !== o.value))} />
                  <label htmlFor={optId}>{o.label}</label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      );
    }
    const canAdd = spec.maxItems === null || items.length < spec.maxItems;
    return (
      <fieldset className={`gk-fieldset gk-field${error ? ' gk-field-invalid' : ''}`} id={id} aria-describedby={by}>
        <legend>{label}<RequiredMark required={required && (spec.minItems ?? 0) > 0} /></legend>
        <Hint id={hintId} text={hint} />
        <ErrorText id={errorId} message={error} />
        <ol className="gk-array-items">
          {items.map((v, i) => {
            const itemPath = `${path}.${i}`;
            const itemId = idFor(itemPath);
            const itemError = errors[itemPath];
            return (
              <li key={i} className={itemError ? 'gk-field-invalid' : undefined}>
                <Control spec={item} id={itemId} value={v} required invalid={Boolean(itemError)} disabled={disabled}
                  label={`${label} 第 ${i + 1} 项`} describedById={itemError ? `${itemId}-error` : undefined}
                  onChange={(nv) => onChange(items.map((x, j) => (j === i ? nv : x)))} />
                <button type="button" className="gk-button-link" disabled={disabled} onClick={() => onChange(items.filter((_, j) => j !== i))}>
                  删除<span className="gk-visually-hidden">{label}第 {i + 1} 项</span>
                </button>
                <ErrorText id={`${itemId}-error`} message={itemError} />
              </li>
            );
          })}
        </ol>
        {canAdd ? <button type="button" className="gk-button-secondary" disabled={disabled} onClick={() => onChange([...items, item.kind === 'number' ? undefined : ''])}>添加一项<span className="gk-visually-hidden">（{label}）</span></button> : null}
      </fieldset>
    );
  }

  return (
    <div className={`gk-field${error ? ' gk-field-invalid' : ''}`}>
      <label htmlFor={id}>{label}<RequiredMark required={required && !spec.nullable} /></label>
      <Hint id={hintId} text={hint} />
      <ErrorText id={errorId} message={error} />
      <Control spec={spec} id={id} value={value} onChange={onChange} required={required && !spec.nullable} invalid={Boolean(error)} describedById={by} disabled={disabled} />
    </div>
  );
}
