// How a search total is shown: exact totals as they are, estimates (large result sets, see the
// catalogue search's `totalIsEstimate`) rounded and marked 约.

/** 31270 → "3.1万"; 5029 → "5,000"; exact numbers → "31,270". */
export function countText(total: number, isEstimate: boolean): string {
  if (!isEstimate) return total.toLocaleString('zh-CN');
  if (total >= 10_000) return `${Number((total / 10_000).toFixed(1))}万`;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(total, 1))) - 1);
  return (Math.round(total / step) * step).toLocaleString('zh-CN');
}

/** "共 12 条" or "共约 3.1万 条". */
export function totalText(total: number, isEstimate: boolean): { prefix: string; count: string; unit: string } {
  return isEstimate ? { prefix: '共约 ', count: countText(total, true), unit: ' 条' } : { prefix: '共 ', count: countText(total, false), unit: ' 条' };
}
