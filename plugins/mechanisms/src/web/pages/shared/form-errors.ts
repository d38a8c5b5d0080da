// Field errors from client-side validation (the same zod contract the server uses) and from the
// server's BAD_REQUEST issues, in one shape: field path → message; '' for the form as a whole.
import { errorCode, errorMessage, fieldErrorsFrom, type FieldErrors } from '@gongkai/ui';

interface Issue { path: readonly PropertyKey[]; message: string }

/** The first message per field of a zod `safeParse` failure. */
export function issuesToErrors(issues: readonly Issue[]): FieldErrors {
  const out: FieldErrors = {};
  for (const i of issues) {
    const key = i.path.map(String).join('.');
    if (!(key in out)) out[key] = i.message;
  }
  return out;
}

/** A mutation's error as field errors; anything not tied to a field becomes the form's message. */
export function serverErrors(error: unknown): FieldErrors {
  if (!error) return {};
  const fields = errorCode(error) === 'BAD_REQUEST' ? fieldErrorsFrom(error) : {};
  if (Object.keys(fields).length === 0) return { '': errorMessage(error) };
  return fields;
}
