// The catalogue editor: a draft's standard metadata (索引号 is assigned at publication), its
// item type's own metadata (form generated from the type's schema), attachments, and the
// publish / withdraw actions.
import { useId, useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { disclosureModes, validities } from '@gongkai/kernel/contracts';
import { Notice, QueryState, SchemaFields, describeSchema, errorMessage, fieldErrorsFrom, skipToken, useApiMutation, useApiQuery, usePageTitle, validateValue, type FieldErrors, type JsonSchema } from '@gongkai/ui';
import { api, type Outputs } from '../api';
import { hasPermission, useMe } from '../session/session';
import { fileSize } from '../shared/format';
import { TextField } from '../shared/TextField';
import { useWorkDivision } from './console-division';
import { TopicPicker } from './TopicPicker';
import { OrganizationSelect } from './UsersPage';

type Staff = Outputs['catalogue']['get'];
type ItemType = Outputs['catalogue']['itemTypes'][number];

interface Draft {
  organizationId: string; itemType: string; title: string; summary: string; body: string; docNo: string;
  generatedOn: string; topicCode: string; disclosureMode: (typeof disclosureModes)[number]; validity: (typeof validities)[number];
  metadata: Record<string, unknown>;
}

function dateOnly(v: Date | string | null | undefined): string {
  if (!v) return '';
  return (typeof v === 'string' ? v : v.toISOString()).slice(0, 10);
}

function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

function fromItem(item: Staff): Draft {
  return {
    organizationId: item.organizationId, itemType: item.itemType, title: item.title, summary: item.summary, body: item.body,
    docNo: item.docNo ?? '', generatedOn: dateOnly(item.generatedOn), topicCode: item.topicCode,
    disclosureMode: item.disclosureMode as Draft['disclosureMode'], validity: item.validity as Draft['validity'],
    metadata: (item.metadata ?? {}) as Record<string, unknown>,
  };
}

/** The type's metadata schema with the type's Chinese field labels as titles. */
function labelled(t: ItemType | undefined): JsonSchema | null {
  if (!t) return null;
  const schema = structuredClone(t.metadataSchema) as JsonSchema;
  for (const [key, label] of Object.entries(t.fieldLabels)) {
    const prop = schema.properties?.[key];
    if (prop && !prop.title) prop.title = label;
  }
  return schema;
}

function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(r.error ?? new Error('读取文件失败'));
    r.readAsDataURL(file);
  });
}

function Attachments({ item }: { item: Staff }) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [reading, setReading] = useState(false);
  const attach = useApiMutation(api.catalogue.attach, { onSuccess: () => { setTitle(''); setFile(null); } });
  const detach = useApiMutation(api.catalogue.detach);
  const errors = fieldErrorsFrom(attach.error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setReading(true);
    try {
      const contentBase64 = await toBase64(file);
      attach.mutate({ itemId: item.id, title: title || file.name, fileName: file.name, mime: file.type || 'application/octet-stream', contentBase64 });
    } finally { setReading(false); }
  };
  return (
    <section aria-labelledby="att-title" className="gk-section">
      <h2 id="att-title">附件</h2>
      {item.attachments.length === 0 ? <p>暂无附件。</p> : (
        <ul>
          {item.attachments.map((a) => (
            <li key={a.id}>{a.title}（{a.file.fileName}，{fileSize(a.file.size)}）{' '}
              {item.status !== 'withdrawn' ? <button type="button" className="gk-button-link" onClick={() => detach.mutate({ attachmentId: a.id })}>删除<span className="gk-visually-hidden">附件 {a.title}</span></button> : null}
            </li>
          ))}
        </ul>
      )}
      {attach.error || detach.error ? <Notice tone="error">{errorMessage(attach.error ?? detach.error)}</Notice> : null}
      {item.status !== 'withdrawn' ? (
        <form className="gk-form" onSubmit={submit} aria-label="添加附件">
          <TextField id={`${id}-t`} label="附件名称" hint="留空则使用文件名" value={title} onChange={setTitle} error={errors.title} maxLength={200} />
          <div className="gk-field">
            <label htmlFor={`${id}-f`}>选择文件（不超过 20 MB）</label>
            <input id={`${id}-f`} type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </div>
          <div className="gk-form-actions"><button type="submit" className="gk-button-secondary" disabled={!file || reading || attach.isPending}>{reading || attach.isPending ? '正在上传…' : '上传附件'}</button></div>
        </form>
      ) : null}
    </section>
  );
}

