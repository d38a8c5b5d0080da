import { describe, expect, it } from 'vitest';
import { allowedType, cleanFileName, extensionOf } from './mime';

describe('attachment types', () => {
  it('knows the allow-list and checks leading bytes', () => {
    expect(allowedType('application/pdf')!.magic(Buffer.from('%PDF-1.7\n'))).toBe(true);
    expect(allowedType('APPLICATION/PDF; charset=binary')!.mime).toBe('application/pdf');
    expect(allowedType('application/pdf')!.magic(Buffer.from('MZ\x90\x00'))).toBe(false);
    expect(allowedType('application/ofd')!.magic(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe(true);
    expect(allowedType('text/csv')!.magic(Buffer.from('名称,日期\r\n'))).toBe(true);
    expect(allowedType('text/csv')!.magic(Buffer.from([0x41, 0x00, 0x42]))).toBe(false);
    expect(allowedType('application/x-msdownload')).toBeUndefined();
    expect(allowedType('text/html')).toBeUndefined();
  });

  it('cleans file names of paths and control characters', () => {
    expect(cleanFileName('C:\\temp\\..\\预算.pdf')).toBe('预算.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b<script>.pdf')).toBe('abscript.pdf');
    const long = cleanFileName(`${'长'.repeat(300)}.docx`);
    expect(long.length).toBeLessThanOrEqual(200);
    expect(extensionOf(long)).toBe('docx');
  });
});
