// Console: entering a new record or editing one, with a form generated from its schema.
import { useId, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Notice, QueryState, fieldErrorsFrom, useApiMutation, useApiQuery, usePageTitle } from '@gongkai/ui';
import { ks, statusLabel, useDivisionCode } from '../api';
import { OrganizationSelect } from '../components/OrganizationSelect';
import { RecordForm } from '../components/RecordForm';

export default function EditRecordPage() {
  const { sector: sectorParam, recordType: typeParam, id } = useParams();
  const code = useDivisionCode();
  const navigate = useNavigate();
  const fid = useId();
  const existing = useApiQuery(ks.records.manageGet, { id: id ?? '' }, { enabled: !!id });
  const sectors = useApiQuery(ks.sectors.list, {});
  const sectorId = existing.data?.sector ?? sectorParam;
  const typeId = existing.data?.recordType ?? typeParam;
  const type = sectors.data?.find((s) => s.id === sectorId)?.recordTypes.find((r) => r.id === typeId);
  const division = existing.data?.divisionCode ?? code;
  const [org, setOrg] = useState<string | null | undefined>(undefined);
  const [publish, setPublish] = useState(false);
  usePageTitle(type ? `${id ? '编辑' : '录入'}${type.label}` : '重点领域记录');
  const done = () => navigate(`/console/key-sectors?s=${sectorId}&t=${typeId}`);
  const create = useApiMutation(ks.records.create, { invalidate: [ks.records], onSuccess: done });
  const update = useApiMutation(ks.records.update, { invalidate: [ks.records], onSuccess: done });
  const error = create.error ?? update.error;
  const errors = fieldErrorsFrom(error, { prefix: 'data' });
  const orgError = fieldErrorsFrom(error).organizationId;
  const organizationId = org === undefined ? existing.data?.organizationId ?? null : org;
  if (id && existing.isPending) return <p role="status">正在加载…</p>;
  return (
    <QueryState query={sectors}>
      {() => (!type ? <Notice tone="error">未知的记录类型</Notice> : (
        <>
          <h1>{id ? '编辑' : '录入'}{type.label}</h1>
          {existing.data ? <p>状态：{statusLabel[existing.data.status]}{existing.data.status === 'published' ? '（保存后将同步更新政府信息公开目录中的条目）' : ''}</p> : <p>地区代码：{division}</p>}
          {existing.data?.invalid ? <Notice tone="warning" title="已存数据不符合当前格式">{existing.data.invalid.map((i) => i.message).join('；')}</Notice> : null}
          <OrganizationSelect id={`${fid}-org`} divisionCode={division} value={organizationId} onChange={setOrg} error={orgError} />
          {!id ? (
            <div className="gk-field gk-checkbox"><input id={`${fid}-pub`} type="checkbox" checked={publish} onChange={(e) => setPublish(e.target.checked)} /><label htmlFor={`${fid}-pub`}>保存后立即发布</label></div>
          ) : null}
          <RecordForm type={type} initial={(existing.data?.data as Record<string, unknown> | null) ?? {}} errors={errors} submitting={create.isPending || update.isPending} submitLabel={id ? '保存' : publish ? '保存并发布' : '保存草稿'}
            onSubmit={(data) => (id
              ? update.mutate({ id, data, organizationId })
              : create.mutate({ divisionCode: division, sector: sectorId!, recordType: typeId!, organizationId, data, publish }))} />
        </>
      ))}
    </QueryState>
  );
}