function Lifecycle({ item }: { item: Staff }) {
  const me = useMe().data;
  const id = useId();
  const [reason, setReason] = useState('');
  const publish = useApiMutation(api.catalogue.publish);
  const withdraw = useApiMutation(api.catalogue.withdraw, { onSuccess: () => setReason('') });
  if (!hasPermission(me, 'kernel.catalogue.publish')) return null;
  const errors = fieldErrorsFrom(withdraw.error);
  return (
    <section aria-labelledby="life-title" className="gk-section">
      <h2 id="life-title">发布</h2>
      {publish.data ? <Notice tone="success">已发布，索引号 {publish.data.indexNo}。</Notice> : null}
      {publish.error ? <Notice tone="error" title="发布失败">{errorMessage(publish.error)}</Notice> : null}
      {item.status === 'draft' ? (
        <button type="button" className="gk-button" disabled={publish.isPending} onClick={() => publish.mutate({ id: item.id })}>发布</button>
      ) : null}
      {item.status === 'published' ? (
        <>
          <p>已发布：<a href={`/items/${item.id}`}>在门户网站查看</a></p>
          {withdraw.error && !errors.reason ? <Notice tone="error">{errorMessage(withdraw.error)}</Notice> : null}
          <form className="gk-form" aria-label="撤回信息" onSubmit={(e) => { e.preventDefault(); withdraw.mutate({ id: item.id, reason }); }} noValidate>
            <TextField id={`${id}-r`} label="撤回理由" value={reason} onChange={setReason} error={errors.reason} required maxLength={500} />
            <div className="gk-form-actions"><button type="submit" className="gk-button-danger" disabled={withdraw.isPending || !reason.trim()}>撤回</button></div>
          </form>
        </>
      ) : null}
      {item.status === 'withdrawn' ? <p>该信息已撤回，不再对外公开。</p> : null}
    </section>
  );
}

