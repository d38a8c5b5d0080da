// Console: the 告知书 templates of the division or of one organisation, per outcome and letter kind.
// A template not set here falls back to the division above, then to the built-in text.
import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Notice, QueryState, useApiMutation, useApiQuery, useDivision, usePageTitle } from '@gongkai/ui';
import { api, type Outputs } from '../shared/api';
import { ActionForm } from '../shared/ActionForm';
import { SelectField, TextAreaField, TextField } from '../shared/fields';
import { serverErrors } from '../shared/form-errors';
import { OrgSelect } from '../shared/OrgSelect';

type Template = Outputs['requests']['templates']['templates'][number];

function sourceLabel(source: string, division: string): string {
  if (source === 'organization') return '本机构模板';
  if (source === 'default') return '系统默认模板';
  const code = source.replace(/^division:/, '');
  return code === division ? '本地区模板' : `上级地区（${code}）模板`;
}

function Editor({ t, division, organizationId }: { t: Template; division: string; organizationId: string }) {
  const id = useId();
  const [title, setTitle] = useState(t.title);
  const [body, setBody] = useState(t.body);
  const m = useApiMutation(api.requests.setTemplate, { invalidate: [api.requests.templates] });
  const e = serverErrors(m.error);
  return (
    <ActionForm level={2} title={`编辑：${t.label}`} titleId={`${id}-t`} pending={m.isPending} submitLabel="保存模板" formError={e['']} success={m.data ? '已保存。此后出具的告知书使用新模板；已出具的不受影响。' : null}
      onSubmit={() => m.mutate({ divisionCode: division, ...(organizationId ? { organizationId } : {}), key: t.key, title, body })}>
      <TextField id={`${id}-title`} label="告知书标题" required maxLength={100} value={title} onChange={setTitle} error={e.title} />
      <TextAreaField id={`${id}-body`} label="告知书正文" required rows={16} maxLength={20000} value={body} onChange={setBody} error={e.body}
        hint="空一行分段。用 {{占位符}} 填入申请信息；{{#占位符}}…{{/占位符}} 中的内容仅在有值时出现。" />
    </ActionForm>
  );
}

export default function TemplatesPage() {
  usePageTitle('告知书模板');
  const id = useId();
  const { code } = useDivision();
  const [params, setParams] = useSearchParams();
  const organizationId = params.get('org') ?? '';
  const key = params.get('key') ?? '';
  const set = (k: string, v: string) => setParams((prev) => { const p = new URLSearchParams(prev); if (v) p.set(k, v); else p.delete(k); return p; });
  const list = useApiQuery(api.requests.templates, { divisionCode: code ?? '', ...(organizationId ? { organizationId } : {}) }, { enabled: !!code });
  return (
    <>
      <h1>告知书模板</h1>
      <p>每种办理结果和告知事项都有一份模板。机构模板优先于本地区模板，本地区模板优先于上级地区模板和系统默认模板。答复时还可以单独修改某件告知书的正文。</p>
      <div className="gk-toolbar">
        <OrgSelect id={`${id}-org`} label="适用范围" divisionCode={code} value={organizationId} onChange={(v) => set('org', v)} placeholder="本地区（全部机构）" />
      </div>
      <QueryState query={list}>
        {(data) => {
          const current = data.templates.find((t) => t.key === key);
          return (
            <>
              <SelectField id={`${id}-key`} label="模板" value={key} onChange={(v) => set('key', v)} placeholder="请选择要查看或修改的模板"
                options={data.templates.map((t) => ({ value: t.key, label: `${t.label}（${sourceLabel(t.source, code ?? '')}）` }))} />
              {current ? <Editor key={`${organizationId}:${current.key}`} t={current} division={code ?? ''} organizationId={organizationId} /> : <Notice tone="info">请选择一个模板。</Notice>}
              <h2>可用的占位符</h2>
              <table className="gk-meta-table">
                <caption className="gk-visually-hidden">可用的占位符</caption>
                <tbody>{Object.entries(data.placeholders).map(([k, v]) => <tr key={k}><th scope="row">{`{{${k}}}`}</th><td>{v}</td></tr>)}</tbody>
              </table>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
