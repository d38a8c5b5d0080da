import { describe, expect, it } from 'vitest';
import { fileSize, queryString, shanghaiDate, shanghaiDateTime } from './format';

describe('format', () => {
  it('formats instants in Asia/Shanghai', () => {
    expect(shanghaiDate('2026-09-30T16:30:00Z')).toBe('2026-10-01');
    expect(shanghaiDateTime('2026-09-30T16:30:05Z')).toBe('2026-10-01 00:30:05');
    expect(shanghaiDate(null)).toBe('');
  });
  it('formats sizes and query strings', () => {
    expect(fileSize(512)).toBe('512 字节');
    expect(fileSize(2048)).toBe('2.0 KB');
    expect(queryString({ q: '肇东', division: '', page: 2, topic: undefined })).toBe('?q=%E8%82%87%E4%B8%9C&page=2');
    expect(queryString({})).toBe('');
  });
});
