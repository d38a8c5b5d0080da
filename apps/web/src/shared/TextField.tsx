import type { InputHTMLAttributes } from 'react';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'> {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
}

/** A labelled input with hint and error wired to aria-describedby. */
export function TextField({ id, label, value, onChange, hint, error, required, ...rest }: TextFieldProps) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`gk-field${error ? ' gk-field-invalid' : ''}`}>
      <label htmlFor={id}>{label}{required ? <span className="gk-required"><span aria-hidden="true">*</span></span> : null}</label>
      {hint ? <p id={`${id}-hint`} className="gk-field-hint">{hint}</p> : null}
      {error ? <p id={`${id}-error`} className="gk-field-error"><span className="gk-visually-hidden">错误：</span>{error}</p> : null}
      <input id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={described} aria-required={required || undefined} {...rest} />
    </div>
  );
}
