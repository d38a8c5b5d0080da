// The division tree (expand on demand) with creating sub-divisions and renaming, for holders of
// kernel.divisions.manage.
import { useId, useState, type FormEvent } from 'react';
import { Notice, errorMessage, fieldErrorsFrom, useApiMutation, useApiQuery, usePageTitle } from '@gongkai/ui';
import { api, type Outputs } from '../api';
import { hasPermission, useMe } from '../session/session';
import { TextField } from '../shared/TextField';
import { useWorkDivision } from './console-division';

type Division = Outputs['divisions']['children'][number];

const levelName: Record<string, string> = { province: '省', prefecture: '市（地）', county: '县（区）', township: '乡镇（街道）' };

function Node({ d, canManage }: { d: Division; canManage: boolean }) {
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  return (
    <li>
      {d.level !== 'township'
        ? <button type="button" className="gk-button-link" aria-expanded={open} onClick={() => setOpen(!open)}>
            <span aria-hidden="true">{open ? '▾' : '▸'}</span><span className="gk-visually-hidden">{open ? '收起' : '展开'}{d.name}</span>
          </button>
        : null}
      {' '}<strong>{d.name}</strong>（{d.code}，{levelName[d.level] ?? d.level}{d.pilot ? '，试点' : ''}{d.statisticalOnly ? '，统计用区划' : ''}）
      {canManage ? <> <button type="button" className="gk-button-link" onClick={() => setEditing(!editing)}>修改<span className="gk-visually-hidden">{d.name}</span></button></> : null}
      {editing ? <EditDivision d={d} onDone={() => setEditing(false)} /> : null}
      {open ? <Children parent={d.code} canManage={canManage} /> : null}
    </li>
  );
}

function Children({ parent, canManage }: { parent: string; canManage: boolean }) {
  const children = useApiQuery(api.divisions.children, { parentCode: parent });
  if (children.isPending) return <p role="status">正在加载…</p>;
  if (children.error) return <Notice tone="error">{errorMessage(children.error)}</Notice>;
  if (children.data.length === 0) return <p className="gk-field-hint">（无下级地区）</p>;
  return <ul>{children.data.map((d) => <Node key={d.code} d={d} canManage={canManage} />)}</ul>;
}

function EditDivision({ d, onDone }: { d: Division; onDone: () => void }) {
  const id = useId();
  const [name, setName] = useState(d.name);
  const [pilot, setPilot] = useState(d.pilot);
  const update = useApiMutation(api.divisions.update, { onSuccess: onDone });
  const errors = fieldErrorsFrom(update.error);
  return (
    <form className="gk-form gk-fieldset" aria-label={`修改${d.name}`} onSubmit={(e) => { e.preventDefault(); update.mutate({ code: d.code, name, pilot }); }}>
      {update.error && !errors.name ? <Notice tone="error">{errorMessage(update.error)}</Notice> : null}
      <TextField id={`${id}-n`} label="名称" value={name} onChange={setName} error={errors.name} required maxLength={50} />
      <div className="gk-field gk-field-checkbox"><input id={`${id}-p`} type="checkbox" checked={pilot} onChange={(e) => setPilot(e.target.checked)} /><label htmlFor={`${id}-p`}>试点地区</label></div>
      <div className="gk-form-actions"><button className="gk-button" type="submit" disabled={update.isPending}>保存</button><button type="button" className="gk-button-secondary" onClick={onDone}>取消</button></div>
    </form>
  );
}

function CreateDivision() {
  const id = useId();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [pilot, setPilot] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const create = useApiMutation(api.divisions.create, { onSuccess: (d) => { setCreated(`已创建：${d.name}（${d.code}）`); setCode(''); setName(''); setPilot(false); } });
  const errors = fieldErrorsFrom(create.error);
  const submit = (e: FormEvent) => { e.preventDefault(); setCreated(null); create.mutate({ code, name, pilot }); };
  return (
    <section aria-labelledby="create-division" className="gk-section">
      <h2 id="create-division">新建下级地区</h2>
      {created ? <Notice tone="success">{created}</Notice> : null}
      {create.error && !errors.code && !errors.name ? <Notice tone="error">{errorMessage(create.error)}</Notice> : null}
      <form className="gk-form" onSubmit={submit} aria-label="新建下级地区" noValidate>
        <TextField id={`${id}-c`} label="行政区划代码" hint="GB/T 2260 代码：市 4 位、县 6 位、乡镇 9 位；上级地区须已存在" value={code} onChange={setCode} error={errors.code} required inputMode="numeric" maxLength={9} />
        <TextField id={`${id}-n`} label="名称" value={name} onChange={setName} error={errors.name} required maxLength={50} />
        <div className="gk-field gk-field-checkbox"><input id={`${id}-p`} type="checkbox" checked={pilot} onChange={(e) => setPilot(e.target.checked)} /><label htmlFor={`${id}-p`}>试点地区</label></div>
        <div className="gk-form-actions"><button className="gk-button" type="submit" disabled={create.isPending}>创建</button></div>
      </form>
    </section>
  );
}

export default function DivisionsPage() {
  usePageTitle('行政区划');
  const me = useMe().data;
  const division = useWorkDivision();
  const canManage = hasPermission(me, 'kernel.divisions.manage');
  const root = useApiQuery(api.divisions.get, { code: division });
  return (
    <>
      <h1>行政区划</h1>
      <p>点击“展开”查看下级地区。行政区划代码依据 GB/T 2260。</p>
      {root.data ? (
        <ul className="gk-tree" aria-label="行政区划树">
          <Node d={{ code: root.data.code, name: root.data.name, level: root.data.level, parentCode: root.data.parentCode, pilot: root.data.pilot, statisticalOnly: root.data.statisticalOnly }} canManage={canManage} />
        </ul>
      ) : root.error ? <Notice tone="error">{errorMessage(root.error)}</Notice> : <p role="status">正在加载…</p>}
      {canManage ? <CreateDivision /> : null}
    </>
  );
}
