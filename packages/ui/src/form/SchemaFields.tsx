// Schema-driven fields to embed in a form of one's own (e.g. item-type metadata inside the
// catalogue editor). Controlled: the caller holds the value and validates on submit with
// `validateValue(describeSchema(schema), value)`.
import { useMemo } from 'react';
import type { FieldErrors } from '../api/errors';
import { describeSchema, type JsonSchema } from './json-schema';
import { SchemaField } from './SchemaField';

export interface SchemaFieldsProps {
  schema: JsonSchema;
  value: Record<string, unknown>;
  onChange: (value: Record<string, unknown>) => void;
  errors?: FieldErrors;
  /** DOM id prefix, unique on the page. */
  idPrefix: string;
  disabled?: boolean;
}

export function SchemaFields({ schema, value, onChange, errors = {}, idPrefix, disabled }: SchemaFieldsProps) {
  const spec = useMemo(() => describeSchema(schema), [schema]);
  const idFor = (path: string) => `${idPrefix}-${path.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
  return <SchemaField spec={spec} name="" path="" required value={value} errors={errors} idFor={idFor} disabled={disabled} onChange={(v) => onChange(v as Record<string, unknown>)} />;
}
