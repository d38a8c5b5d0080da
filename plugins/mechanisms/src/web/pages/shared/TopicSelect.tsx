import { useApiQuery } from '@gongkai/ui';
import { kernelApi } from './api';
import { SelectField } from './fields';

/** The catalogue's topic classification (主题分类): leaf categories grouped under their parents. */
export function TopicSelect({ id, value, onChange, error, required = true }: { id: string; value: string; onChange: (code: string) => void; error?: string; required?: boolean }) {
  const topics = useApiQuery(kernelApi.catalogue.topics, undefined, { staleTime: 60 * 60_000 });
  const tree = topics.data?.topics ?? [];
  const groups = tree.filter((t) => !t.leaf).map((t) => ({ label: t.name, options: t.children.map((c) => ({ value: c.code, label: `${c.code} ${c.name}` })) }));
  const options = tree.filter((t) => t.leaf).map((t) => ({ value: t.code, label: `${t.code} ${t.name}` }));
  return (
    <SelectField id={id} label="主题分类" hint="须为末级类目" value={value} onChange={onChange} groups={groups} options={options}
      placeholder={topics.isPending ? '正在加载…' : '请选择'} error={error} required={required} disabled={topics.isPending} />
  );
}
