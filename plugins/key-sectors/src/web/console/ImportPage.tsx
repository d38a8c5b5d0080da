// Console: bulk import from CSV or XLSX. The whole file is checked first and every bad row is
// listed with its row number and column; nothing is imported from a file with errors.
import { useId, useState, type FormEvent } from 'react';
import { DataTable, Notice, QueryState, errorMessage, useApiMutation, usePageTitle, type Column } from '@gongkai/ui';
import { ks, type Out } from '../api';
import { OrganizationSelect } from '../components/OrganizationSelect';
import { SectorPicker } from './SectorPicker';
import { useSectorChoice } from './useSectorChoice';

type Report = Out['imports']['check'];
type Issue = Report['errors'][number];
const issueColumns: Column<Issue & { k: number }>[] = [
  { key: 'row', header: '行号', rowHeader: true },
  { key: 'field', header: '列' },
  { key: 'message', header: '问题' },
];

async function readFile(file: File): Promise<{ format: 'csv' | 'xlsx'; content: string }> {
  if (/\.xlsx$/i.test(file.name)) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { format: 'xlsx', content: btoa(bin) };
  }
  return { format: 'csv', content: await file.text() };
}

function download(name: string, content: string, encoding: 'utf8' | 'base64') {
  const blob = encoding === 'base64'
    ? new Blob([Uint8Array.from(atob(content), (c) => c.charCodeAt(0))], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
    : new Blob([content], { type: 'text/csv;charset=utf-8' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  URL.revokeObjectURL(a.href);
}

export default function ImportPage() {
  usePageTitle('批量导入');
  const id = useId();
  const { code, sectors, sector, type, choose } = useSectorChoice();
  const [file, setFile] = useState<File | null>(null);
  const [org, setOrg] = useState<string | null>(null);
  const [publish, setPublish] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const check = useApiMutation(ks.imports.check, { onSuccess: setReport });
  const run = useApiMutation(ks.imports.run, { invalidate: [ks.records], onSuccess: (r) => { setDone(`已导入 ${r.recordCount} 条记录（文件 ${r.rowCount} 行）。`); setReport(null); } });
  const input = async () => {
    if (!file || !sector || !type) return null;
    const { format, content } = await readFile(file);
    return { divisionCode: code, sector: sector.id, recordType: type.id, organizationId: org, fileName: file.name, format, content, publish };
  };
  const onCheck = async (e: FormEvent) => { e.preventDefault(); setDone(null); const i = await input(); if (i) check.mutate(i); };
  const onRun = async () => { const i = await input(); if (i) run.mutate(i); };
  const template = async (format: 'csv' | 'xlsx') => {
    if (!sector || !type) return;
    const t = await ks.imports.template.query({ sector: sector.id, recordType: type.id, format });
    download(t.fileName, t.content, t.encoding);
  };
  const error = check.error ?? run.error;
  return (
    <>
      <h1>批量导入</h1>
      <QueryState query={sectors}>{(all) => <SectorPicker sectors={all} sector={sector} type={type} choose={choose} />}</QueryState>
      <p>第一行为列名，可用字段标识或中文名称。<button type="button" className="gk-button gk-button-secondary" onClick={() => void template('csv')}>下载 CSV 模板</button>{' '}
        <button type="button" className="gk-button gk-button-secondary" onClick={() => void template('xlsx')}>下载 XLSX 模板</button></p>
      <form className="gk-form" onSubmit={(e) => void onCheck(e)} aria-label="导入文件">
        <div className="gk-field"><label htmlFor={`${id}-f`}>文件（CSV 或 XLSX）</label>
          <input id={`${id}-f`} type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => { setFile(e.target.files?.[0] ?? null); setReport(null); }} /></div>
        <OrganizationSelect id={`${id}-org`} divisionCode={code} value={org} onChange={setOrg} />
        <div className="gk-field gk-checkbox"><input id={`${id}-p`} type="checkbox" checked={publish} onChange={(e) => setPublish(e.target.checked)} /><label htmlFor={`${id}-p`}>导入后立即发布</label></div>
        <div className="gk-form-actions"><button type="submit" className="gk-button" disabled={!file || check.isPending}>{check.isPending ? '正在检查…' : '检查文件'}</button></div>
      </form>
      {error ? <Notice tone="error" title="未导入">{errorMessage(error)}</Notice> : null}
      {done ? <Notice tone="success">{done}</Notice> : null}
      {report ? (report.ok ? (
        <Notice tone="success" title="检查通过">共 {report.rowCount} 行，可生成 {report.recordCount} 条记录。
          <button type="button" className="gk-button" onClick={() => void onRun()} disabled={run.isPending}>{run.isPending ? '正在导入…' : '确认导入'}</button>
        </Notice>
      ) : (
        <>
          <Notice tone="error" title="文件有错误，未导入任何记录">共 {report.errorCount} 处错误，涉及 {report.badRows} 行。请修改后重新检查。</Notice>
          <DataTable caption="错误明细" columns={issueColumns} rows={report.errors.map((x, k) => ({ ...x, k }))} rowKey={(x) => String(x.k)} pageSize={50} />
        </>
      )) : null}
    </>
  );
}
