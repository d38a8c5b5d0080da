// Picks a published policy document from the catalogue by searching its titles.
import { useId, useState } from 'react';
import { QueryState, skipToken, useApiQuery } from '@gongkai/ui';
import { kernelApi } from '../shared/api';
import { TextField } from '../shared/fields';

export interface PickedPolicy { id: string; title: string }

export function PolicyPicker({ divisionCode, value, onChange, error }: { divisionCode: string; value: PickedPolicy | null; onChange: (p: PickedPolicy | null) => void; error?: string }) {
  const id = useId();
  const [q, setQ] = useState('');
  const [asked, setAsked] = useState('');
  const hits = useApiQuery(kernelApi.catalogue.search, asked ? { q: asked, divisionCode, pageSize: 10 } : skipToken);
  return (
    <fieldset className={`gk-fieldset${error ? ' gk-field-invalid' : ''}`} aria-describedby={error ? `${id}-err` : undefined}>
      <legend>解读的政策文件<span className="gk-required"><span aria-hidden="true">*</span><span className="gk-visually-hidden">（必填）</span></span></legend>
      {error ? <p id={`${id}-err`} className="gk-field-error"><span className="gk-visually-hidden">错误：</span>{error}</p> : null}
      {value ? <p>已选择：<strong>{value.title}</strong> <button type="button" className="gk-button-link" onClick={() => onChange(null)}>重新选择</button></p> : (
        <>
          <div className="gk-toolbar">
            <TextField id={`${id}-q`} label="在政府信息公开目录中检索" type="search" maxLength={100} value={q} onChange={setQ}
              onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); setAsked(q.trim()); } }} />
            <div className="gk-form-actions"><button type="button" className="gk-button-secondary" onClick={() => setAsked(q.trim())}>检索</button></div>
          </div>
          {asked ? <QueryState query={hits}>{(r) => (r.items.length === 0 ? <p role="status">没有找到已发布的文件。</p> : (
            <ul className="gk-results" aria-label="检索结果">
              {r.items.filter((h) => h.itemType !== 'mechanisms.interpretation').map((h) => (
                <li key={h.id}>{h.title}{h.docNo ? `（${h.docNo}）` : ''}，{h.organizationName}，{h.generatedOn}{' '}
                  <button type="button" className="gk-button-link" onClick={() => onChange({ id: h.id, title: h.title })}>选择<span className="gk-visually-hidden">{h.title}</span></button>
                </li>
              ))}
            </ul>
          ))}</QueryState> : null}
        </>
      )}
    </fieldset>
  );
}
