// The publishing organisation of a record (发布机构 of its catalogue item), from the division's
// organisation directory.
import { getApiClient, useApiQuery } from '@gongkai/ui';

export function OrganizationSelect({ id, divisionCode, value, onChange, error }: { id: string; divisionCode: string; value: string | null; onChange: (v: string | null) => void; error?: string }) {
  const orgs = useApiQuery(getApiClient().organizations.directory, { divisionCode });
  return (
    <div className="gk-field">
      <label htmlFor={id}>发布机构</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-err` : `${id}-hint`}>
        <option value="">（未指定）</option>
        {(orgs.data ?? []).map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
      </select>
      <p id={`${id}-hint`} className="gk-hint">发布到政府信息公开目录的记录须指定发布机构。</p>
      {error ? <p id={`${id}-err`} className="gk-field-error">{error}</p> : null}
    </div>
  );
}
