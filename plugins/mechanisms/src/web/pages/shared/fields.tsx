// Labelled form controls with hint and error wired to aria-describedby, and an error summary that
// takes focus and links to the fields (the pattern of @gongkai/ui's SchemaForm, for hand-built forms).
import { useEffect, useRef, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';

interface FieldBase { id: string; label: string; hint?: ReactNode; error?: string; required?: boolean }

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function Frame({ id, label, hint, error, required, children, checkbox }: FieldBase & { children: ReactNode; checkbox?: boolean }) {
  const labelEl = <label htmlFor={id}>{label}{required ? <span className="gk-required"><span aria-hidden="true">*</span><span className="gk-visually-hidden">（必填）</span></span> : null}</label>;
  const hintEl = hint ? <p id={`${id}-hint`} className="gk-field-hint">{hint}</p> : null;
  const errorEl = error ? <p id={`${id}-error`} className="gk-field-error"><span className="gk-visually-hidden">错误：</span>{error}</p> : null;
  if (checkbox) return <div className={`gk-field gk-field-checkbox${error ? ' gk-field-invalid' : ''}`}>{children}{labelEl}{hintEl}{errorEl}</div>;
  return <div className={`gk-field${error ? ' gk-field-invalid' : ''}`}>{labelEl}{hintEl}{errorEl}{children}</div>;
}

const aria = (f: FieldBase) => ({ 'aria-invalid': f.error ? true : undefined, 'aria-describedby': describedBy(f.id, f.hint, f.error), 'aria-required': f.required || undefined });

export function TextField(props: FieldBase & { value: string; onChange: (v: string) => void } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'required'>) {
  const { id, label, hint, error, required, value, onChange, ...rest } = props;
  return (
    <Frame id={id} label={label} hint={hint} error={error} required={required}>
      <input id={id} name={id} value={value} onChange={(e) => onChange(e.target.value)} {...aria(props)} {...rest} />
    </Frame>
  );
}

export function TextAreaField(props: FieldBase & { value: string; onChange: (v: string) => void } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange' | 'required'>) {
  const { id, label, hint, error, required, value, onChange, rows = 4, ...rest } = props;
  return (
    <Frame id={id} label={label} hint={hint} error={error} required={required}>
      <textarea id={id} name={id} value={value} rows={rows} onChange={(e) => onChange(e.target.value)} {...aria(props)} {...rest} />
    </Frame>
  );
}

export interface Option { value: string; label: string }
export interface OptionGroup { label: string; options: Option[] }

export function SelectField(props: FieldBase & { value: string; onChange: (v: string) => void; options?: Option[]; groups?: OptionGroup[]; placeholder?: string; disabled?: boolean }) {
  const { id, label, hint, error, required, value, onChange, options = [], groups = [], placeholder, disabled } = props;
  return (
    <Frame id={id} label={label} hint={hint} error={error} required={required}>
      <select id={id} name={id} value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled} {...aria(props)}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </optgroup>
        ))}
      </select>
    </Frame>
  );
}

export function CheckboxField(props: FieldBase & { checked: boolean; onChange: (v: boolean) => void }) {
  const { id, label, hint, error, checked, onChange } = props;
  return (
    <Frame id={id} label={label} hint={hint} error={error} checkbox>
      <input id={id} name={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} {...aria(props)} />
    </Frame>
  );
}

/** Radio buttons in a fieldset whose legend is the question. */
export function RadioGroup({ id, legend, hint, error, required, value, onChange, options }: { id: string; legend: string; hint?: ReactNode; error?: string; required?: boolean; value: string; onChange: (v: string) => void; options: Option[] }) {
  return (
    <fieldset className={`gk-fieldset${error ? ' gk-field-invalid' : ''}`} id={id} aria-describedby={describedBy(id, hint, error)}>
      <legend>{legend}{required ? <span className="gk-required"><span aria-hidden="true">*</span><span className="gk-visually-hidden">（必填）</span></span> : null}</legend>
      {hint ? <p id={`${id}-hint`} className="gk-field-hint">{hint}</p> : null}
      {error ? <p id={`${id}-error`} className="gk-field-error"><span className="gk-visually-hidden">错误：</span>{error}</p> : null}
      <ul className="gk-checkbox-list">
        {options.map((o) => (
          <li key={o.value}>
            <input type="radio" id={`${id}-${o.value}`} name={id} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
            <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/**
 * The problems of a submitted form, focused when they appear, each linking to its field.
 * `fieldIds` maps a field name to its control's id; `labels` names the field.
 */
export function ErrorSummary({ errors, fieldIds, labels }: { errors: Record<string, string>; fieldIds: Record<string, string>; labels: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const signature = entries.map(([k, v]) => `${k}:${v}`).join('|');
  useEffect(() => { if (signature) ref.current?.focus(); }, [signature]);
  if (entries.length === 0) return null;
  return (
    <div className="gk-error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2>提交的内容有问题</h2>
      <ul>
        {entries.map(([field, message]) => {
          const target = fieldIds[field];
          const text = labels[field] ? `${labels[field]}：${message}` : message;
          return <li key={field || '_form'}>{target ? <a href={`#${target}`}>{text}</a> : text}</li>;
        })}
      </ul>
    </div>
  );
}
