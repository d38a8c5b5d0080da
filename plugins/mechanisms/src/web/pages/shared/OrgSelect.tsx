import { skipToken, useApiQuery } from '@gongkai/ui';
import { kernelApi } from './api';
import { SelectField } from './fields';

/** The active organisations of one division (public directory), as a labelled select. */
export function OrgSelect({ id, label, divisionCode, value, onChange, error, hint, required, exclude, placeholder: emptyLabel = '请选择' }: {
  id: string; label: string; divisionCode: string | null; value: string; onChange: (id: string) => void;
  error?: string; hint?: string; required?: boolean; exclude?: string; placeholder?: string;
}) {
  const orgs = useApiQuery(kernelApi.organizations.directory, divisionCode ? { divisionCode } : skipToken, { staleTime: 10 * 60_000 });
  const options = (orgs.data ?? []).filter((o) => o.id !== exclude).map((o) => ({ value: o.id, label: o.name }));
  const placeholder = !divisionCode ? '请先选择地区' : orgs.isPending ? '正在加载…' : options.length === 0 ? '该地区暂无可选机构' : emptyLabel;
  return (
    <SelectField id={id} label={label} value={value} onChange={onChange} options={options} placeholder={placeholder}
      error={error ?? (orgs.error ? '机构列表加载失败，请刷新重试' : undefined)} hint={hint} required={required} disabled={!divisionCode || orgs.isPending} />
  );
}

/** Organisation names by id within a division (for tables). */
export function useOrgNames(divisionCode: string | null): Map<string, string> {
  const orgs = useApiQuery(kernelApi.organizations.directory, divisionCode ? { divisionCode } : skipToken, { staleTime: 10 * 60_000 });
  return new Map((orgs.data ?? []).map((o) => [o.id, o.name]));
}
