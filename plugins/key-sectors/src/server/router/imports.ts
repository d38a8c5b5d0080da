// Bulk import from CSV and XLSX for every record type: check (dry run) and run. The whole file is
// validated first; a file with any error imports nothing and every bad row is reported.
import { fail, router, TRPCError } from '@gongkai/kernel';
import Papa from 'papaparse';
import { z } from 'zod';
import { topLevelFields } from '../../contracts';
import { assertCanEdit, assertSectorEnabled } from '../authz';
import { addStoredDuplicates, checkFile, type CheckResult } from '../import/check';
import { headerIndex } from '../import/columns';
import { FileFormatError, parseCsv, parseXlsx, type ParsedFile } from '../import/parse';
import { storedNaturalKeys, writeImport } from '../import/write';
import type { KsContext } from '../records/service';
import { sectorCatalog, type ResolvedSector } from '../sector-catalog';
import { divisionCode, organizationId, recordTypeId, sectorId } from './inputs';
import { p } from './procedures';

const MAX_CONTENT = 40_000_000;

const fileInput = z.object({
  divisionCode,
  sector: sectorId,
  recordType: recordTypeId,
  organizationId: organizationId.nullable().default(null),
  fileName: z.string().trim().min(1, '文件名不能为空').max(200, '文件名不超过 200 个字符'),
  format: z.enum(['csv', 'xlsx'], { error: '文件格式须为 csv 或 xlsx' }),
  /** CSV text, or the XLSX file in base64. */
  content: z.string().min(1, '文件内容为空').max(MAX_CONTENT, '文件过大（不超过 30 MB）'),
  publish: z.boolean().default(false),
}).strict();

type FileInput = z.output<typeof fileInput>;

async function parse(input: FileInput): Promise<ParsedFile> {
  try {
    return input.format === 'csv' ? parseCsv(input.content) : await parseXlsx(Buffer.from(input.content, 'base64'));
  } catch (e) {
    if (e instanceof FileFormatError) throw fail.badRequest(e.message, 'content');
    throw e;
  }
}

async function check(ctx: KsContext, sector: ResolvedSector, input: FileInput): Promise<{ result: CheckResult; file: ParsedFile }> {
  const rt = sectorCatalog(ctx.kernel.registry).recordType(sector, input.recordType);
  const file = await parse(input);
  if (file.rows.length === 0) throw fail.badRequest('文件没有数据行', 'content');
  let result = checkFile(rt, file);
  const keys = result.prepared.flatMap((x) => (x.fields.naturalKey ? [x.fields.naturalKey] : []));
  if (keys.length) result = addStoredDuplicates(result, await storedNaturalKeys(ctx, input.divisionCode, sector.def.id, rt.id, keys));
  return { result, file };
}

function report(r: CheckResult) {
  return { ok: r.ok, rowCount: r.rowCount, recordCount: r.recordCount, errorCount: r.errorCount, badRows: r.badRows, errors: r.errors };
}

function rejection(r: CheckResult): TRPCError {
  const issues = r.errors.map((e) => ({ code: 'custom' as const, path: [`第${e.row}行`, e.field], message: e.message, input: undefined }));
  const head = r.errors.slice(0, 20).map((e) => `第 ${e.row} 行 ${e.field}：${e.message}`).join('；');
  return new TRPCError({
    code: 'BAD_REQUEST',
    message: `文件有 ${r.errorCount} 处错误（${r.badRows} 行），未导入任何记录：${head}${r.errorCount > 20 ? '……' : ''}`,
    cause: new z.ZodError(issues),
  });
}

async function authorize(ctx: { kernel: KsContext['kernel']; db: KsContext['tx']; principal: Parameters<typeof assertCanEdit>[0] }, input: FileInput) {
  const sector = sectorCatalog(ctx.kernel.registry).sector(input.sector);
  sectorCatalog(ctx.kernel.registry).recordType(sector, input.recordType);
  const principal = assertCanEdit(ctx.principal, sector, input.divisionCode, input.organizationId);
  await assertSectorEnabled(ctx.kernel, ctx.db, sector, input.divisionCode);
  return { sector, principal };
}

export const importsRouter = router({
  /** Dry run: the full error report, nothing written. */
  check: p.authed()
    .input(fileInput)
    .mutation(async ({ ctx, input }) => {
      const { sector } = await authorize(ctx, input);
      const { result } = await check(ctx.plugin, sector, input);
      ctx.audit.detail({ dryRun: true, fileName: input.fileName, rows: result.rowCount, errors: result.errorCount });
      return report(result);
    }),

  /** Validates the whole file and imports it in one transaction, or imports nothing. */
  run: p.authed()
    .input(fileInput)
    .mutation(async ({ ctx, input }) => {
      const { sector, principal } = await authorize(ctx, input);
      const rt = sectorCatalog(ctx.kernel.registry).recordType(sector, input.recordType);
      const { result } = await check(ctx.plugin, sector, input);
      if (!result.ok) throw rejection(result);
      const w = await writeImport(ctx.plugin, {
        divisionCode: input.divisionCode, sector, recordType: rt, organizationId: input.organizationId, publish: input.publish,
        actorId: principal.userId, fileName: input.fileName, format: input.format, rowCount: result.rowCount, prepared: result.prepared,
      });
      ctx.audit.target('key-sectors.import', w.importId, input.divisionCode);
      ctx.audit.detail({ sector: sector.def.id, recordType: rt.id, fileName: input.fileName, rows: result.rowCount, records: w.created, published: input.publish });
      return { importId: w.importId, rowCount: result.rowCount, recordCount: w.created };
    }),

  /** A template with the record type's columns (Chinese labels), as CSV text or base64 XLSX. */
  template: p.public()
    .input(z.object({ sector: sectorId, recordType: recordTypeId, format: z.enum(['csv', 'xlsx']).default('csv') }).strict())
    .query(async ({ ctx, input }) => {
      const catalog = sectorCatalog(ctx.kernel.registry);
      const sector = catalog.sector(input.sector);
      const rt = catalog.recordType(sector, input.recordType);
      const index = headerIndex(rt.schema);
      const ids = rt.import?.templateHeaders ?? topLevelFields(rt.schema).map((f) => f.key);
      const headers = ids.map((id) => index.get(id)?.label ?? id);
      const fileName = `${sector.def.label}-${rt.label}-导入模板.${input.format}`;
      if (input.format === 'csv') return { fileName, content: `\uFEFF${Papa.unparse({ fields: headers, data: [] })}\r\n`, encoding: 'utf8' as const };
      const { default: Excel } = await import('exceljs'); // loaded on first use (see import/parse.ts)
      const wb = new Excel.Workbook();
      wb.addWorksheet(rt.label.slice(0, 31).replace(/[\\/?*[\]:]/g, '')).addRow(headers);
      const buf = Buffer.from(await wb.xlsx.writeBuffer());
      return { fileName, content: buf.toString('base64'), encoding: 'base64' as const };
    }),
});
