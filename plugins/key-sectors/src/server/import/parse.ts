// File parsing for bulk import: CSV with papaparse (RFC 4180, quoted fields, BOM) and XLSX with
// exceljs (first worksheet). Both give the header row and the data rows with the row numbers a
// user sees in a spreadsheet (the header is row 1); blank rows are skipped but keep the numbering.
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { ImportRow } from '../../contracts';

export interface ParsedFile { headers: string[]; rows: ImportRow[] }

export class FileFormatError extends Error {}

function toRows(table: readonly (readonly string[])[], rowNumbers: readonly number[]): ParsedFile {
  const headerIndex = table.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerIndex < 0) throw new FileFormatError('文件为空：第一行须为列名');
  const headers = table[headerIndex]!.map((h) => h.trim());
  const seen = new Set<string>();
  headers.forEach((h, i) => {
    if (h === '') return;
    if (seen.has(h)) throw new FileFormatError(`第 ${rowNumbers[headerIndex]} 行第 ${i + 1} 列：列名“${h}”重复`);
    seen.add(h);
  });
  const rows: ImportRow[] = [];
  for (let i = headerIndex + 1; i < table.length; i++) {
    const cells = table[i]!;
    if (cells.every((c) => c.trim() === '')) continue;
    const record: Record<string, string> = {};
    headers.forEach((h, j) => { if (h !== '') record[h] = cells[j] ?? ''; });
    rows.push({ row: rowNumbers[i]!, cells: record });
  }
  return { headers: headers.filter((h) => h !== ''), rows };
}

export function parseCsv(text: string): ParsedFile {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const fatal = result.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new FileFormatError(`CSV 格式错误（第 ${(fatal.row ?? 0) + 1} 行）：引号不匹配`);
  const data = result.data;
  // A trailing newline yields one empty record; drop it.
  if (data.length && data[data.length - 1]!.length === 1 && data[data.length - 1]![0] === '') data.pop();
  return toRows(data, data.map((_, i) => i + 1));
}

function pad(n: number): string { return String(n).padStart(2, '0'); }

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) {
    // exceljs reads spreadsheet dates as UTC; a time of day is kept when present.
    const d = `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
    return v.getUTCHours() || v.getUTCMinutes() ? `${d}T${pad(v.getUTCHours())}` : d;
  }
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('error' in v) return '';
  }
  return String(v);
}

export async function parseXlsx(content: Buffer): Promise<ParsedFile> {
  // Loaded on first use: exceljs and its zip stack weigh about 20 MB of memory and a second of start-up.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new FileFormatError('无法读取 XLSX 文件：文件已损坏或不是 Excel 2007 及以上格式');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new FileFormatError('XLSX 文件没有工作表');
  const table: string[][] = [];
  const numbers: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(cellText(row.getCell(c).value));
    table.push(cells);
    numbers.push(rowNumber);
  });
  return toRows(table, numbers);
}
