import { describe, expect, it } from 'vitest';
import { exportQuery, parseSearch, searchHref, searchInput } from './search-params';

describe('search URL state', () => {
  it('parses valid parameters and drops invalid ones', () => {
    const s = parseSearch(new URLSearchParams('q=肇东&division=231282&topic=0201&type=key-sectors.record&year=2026&page=3'));
    expect(s).toEqual({ q: '肇东', division: '231282', topic: '0201', type: 'key-sectors.record', year: 2026, org: null, page: 3 });
    expect(parseSearch(new URLSearchParams('division=abc&topic=x&year=99999&page=-1&type=<script>'))).toEqual({ q: '', division: null, topic: null, type: null, year: null, org: null, page: 1 });
  });

  it('builds stable URLs and API inputs from the state', () => {
    const s = parseSearch(new URLSearchParams('q=公开&division=2301&page=2'));
    expect(searchHref({ ...s, page: 1 }, '2301')).toBe('/search?q=%E5%85%AC%E5%BC%80&division=2301&d=2301');
    expect(searchHref(s)).toBe('/search?q=%E5%85%AC%E5%BC%80&division=2301&page=2');
    expect(searchInput(s)).toEqual({ q: '公开', divisionCode: '2301' });
    expect(exportQuery(s)).toBe('?q=%E5%85%AC%E5%BC%80&division=2301');
  });
});
