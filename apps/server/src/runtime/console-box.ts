// A framed message for the console, aligned for Chinese (full-width characters take two columns).

function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const wide = (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
      || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6);
    w += wide ? 2 : 1;
  }
  return w;
}

export function box(lines: string[]): string {
  const inner = Math.max(...lines.map(width)) + 2;
  const top = `╔${'═'.repeat(inner + 2)}╗`;
  const bottom = `╚${'═'.repeat(inner + 2)}╝`;
  const body = lines.map((l) => `║  ${l}${' '.repeat(inner - width(l))}║`);
  return [top, ...body, bottom].join('\n');
}
