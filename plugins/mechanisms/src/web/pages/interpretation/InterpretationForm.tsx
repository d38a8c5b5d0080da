// Writing an interpretation: form, policy, experts, text or Q&A pairs or a graphic with its text
// alternative.
import { useId, useState } from 'react';
import { useApiMutation, useApiQuery } from '@gongkai/ui';
import { interpretationFormLabels, interpretationForms, type InterpretationForm as Form } from '../../../contracts/interpretation';
import { api, type Outputs } from '../shared/api';
import { ActionForm } from '../shared/ActionForm';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../shared/fields';
import { serverErrors } from '../shared/form-errors';
import { OrgSelect } from '../shared/OrgSelect';
import { PolicyPicker, type PickedPolicy } from './PolicyPicker';

type Existing = Outputs['interpretation']['get'];

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(file);
  });
}

export function InterpretationForm({ divisionCode, editing, onDone }: { divisionCode: string; editing: Existing | null; onDone: () => void }) {
  const id = useId();
  const [form, setForm] = useState<Form>(editing?.form ?? 'article');
  const [org, setOrg] = useState(editing?.organizationId ?? '');
  const [policy, setPolicy] = useState<PickedPolicy | null>(editing ? { id: editing.policyItemId, title: editing.policyTitle } : null);
  const [title, setTitle] = useState(editing?.title ?? '');
  const [summary, setSummary] = useState(editing?.summary ?? '');
  const [body, setBody] = useState(editing?.body ?? '');
  const [qa, setQa] = useState(editing?.qa.length ? editing.qa : [{ question: '', answer: '' }]);
  const [experts, setExperts] = useState<string[]>(editing?.expertIds ?? []);
  const [image, setImage] = useState<File | null>(null);
  const [alt, setAlt] = useState(editing?.imageAlt ?? '');
  const registry = useApiQuery(api.interpretation.experts, { divisionCode });
  const m = useApiMutation(api.interpretation.save, { onSuccess: onDone });
  const e = serverErrors(m.error);
  const submit = async () => {
    const upload = image ? { fileName: image.name, mime: image.type || 'application/octet-stream', contentBase64: await readBase64(image) } : null;
    m.mutate({
      divisionCode, ...(editing ? { id: editing.id } : {}), organizationId: org, policyItemId: policy?.id ?? '', form, title, summary,
      body: form === 'qa' || form === 'graphic' ? body : body, qa: form === 'qa' ? qa.filter((p) => p.question || p.answer) : [],
      imageFileId: form === 'graphic' && !upload ? editing?.imageFileId ?? null : null, image: form === 'graphic' ? upload : null,
      imageAlt: form === 'graphic' ? alt : null, expertIds: experts,
    });
  };
  return (
    <ActionForm level={2} title={editing ? `修改解读：${editing.title}` : '撰写政策解读'} titleId={`${id}-t`} pending={m.isPending} submitLabel="保存" formError={e['']}
      onSubmit={() => { void submit(); }}>
      <OrgSelect id={`${id}-o`} label="解读机构" required divisionCode={divisionCode} value={org} onChange={setOrg} error={e.organizationId} />
      <PolicyPicker divisionCode={divisionCode.slice(0, 2)} value={policy} onChange={setPolicy} error={e.policyItemId} />
      <SelectField id={`${id}-f`} label="解读形式" required value={form} onChange={(v) => setForm(v as Form)} options={interpretationForms.map((f) => ({ value: f, label: interpretationFormLabels[f] }))} error={e.form} />
      <TextField id={`${id}-ti`} label="标题" required maxLength={300} value={title} onChange={setTitle} error={e.title} />
      <TextAreaField id={`${id}-s`} label="摘要" maxLength={2000} rows={2} value={summary} onChange={setSummary} error={e.summary} />
      {form !== 'qa' ? <TextAreaField id={`${id}-b`} label={form === 'interview' ? '访谈实录' : form === 'graphic' ? '补充说明' : '正文'} required={form === 'article' || form === 'interview'} maxLength={100000} rows={10} value={body} onChange={setBody} error={e.body} /> : null}
      {form === 'qa' ? (
        <fieldset className="gk-fieldset"><legend>问答</legend>
          {e.qa ? <p className="gk-field-error">{e.qa}</p> : null}
          {qa.map((pair, i) => (
            <div key={i}>
              <TextField id={`${id}-q${i}`} label={`问题 ${i + 1}`} maxLength={1000} value={pair.question} onChange={(v) => setQa(qa.map((p, j) => (j === i ? { ...p, question: v } : p)))} error={e[`qa.${i}.question`]} />
              <TextAreaField id={`${id}-a${i}`} label={`回答 ${i + 1}`} maxLength={10000} value={pair.answer} onChange={(v) => setQa(qa.map((p, j) => (j === i ? { ...p, answer: v } : p)))} error={e[`qa.${i}.answer`]} />
            </div>
          ))}
          <button type="button" className="gk-button-secondary" onClick={() => setQa([...qa, { question: '', answer: '' }])}>增加一组问答</button>
        </fieldset>
      ) : null}
      {form === 'graphic' ? (
        <>
          <div className="gk-field">
            <label htmlFor={`${id}-img`}>图解图片（PNG、JPEG，不超过 20 MB）</label>
            {e.image ? <p className="gk-field-error">{e.image}</p> : null}
            <input id={`${id}-img`} type="file" accept="image/png,image/jpeg" onChange={(ev) => setImage(ev.target.files?.[0] ?? null)} />
          </div>
          <TextAreaField id={`${id}-alt`} label="图片的文字说明" hint="供读屏软件用户阅读，须完整转述图中的信息" required maxLength={2000} value={alt} onChange={setAlt} error={e.imageAlt} />
        </>
      ) : null}
      <fieldset className={`gk-fieldset${e.expertIds ? ' gk-field-invalid' : ''}`}><legend>解读专家{form === 'interview' ? '（访谈须选择）' : ''}</legend>
        {e.expertIds ? <p className="gk-field-error">{e.expertIds}</p> : null}
        {(registry.data ?? []).map((x) => <CheckboxField key={x.id} id={`${id}-x${x.id}`} label={`${x.name}（${[x.title, x.affiliation].filter(Boolean).join('，')}）`} checked={experts.includes(x.id)} onChange={(on) => setExperts(on ? [...experts, x.id] : experts.filter((y) => y !== x.id))} />)}
      </fieldset>
    </ActionForm>
  );
}
