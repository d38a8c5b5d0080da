// A small form for one action on a record: a heading, the fields, a submit button, the form-level
// error or a success message announced politely.
import type { FormEvent, ReactNode } from 'react';
import { Notice } from '@gongkai/ui';

export function ActionForm({ title, titleId, intro, children, onSubmit, pending, submitLabel, formError, success, level = 3 }: {
  title: string; titleId: string; intro?: ReactNode; children: ReactNode; onSubmit: () => void; pending: boolean; submitLabel: string;
  formError?: string; success?: ReactNode; level?: 2 | 3 | 4;
}) {
  const H = `h${level}` as 'h2' | 'h3' | 'h4';
  const submit = (e: FormEvent) => { e.preventDefault(); onSubmit(); };
  return (
    <form className="gk-form gk-action-form" onSubmit={submit} noValidate aria-labelledby={titleId} style={{ marginBottom: '1.5rem' }}>
      <H id={titleId}>{title}</H>
      {intro ? <div className="gk-field-hint" style={{ marginBottom: '0.75rem' }}>{intro}</div> : null}
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      {success ? <Notice tone="success">{success}</Notice> : null}
      {children}
      <div className="gk-form-actions"><button type="submit" className="gk-button" disabled={pending}>{pending ? '正在提交…' : submitLabel}</button></div>
    </form>
  );
}
