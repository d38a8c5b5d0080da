// Information processing fees per 国办函〔2020〕109号《政府信息公开信息处理费管理办法》:
// by item (按件, counted per applicant per natural month) or by volume (按量, pages of one
// application), both excess-progressive; one method per application, never both (第三条).

export type FeeMethod = 'by-item' | 'by-volume';

export interface FeeLine { from: number; to: number; unitPrice: number; count: number; amount: number }
export interface FeeQuote { method: FeeMethod; amount: number; lines: FeeLine[]; explanation: string }

/** Price of the p-th item an applicant files in a natural month (第四条). */
export function itemPrice(position: number): number {
  if (position <= 10) return 0;
  if (position <= 30) return 100;
  // From item 31: each further block of 10 raises the rate by ¥100 per item.
  return 100 + 100 * Math.ceil((position - 30) / 10);
}

/** Price of page p of one application (第五条). */
export function pagePrice(page: number): number {
  if (page <= 30) return 0;
  if (page <= 100) return 10;
  if (page <= 200) return 20;
  return 40;
}

function linesOf(first: number, last: number, price: (n: number) => number): FeeLine[] {
  const lines: FeeLine[] = [];
  for (let n = first; n <= last; n++) {
    const p = price(n);
    const cur = lines[lines.length - 1];
    if (cur && cur.unitPrice === p) { cur.to = n; cur.count++; cur.amount += p; } else lines.push({ from: n, to: n, unitPrice: p, count: 1, amount: p });
  }
  return lines;
}

const describe = (unit: string, lines: FeeLine[]) => lines.map((l) => `第${l.from}${l.from === l.to ? '' : `—${l.to}`}${unit}：${l.unitPrice === 0 ? '免费' : `${l.unitPrice}元/${unit}×${l.count}=${l.amount}元`}`).join('；');

/**
 * By item: `earlierItems` are the items the same applicant already filed this natural month;
 * this application adds `items` (after splitting by "一事一申请").
 */
export function quoteByItem(earlierItems: number, items: number): FeeQuote {
  if (!Number.isInteger(earlierItems) || earlierItems < 0 || !Number.isInteger(items) || items < 1) throw new RangeError('件数须为正整数');
  const lines = linesOf(earlierItems + 1, earlierItems + items, itemPrice);
  const amount = lines.reduce((s, l) => s + l.amount, 0);
  return { method: 'by-item', amount, lines, explanation: `按件计收：本自然月此前累计${earlierItems}件，本次${items}件。${describe('件', lines)}。合计${amount}元。` };
}

export function quoteByVolume(pages: number): FeeQuote {
  if (!Number.isInteger(pages) || pages < 1) throw new RangeError('页数须为正整数');
  const lines = linesOf(1, pages, pagePrice);
  const amount = lines.reduce((s, l) => s + l.amount, 0);
  return { method: 'by-volume', amount, lines, explanation: `按量计收：共${pages}页。${describe('页', lines)}。合计${amount}元。` };
}

/** The first natural-month day and the next month's first day for a 'YYYY-MM-DD' date. */
export function monthRange(date: string): { from: string; to: string } {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { from: `${date.slice(0, 7)}-01`, to: next };
}
