// Allowed attachment types. The declared type must be on the list, the file name's extension must
// fit it, and the content's leading bytes must match it (so a renamed executable is refused).

export interface AllowedType { mime: string; extensions: readonly string[]; label: string; magic: (b: Uint8Array) => boolean }

const starts = (sig: readonly number[]) => (b: Uint8Array) => sig.every((x, i) => b[i] === x);
const zip = (b: Uint8Array) => starts([0x50, 0x4b, 0x03, 0x04])(b) || starts([0x50, 0x4b, 0x05, 0x06])(b);
const ole = starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Text: no NUL byte in the first 8 KB. */
const text = (b: Uint8Array) => !b.subarray(0, 8192).includes(0);

export const allowedTypes: readonly AllowedType[] = [
  { mime: 'application/pdf', extensions: ['pdf'], label: 'PDF', magic: starts([0x25, 0x50, 0x44, 0x46, 0x2d]) },
  { mime: 'application/msword', extensions: ['doc'], label: 'Word 97-2003', magic: ole },
  { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'], label: 'Word', magic: zip },
  { mime: 'application/vnd.ms-excel', extensions: ['xls'], label: 'Excel 97-2003', magic: ole },
  { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], label: 'Excel', magic: zip },
  { mime: 'text/csv', extensions: ['csv'], label: 'CSV', magic: text },
  { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'JPEG', magic: starts([0xff, 0xd8, 0xff]) },
  { mime: 'image/png', extensions: ['png'], label: 'PNG', magic: starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { mime: 'application/ofd', extensions: ['ofd'], label: 'OFD 版式文件', magic: zip },
  { mime: 'application/zip', extensions: ['zip'], label: 'ZIP', magic: zip },
];

export const allowedMimes = allowedTypes.map((t) => t.mime);

export function allowedType(mime: string): AllowedType | undefined {
  return allowedTypes.find((t) => t.mime === mime.toLowerCase().split(';')[0]!.trim());
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** A file name safe to store and to send back: no path, no control characters, bounded length. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim();
  if (clean.length <= 200) return clean;
  const ext = extensionOf(clean);
  return `${clean.slice(0, 190 - ext.length)}.${ext}`;
}
