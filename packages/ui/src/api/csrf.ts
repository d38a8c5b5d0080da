/** Name of the readable cookie the server sets at login (double-submit CSRF defence). */
export const CSRF_COOKIE = 'gk_csrf';
/** Header every mutation carries with the cookie's value. */
export const CSRF_HEADER = 'x-csrf-token';

/** Reads the CSRF cookie from `document.cookie` (empty string when signed out). */
export function readCsrfToken(cookieString: string = typeof document === 'undefined' ? '' : document.cookie): string {
  for (const part of cookieString.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return '';
}
