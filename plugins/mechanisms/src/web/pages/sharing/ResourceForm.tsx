// Listing a resource in the sharing catalogue (or changing one).
import { useId, useState } from 'react';
import { useApiMutation } from '@gongkai/ui';
import { resourceFormatLabels, resourceFormats, shareTypeLabels, shareTypes, type ShareType } from '../../../contracts/sharing';
import { api, type Outputs } from '../shared/api';
import { ActionForm } from '../shared/ActionForm';
import { SelectField, TextAreaField, TextField } from '../shared/fields';
import { serverErrors } from '../shared/form-errors';
import { OrgSelect } from '../shared/OrgSelect';

type Resource = Outputs['sharing']['catalogue']['items'][number];
type Format = (typeof resourceFormats)[number];

export function ResourceForm({ divisionCode, editing, onDone }: { divisionCode: string; editing: Resource | null; onDone: () => void }) {
  const id = useId();
  const [org, setOrg] = useState(editing?.organizationId ?? '');
  const [title, setTitle] = useState(editing?.title ?? '');
  const [description, setDescription] = useState(editing?.description ?? '');
  const [format, setFormat] = useState<Format>(editing?.format ?? 'dataset');
  const [shareType, setShareType] = useState<ShareType>(editing?.shareType ?? 'conditional');
  const [conditions, setConditions] = useState(editing?.conditions ?? '');
  const [updateCycle, setUpdateCycle] = useState(editing?.updateCycle ?? '');
  const [accessNote, setAccessNote] = useState(editing?.accessNote ?? '');
  const m = useApiMutation(api.sharing.saveResource, { onSuccess: onDone });
  const e = serverErrors(m.error);
  return (
    <ActionForm level={2} title={editing ? `修改资源：${editing.title}` : '登记共享资源'} titleId={`${id}-t`} pending={m.isPending} submitLabel="保存" formError={e['']}
      onSubmit={() => m.mutate({ divisionCode, ...(editing ? { id: editing.id } : {}), organizationId: org, title, description, format, shareType, conditions: conditions || null, updateCycle, accessNote })}>
      <OrgSelect id={`${id}-o`} label="提供部门" required divisionCode={divisionCode} value={org} onChange={setOrg} error={e.organizationId} />
      <TextField id={`${id}-ti`} label="资源名称" required maxLength={200} value={title} onChange={setTitle} error={e.title} />
      <TextAreaField id={`${id}-d`} label="资源摘要" maxLength={5000} value={description} onChange={setDescription} error={e.description} />
      <SelectField id={`${id}-f`} label="资源格式" required value={format} onChange={(v) => setFormat(v as Format)} options={resourceFormats.map((f) => ({ value: f, label: resourceFormatLabels[f] }))} error={e.format} />
      <SelectField id={`${id}-s`} label="共享类型" required value={shareType} onChange={(v) => setShareType(v as ShareType)} options={shareTypes.map((s) => ({ value: s, label: shareTypeLabels[s] }))} error={e.shareType}
        hint="无条件共享：申请即可获取；有条件共享：经提供部门审批；不予共享：须注明依据" />
      {shareType !== 'unconditional' ? <TextAreaField id={`${id}-c`} label={shareType === 'none' ? '不予共享的依据' : '共享条件'} required maxLength={2000} value={conditions} onChange={setConditions} error={e.conditions} /> : null}
      <TextField id={`${id}-u`} label="更新周期" maxLength={50} value={updateCycle} onChange={setUpdateCycle} error={e.updateCycle} />
      <TextAreaField id={`${id}-a`} label="获取方式" hint="只向本部门和获准共享的部门显示" maxLength={2000} value={accessNote} onChange={setAccessNote} error={e.accessNote} />
    </ActionForm>
  );
}