function Editor({ item, division }: { item: Staff | null; division: string }) {
  const id = useId();
  const navigate = useNavigate();
  const types = useApiQuery(api.catalogue.itemTypes, undefined, { staleTime: 10 * 60_000 });
  const [d, setD] = useState<Draft>(() => item ? fromItem(item) : {
    organizationId: '', itemType: 'kernel.document', title: '', summary: '', body: '', docNo: '', generatedOn: today(),
    topicCode: '', disclosureMode: '主动公开', validity: '有效', metadata: {},
  });
  const [local, setLocal] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const type = types.data?.find((t) => t.type === d.itemType);
  const metaSchema = useMemo(() => labelled(type), [type]);
  const editable = !item || item.status === 'draft';

  const create = useApiMutation(api.catalogue.createDraft, { onSuccess: (r) => navigate(`/console/catalogue/${r.id}`, { replace: true }) });
  const update = useApiMutation(api.catalogue.updateDraft, { onSuccess: () => setSaved(true) });
  const error = create.error ?? update.error;
  const server = fieldErrorsFrom(error, item ? { prefix: 'patch' } : {});
  const errors: FieldErrors = { ...server, ...local };
  const metaErrors = Object.fromEntries(Object.entries(errors).filter(([k]) => k.startsWith('metadata.')).map(([k, v]) => [k.slice('metadata.'.length), v]));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const found: FieldErrors = {};
    if (!d.organizationId) found.organizationId = '请选择发布机构';
    if (!d.title.trim()) found.title = '名称不能为空';
    if (!d.topicCode) found.topicCode = '请选择主题分类';
    if (metaSchema) for (const [k, v] of Object.entries(validateValue(describeSchema(metaSchema), d.metadata))) found[`metadata.${k}`] = v;
    setLocal(found);
    if (Object.keys(found).length) return;
    const fields = { ...d, docNo: d.docNo.trim() || null };
    if (item) update.mutate({ id: item.id, patch: fields });
    else create.mutate({ divisionCode: division, ...fields });
  };
  const set = <K extends keyof Draft>(k: K) => (v: Draft[K]) => setD({ ...d, [k]: v });

  return (
    <form className="gk-form" onSubmit={submit} aria-label="目录信息" noValidate>
      {saved ? <Notice tone="success">草稿已保存。</Notice> : null}
      {error && Object.keys(server).length === 0 ? <Notice tone="error" title="保存失败">{errorMessage(error)}</Notice> : null}
      {server[''] ? <Notice tone="error">{server['']}</Notice> : null}
      <fieldset className="gk-fieldset" disabled={!editable}>
        <legend>基本信息</legend>
        <OrganizationSelect id={`${id}-org`} division={item?.divisionCode ?? division} value={d.organizationId} onChange={set('organizationId')} error={errors.organizationId} label="发布机构" allowNone={false} />
        <div className="gk-field">
          <label htmlFor={`${id}-type`}>信息类型</label>
          <select id={`${id}-type`} value={d.itemType} onChange={(e) => setD({ ...d, itemType: e.target.value, metadata: {} })}>
            {(types.data ?? [{ type: 'kernel.document', label: '一般文件' }]).map((t) => <option key={t.type} value={t.type}>{t.label}</option>)}
          </select>
        </div>
        <TextField id={`${id}-title`} label="名称" value={d.title} onChange={set('title')} error={errors.title} required maxLength={300} />
        <div className={`gk-field${errors.summary ? ' gk-field-invalid' : ''}`}>
          <label htmlFor={`${id}-sum`}>内容概述</label>
          {errors.summary ? <p id={`${id}-sum-error`} className="gk-field-error">{errors.summary}</p> : null}
          <textarea id={`${id}-sum`} rows={3} maxLength={2000} value={d.summary} onChange={(e) => set('summary')(e.target.value)} aria-describedby={errors.summary ? `${id}-sum-error` : undefined} />
        </div>
        <TextField id={`${id}-docno`} label="发文字号" hint="如：黑政办发〔2026〕1号；没有可留空" value={d.docNo} onChange={set('docNo')} error={errors.docNo} maxLength={100} />
        <TextField id={`${id}-date`} label="生成日期" type="date" value={d.generatedOn} onChange={set('generatedOn')} error={errors.generatedOn} required />
        <TopicPicker id={`${id}-topic`} value={d.topicCode} onChange={set('topicCode')} error={errors.topicCode} />
        <div className="gk-field">
          <label htmlFor={`${id}-mode`}>公开方式</label>
          <select id={`${id}-mode`} value={d.disclosureMode} onChange={(e) => set('disclosureMode')(e.target.value as Draft['disclosureMode'])}>
            {disclosureModes.map((m) => <option key={m} value={m}>{m}</option>)}
          </select>
        </div>
        <div className="gk-field">
          <label htmlFor={`${id}-valid`}>有效性</label>
          <select id={`${id}-valid`} value={d.validity} onChange={(e) => set('validity')(e.target.value as Draft['validity'])}>
            {validities.map((m) => <option key={m} value={m}>{m}</option>)}
          </select>
        </div>
        <div className={`gk-field${errors.body ? ' gk-field-invalid' : ''}`}>
          <label htmlFor={`${id}-body`}>正文</label>
          {errors.body ? <p id={`${id}-body-error`} className="gk-field-error">{errors.body}</p> : null}
          <textarea id={`${id}-body`} rows={12} value={d.body} onChange={(e) => set('body')(e.target.value)} aria-describedby={errors.body ? `${id}-body-error` : undefined} />
        </div>
      </fieldset>
      {metaSchema && Object.keys(metaSchema.properties ?? {}).length > 0 ? (
        <fieldset className="gk-fieldset" disabled={!editable}>
          <legend>{type?.label ?? '扩展'}元数据</legend>
          <SchemaFields schema={metaSchema} value={d.metadata} onChange={set('metadata')} errors={metaErrors} idPrefix={`${id}-meta`} />
        </fieldset>
      ) : null}
      {editable ? <div className="gk-form-actions"><button type="submit" className="gk-button" disabled={create.isPending || update.isPending}>{item ? '保存草稿' : '创建草稿'}</button></div> : <p>已发布或已撤回的信息不能修改。</p>}
    </form>
  );
}

const statusLabel: Record<string, string> = { draft: '草稿', published: '已发布', withdrawn: '已撤回' };

export default function CatalogueEditPage() {
  const { id } = useParams();
  const division = useWorkDivision();
  const item = useApiQuery(api.catalogue.get, id ? { id } : skipToken);
  usePageTitle(id ? (item.data ? `编辑：${item.data.title}` : '编辑信息') : '新建信息');
  return (
    <>
      <p><Link to="/console/catalogue">← 返回目录管理</Link></p>
      {!id ? (
        <>
          <h1>新建信息</h1>
          <Editor item={null} division={division} />
        </>
      ) : (
        <QueryState query={item}>
          {(data) => (
            <>
              <h1>{data.title}</h1>
              <p>状态：{statusLabel[data.status] ?? data.status}{data.indexNo ? `；索引号：${data.indexNo}` : '；索引号在发布时编制'}</p>
              <Editor key={String(data.updatedAt)} item={data} division={data.divisionCode} />
              <Attachments item={data} />
              <Lifecycle item={data} />
            </>
          )}
        </QueryState>
      )}
    </>
  );
}
