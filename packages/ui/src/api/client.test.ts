import { describe, expect, it } from 'vitest';
import { createApiClient, createPluginClient, getApiClient } from './client';
import { apiKey } from './hooks';
import { readCsrfToken } from './csrf';

interface Call { url: string; method: string; headers: Record<string, string>; body: string | null }

/** A real HTTP exchange with a fetch that records requests and answers like the tRPC adapter. */
function recordingFetch(calls: Call[]): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    calls.push({ url, method: init?.method ?? 'GET', headers, body: (init?.body as string | undefined) ?? null });
    const batch = url.includes('batch=1');
    const one = { result: { data: { json: { ok: true, path: new URL(url, 'http://x').pathname } } } };
    return new Response(JSON.stringify(batch ? [one] : one), { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
}

describe('API client', () => {
  it('routes a plugin client to its namespace of the shared client, and sends the CSRF header on mutations', async () => {
    const calls: Call[] = [];
    createApiClient({ url: 'http://localhost/trpc', fetch: recordingFetch(calls), csrfToken: () => 'tok-123' });
    // A plugin module may create its client before the app configures the shared one.
    type Any = { requests: { list: { query: (i: unknown) => Promise<unknown> }; submit: { mutate: (i: unknown) => Promise<unknown> } } };
    const plugin = createPluginClient('mechanisms') as unknown as Any;
    await plugin.requests.list.query({ page: 1 });
    await plugin.requests.submit.mutate({ title: '申请' });
    expect(calls[0]?.url).toMatch(/^http:\/\/localhost\/trpc\/mechanisms\.requests\.list\?batch=1/);
    expect(calls[0]?.headers['x-csrf-token']).toBeUndefined();
    expect(calls[1]?.url).toBe('http://localhost/trpc/mechanisms.requests.submit');
    expect(calls[1]?.method).toBe('POST');
    expect(calls[1]?.headers['x-csrf-token']).toBe('tok-123');
    expect(JSON.parse(calls[1]?.body ?? '{}')).toEqual({ json: { title: '申请' } });
  });

  it('derives cache keys from procedure handles', () => {
    const api = getApiClient();
    expect(apiKey(api.divisions.children, { parentCode: '23' })).toEqual(['divisions', 'children', { parentCode: '23' }]);
    expect(apiKey(api.divisions)).toEqual(['divisions']);
    expect(apiKey(createPluginClient('keySectors'))).toEqual(['keySectors']);
    expect(() => createPluginClient('key-sectors')).toThrow(/camelCase/);
  });

  it('reads the CSRF cookie', () => {
    expect(readCsrfToken('a=1; gk_csrf=abc%3D; b=2')).toBe('abc=');
    expect(readCsrfToken('')).toBe('');
  });
});
